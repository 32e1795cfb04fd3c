// `casefile export-graph` as a user runs it (in-process, as the other CLI tests call it): a file Gephi can open.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Backend } from '../backend/backend';
import { SEED_TEXT, tempDir } from '../backend/testing/tempLibrary';
import { runCasefile } from './runCasefile';

const casefile = (...args: string[]) => runCasefile(['--json', ...args]);

async function libraryWithACase(libraryPath: string) {
  const backend = new Backend({ libraryPath, analyst: 'CLI Tester' });
  try {
    const { article } = await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Seed' });
    const excerpt = await backend.call('excerpts.create', {
      articleId: article.id,
      quote: 'a state-run entity affiliated with the Ministry of People’s Armed Forces (MPAF)',
      credibility: 3,
    });
    const company = await backend.call('entities.create', {
      name: 'Kimbongsokyong Trading Company',
      type: 'organization',
    });
    const mpaf = await backend.call('entities.create', {
      name: 'Ministry of People’s Armed Forces (MPAF)',
      type: 'organization',
      aliases: ['MPAF'],
    });
    await backend.call('entities.create', { name: 'Elsewhere', type: 'location' });
    for (const e of [company, mpaf])
      await backend.call('mentions.acceptAll', { entityId: e.id, articleId: article.id });
    const rel = await backend.call('relationships.create', {
      fromEntityId: company.id,
      toEntityId: mpaf.id,
      type: 'affiliated-with',
      excerptIds: [excerpt.id],
    });
    const c = await backend.call('cases.create', { title: 'Border' });
    await backend.call('cases.addItems', { id: c.id, itemIds: [article.id] });
    return { caseId: c.id, relId: rel.id };
  } finally {
    await backend.close();
  }
}

describe('casefile export-graph', () => {
  it('writes a case’s graph as GraphML and the whole library’s as GEXF', async () => {
    const dir = tempDir();
    const library = path.join(dir, 'lib.casefile');
    const { caseId, relId } = await libraryWithACase(library);

    const graphml = path.join(dir, 'case.graphml');
    const run = await casefile('--library', library, 'export-graph', caseId, '--format', 'graphml', '--out', graphml);
    expect(run.status, run.stderr).toBe(0);
    // Two entities, the relationship and their co-mention; "Elsewhere" is not in the case.
    expect(JSON.parse(run.stdout)).toEqual({ path: graphml, format: 'graphml', nodes: 2, edges: 2 });
    const doc = new JSDOM(fs.readFileSync(graphml, 'utf8'), { contentType: 'application/xml' }).window.document;
    const edge = [...doc.getElementsByTagName('edge')].find((e) => e.getAttribute('id') === relId)!;
    expect(edge.innerHTML).toContain('affiliated-with');
    expect(edge.innerHTML).toContain('?3'); // unrated source, credibility 3

    const gexf = path.join(dir, 'all.gexf');
    const all = await casefile('--library', library, 'export-graph', '--all', '--out', gexf);
    expect(all.status, all.stderr).toBe(0);
    expect(JSON.parse(all.stdout)).toMatchObject({ format: 'gexf', nodes: 3, edges: 2 });
    const gexfDoc = new JSDOM(fs.readFileSync(gexf, 'utf8'), { contentType: 'application/xml' }).window.document;
    expect(gexfDoc.getElementsByTagName('node')).toHaveLength(3);
  });

  it('says what is wrong with the arguments', async () => {
    const dir = tempDir();
    const library = path.join(dir, 'lib.casefile');
    const { caseId } = await libraryWithACase(library);
    const both = await casefile(
      '--library',
      library,
      'export-graph',
      caseId,
      '--all',
      '--format',
      'gexf',
      '--out',
      path.join(dir, 'x.gexf'),
    );
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('either a CASE_ID or --all');
    const noFormat = await casefile('--library', library, 'export-graph', '--all', '--out', path.join(dir, 'x.xml'));
    expect(noFormat.stderr).toContain('--format must be one of: graphml, gexf');
    const unknown = await casefile(
      '--library',
      library,
      'export-graph',
      '00000000-0000-4000-8000-000000000000',
      '--format',
      'gexf',
      '--out',
      path.join(dir, 'y.gexf'),
    );
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No case has the id');
    expect(fs.existsSync(path.join(dir, 'y.gexf'))).toBe(false);
  });
});
