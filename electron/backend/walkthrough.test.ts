// Walkthrough steps 1–12 through the contract, on the seed article, then reopened from disk.
import { describe, expect, it } from 'vitest';
import { runCasefile } from '../cli/runCasefile';
import { sha256Hex } from './services/hash';
import { openTestBackend, SEED_PATH, SEED_TEXT, tempLibraryPath } from './testing/tempLibrary';

/** The casefile command in-process: each call opens the library from disk afresh and closes it. */
async function casefileJson(libraryPath: string, ...args: string[]) {
  const { status, stdout, stderr } = await runCasefile(['--library', libraryPath, '--json', ...args]);
  expect(status, stderr).toBe(0);
  return JSON.parse(stdout);
}

describe('the seed walkthrough through the contract', () => {
  it('captures, rates, excerpts, tags and collects, and all of it reads back once reopened from disk', async () => {
    const libraryPath = tempLibraryPath();
    const backend = openTestBackend(libraryPath, 'Violet Kim');

    // 1–2. Capture, with provenance; the same bytes again are a duplicate.
    const { article, duplicateOf } = await backend.call('articles.createFromText', {
      text: SEED_TEXT,
      title: 'Kimbongsokyong Trading Company smuggles masks via Hyesan',
      publisher: 'Daily NK',
      published: { value: '2020-03', qualifier: '' },
      language: 'en',
      translator: 'Violet Kim',
      captureMethod: 'paste',
    });
    expect(duplicateOf).toBeNull();
    expect(article.originalSha256).toBe(sha256Hex(Buffer.from(SEED_TEXT, 'utf8')));
    expect(article.capturedBy).toBe('Violet Kim');
    const again = await backend.call('articles.createFromText', { text: SEED_TEXT });
    expect(again.duplicateOf).toBe(article.id);
    expect((await backend.call('articles.list', {})).total).toBe(1);

    // 3–4. Sources, ratings, re-rating keeps history.
    const publisher = await backend.call('sources.get', { id: article.publisherSourceId! });
    expect(publisher).toMatchObject({ name: 'Daily NK', kind: 'publication' });
    await backend.call('sources.rate', {
      id: publisher.id,
      reliability: 'B',
      rationale: 'long record on DPRK border trade; anonymous sourcing',
    });
    const ryanggang = await backend.call('sources.create', {
      name: 'Daily NK source (Ryanggang Province)',
      kind: 'human-source',
      parentId: publisher.id,
    });
    const trader = await backend.call('sources.create', {
      name: 'a Chinese trader',
      kind: 'human-source',
      parentId: publisher.id,
    });
    await backend.call('sources.rate', { id: ryanggang.id, reliability: 'C', rationale: 'single anonymous source' });
    await backend.call('sources.rate', { id: trader.id, reliability: 'F', rationale: 'no basis' });

    // 5–6. Excerpts with grades and (partial) event dates.
    const masks = await backend.call('excerpts.create', {
      articleId: article.id,
      quote:
        'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks and Japanese-made electronic appliances through a Hyesan customs office (Ryanggang Province)',
      sourceId: ryanggang.id,
      credibility: 3,
      eventDate: { value: '2020-03-06', qualifier: '' },
    });
    expect(masks.grade).toBe('C3');
    expect(masks.exact.startsWith('On Mar. 6')).toBe(true);
    expect(masks.prefix.endsWith('“')).toBe(true);
    const sinuiju = await backend.call('excerpts.create', {
      articleId: article.id,
      quote: 'smuggled South Korean masks through a customs office in Sinuiju in early February',
      sourceId: publisher.id,
      credibility: 2,
      eventDate: { value: '2020-02', qualifier: 'early' },
      tags: ['masks'],
    });
    await backend.call('sources.rate', {
      id: ryanggang.id,
      reliability: 'B',
      rationale: 'corroborated by later reporting',
    });
    const regraded = await backend.call('excerpts.get', { id: masks.id });
    expect(regraded.grade).toBe('B3, recorded as C3');
    const history = await backend.call('sources.get', { id: ryanggang.id });
    expect(history.ratings.map((r) => r.reliability)).toEqual(['B', 'C']);

    // 7. A note on an excerpt.
    await backend.call('excerpts.update', {
      id: sinuiju.id,
      note: { json: '{"root":{}}', text: 'Cash payments, see Kim Yo Jong' },
    });

    // 9–10. Entities with aliases in two scripts; a mention.
    const kimYoJong = await backend.call('entities.create', {
      name: 'Kim Yo Jong',
      type: 'person',
      aliases: ['Kim Yo-jong', '김여정'],
    });
    expect(kimYoJong.aliases.map((a) => [a.text, a.script])).toEqual([
      ['Kim Yo-jong', 'Latn'],
      ['김여정', 'Hang'],
    ]);
    const mention = await backend.call('mentions.create', { entityId: kimYoJong.id, articleId: article.id });
    expect(mention.exact).toBe('Kim Yo Jong');
    const company = await backend.call('entities.create', {
      name: 'Kimbongsokyong Trading Company',
      type: 'organization',
    });
    await backend.call('relationships.create', {
      fromEntityId: company.id,
      toEntityId: kimYoJong.id,
      type: 'affiliated-with',
      excerptIds: [masks.id],
    });

    // 12. A case holding all of it.
    const theCase = await backend.call('cases.create', { title: 'Kimbongsokyong Trading Company — border smuggling' });
    await backend.call('cases.addItems', {
      id: theCase.id,
      itemIds: [article.id, masks.id, sinuiju.id, ryanggang.id, kimYoJong.id],
    });
    await backend.close();

    // Reopened from disk by the CLI, it all reads back, and the library verifies.
    const show = (id: string) => casefileJson(libraryPath, 'show', id);
    expect(await show(article.id)).toMatchObject({
      title: 'Kimbongsokyong Trading Company smuggles masks via Hyesan',
      published: { value: '2020-03' },
      translator: 'Violet Kim',
      text: SEED_TEXT,
    });
    expect((await show(ryanggang.id)).ratings.map((r: { reliability: string }) => r.reliability)).toEqual(['B', 'C']);
    expect(await show(masks.id)).toMatchObject({ grade: 'B3, recorded as C3', start: masks.start, end: masks.end });
    expect(await show(sinuiju.id)).toMatchObject({
      eventDate: { value: '2020-02', qualifier: 'early' },
      tags: ['masks'],
      note: { text: 'Cash payments, see Kim Yo Jong' },
    });
    expect((await show(kimYoJong.id)).aliases).toHaveLength(2);
    expect((await show(theCase.id)).items).toHaveLength(5);
    expect((await casefileJson(libraryPath, 'verify')).ok).toBe(true);
    expect(SEED_PATH).toContain('corpus/seed');
  });
});
