// Builds resources/sample/seed-walkthrough.casefile.zip: the seed article (../shared/corpus/seed)
// worked through as in the walkthrough (sources rated, excerpts graded and dated, entities in two
// scripts, one case), exported as a case file through the backend. The first-run screen offers to
// import it (renderer/src/features/cases/exchange/sampleCase.ts). Run: `npm run sample-case`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Backend } from '../electron/backend/backend';

const SEED = path.resolve(import.meta.dirname, '../../shared/corpus/seed/000_7b2b4f9a55c89497.txt');
export const SAMPLE_CASE = path.resolve(import.meta.dirname, '../resources/sample/seed-walkthrough.casefile.zip');

async function main(): Promise<void> {
  if (!fs.existsSync(SEED))
    throw new Error(`The seed article is not at ${SEED}; run this from a checkout beside ../shared.`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-sample-'));
  const backend = new Backend({ libraryPath: path.join(dir, 'sample.casefile'), analyst: 'Casefile sample' });
  try {
    const call = backend.call.bind(backend);
    const { jobId } = await call('articles.importFiles', {
      paths: [SEED],
      metadata: {
        title: 'Kimbongsokyong Trading Company smuggles masks via Hyesan',
        publisher: 'Daily NK',
        published: { value: '2020-03', qualifier: '' },
        language: 'en',
      },
    });
    const imported = (await backend.jobs.wait(jobId)).result as {
      imported: { id: string }[];
      failed: { error: string }[];
    };
    if (!imported.imported[0]) throw new Error(`The seed did not import: ${imported.failed[0]?.error}`);
    const article = await call('articles.get', { id: imported.imported[0].id });

    const dailyNk = article.publisherSourceId!;
    await call('sources.rate', {
      id: dailyNk,
      reliability: 'B',
      rationale: 'Long record on DPRK border trade; relies on anonymous sources inside the country.',
    });
    const ryanggang = await call('sources.create', {
      name: 'Daily NK source (Ryanggang Province)',
      kind: 'human-source',
      parentId: dailyNk,
    });
    await call('sources.rate', {
      id: ryanggang.id,
      reliability: 'C',
      rationale: 'A single anonymous source; not yet corroborated.',
    });

    const masks = await call('excerpts.create', {
      articleId: article.id,
      quote:
        'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks and Japanese-made electronic appliances through a Hyesan customs office (Ryanggang Province)',
      sourceId: ryanggang.id,
      credibility: 3,
      eventDate: { value: '2020-03-06', qualifier: '' },
      tags: ['masks', 'customs'],
    });
    const sinuiju = await call('excerpts.create', {
      articleId: article.id,
      quote: 'smuggled South Korean masks through a customs office in Sinuiju in early February',
      sourceId: dailyNk,
      credibility: 2,
      eventDate: { value: '2020-02', qualifier: 'early' },
      tags: ['masks'],
    });
    const clinker = await call('excerpts.create', {
      articleId: article.id,
      quote: 'quartz, magnesia clinker and other rare minerals',
      sourceId: ryanggang.id,
      credibility: 3,
    });

    const kimYoJong = await call('entities.create', {
      name: 'Kim Yo Jong',
      type: 'person',
      aliases: ['Kim Yo-jong', '김여정'],
    });
    await call('mentions.create', { entityId: kimYoJong.id, articleId: article.id });
    const company = await call('entities.create', { name: 'Kimbongsokyong Trading Company', type: 'organization' });
    await call('mentions.create', {
      entityId: company.id,
      articleId: article.id,
      quote: 'Kimbongsokyong Trading Company smuggled',
    });
    const hyesan = await call('entities.create', { name: 'Hyesan', type: 'location', aliases: ['혜산'] });
    await call('relationships.create', {
      fromEntityId: company.id,
      toEntityId: kimYoJong.id,
      type: 'affiliated-with',
      excerptIds: [masks.id],
    });

    const theCase = await call('cases.create', { title: 'Kimbongsokyong Trading Company — border smuggling (sample)' });
    await call('cases.addItems', {
      id: theCase.id,
      itemIds: [article.id, masks.id, sinuiju.id, clinker.id, ryanggang.id, kimYoJong.id, company.id, hyesan.id],
    });

    fs.mkdirSync(path.dirname(SAMPLE_CASE), { recursive: true });
    const exported = await call('cases.exportFile', { id: theCase.id, path: SAMPLE_CASE });
    const state = await backend.jobs.wait(exported.jobId);
    if (state.status !== 'done') throw new Error(`The case file was not written: ${state.error?.message}`);
    console.log(`${path.relative(process.cwd(), SAMPLE_CASE)} (${fs.statSync(SAMPLE_CASE).size} bytes)`);
  } finally {
    await backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
