// The casefile command on real library files: called in-process (the same main() the binary runs,
// each command opening and closing the library as a process would), and once as a real process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backend } from '../backend/backend';
import { librarySnapshot, SEED_PATH, tempDir } from '../backend/testing/tempLibrary';
import { runCasefile } from './runCasefile';

const CLI = path.resolve(import.meta.dirname, '../../bin/casefile.mjs');

function casefile(library: string, ...args: string[]) {
  return runCasefile(['--library', library, '--analyst', 'CLI Tester', ...args]);
}

/** A new library (commands refuse a path with none; `casefile init` itself is tested in libraryPath.test.ts). */
async function newLibrary(dir = tempDir()): Promise<string> {
  const library = path.join(dir, 'lib.casefile');
  await new Backend({ libraryPath: library }).close();
  return library;
}

async function json(library: string, ...args: string[]) {
  const result = await casefile(library, '--json', ...args);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe('casefile', () => {
  it('imports the seed, reports the duplicate, and finds it', async () => {
    const library = await newLibrary();
    const first = await json(
      library,
      'import',
      SEED_PATH,
      '--publisher',
      'Daily NK',
      '--published',
      'March 2020',
      '--lang',
      'en',
    );
    expect(first.imported).toHaveLength(1);
    expect(first.imported[0]).toMatchObject({
      id: expect.any(String),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const again = await json(library, 'import', SEED_PATH);
    expect(again).toMatchObject({
      imported: [],
      duplicates: [{ id: first.imported[0].id, path: SEED_PATH }],
      failed: [],
    });
    const found = await json(library, 'search', 'clinker');
    expect(found.results).toEqual([
      expect.objectContaining({
        kind: 'article',
        id: first.imported[0].id,
        snippet: expect.stringContaining('clinker'),
      }),
    ]);
    const article = await json(library, 'show', first.imported[0].id);
    expect(article).toMatchObject({
      publisherName: 'Daily NK',
      published: { value: '2020-03' },
      language: 'en',
      capturedBy: 'CLI Tester',
      captureMethod: 'file-text',
    });
  });

  it('runs the walkthrough from sources to a case, and lists everything', async () => {
    const library = await newLibrary();
    const articleId = (await json(library, 'import', SEED_PATH, '--publisher', 'Daily NK')).imported[0].id;
    const dailyNk = (await json(library, 'list', 'sources')).items[0];
    await json(
      library,
      'source',
      'rate',
      dailyNk.id,
      'b',
      '--why',
      'long record on DPRK border trade; anonymous sourcing',
    );
    const human = await json(
      library,
      'source',
      'add',
      'Daily NK source (Ryanggang Province)',
      '--kind',
      'human-source',
      '--parent',
      dailyNk.id,
    );
    await json(library, 'source', 'rate', human.id, 'C', '--why', 'single source');
    await json(library, 'source', 'rate', human.id, 'B', '--why', 'corroborated');
    expect((await json(library, 'show', human.id)).ratings.map((r: { reliability: string }) => r.reliability)).toEqual([
      'B',
      'C',
    ]);
    const excerpt = await json(
      library,
      'excerpt',
      'add',
      articleId,
      '--quote',
      'quartz, magnesia clinker and other rare minerals',
      '--source',
      human.id,
      '--credibility',
      '3',
      '--date',
      'early February 2020',
    );
    expect(excerpt).toMatchObject({ grade: 'B3', eventDate: { value: '2020-02', qualifier: 'early' } });
    const entity = await json(
      library,
      'entity',
      'add',
      'Kim Yo Jong',
      '--type',
      'person',
      '--alias',
      'Kim Yo-jong',
      '--alias',
      '김여정',
    );
    const suggested = await json(library, 'entity', 'suggest', articleId);
    expect(Object.keys(suggested)).toEqual(['suggestions', 'candidates']);
    expect(suggested.suggestions).toEqual([
      {
        entityId: entity.id,
        name: 'Kim Yo Jong',
        text: 'Kim Yo Jong',
        start: expect.any(Number),
        end: expect.any(Number),
      },
    ]);
    expect(suggested.candidates).toEqual(
      expect.arrayContaining([
        {
          text: 'Yalu River',
          type: 'location',
          start: expect.any(Number),
          end: expect.any(Number),
          count: expect.any(Number),
        },
      ]),
    );
    expect(await json(library, 'entity', 'tag', entity.id, '--article', articleId)).toMatchObject({
      exact: 'Kim Yo Jong',
      status: 'accepted',
    });
    expect((await json(library, 'entity', 'suggest', articleId)).suggestions).toEqual([]);
    const theCase = await json(library, 'case', 'add', 'Kimbongsokyong Trading Company — border smuggling');
    expect((await json(library, 'case', 'include', theCase.id, articleId, excerpt.id, entity.id)).items).toHaveLength(
      3,
    );
    for (const kind of ['articles', 'sources', 'entities', 'excerpts', 'cases']) {
      expect((await json(library, 'list', kind)).items.length, kind).toBeGreaterThan(0);
    }
    expect(
      (await json(library, 'search', 'clinker', '--min-reliability', 'B', '--kind', 'excerpt')).results.map(
        (r: { id: string }) => r.id,
      ),
    ).toEqual([excerpt.id]);
    const out = path.join(path.dirname(library), 'annotations.json');
    expect(await json(library, 'export-annotations', articleId, '--out', out)).toMatchObject({ annotations: 1 });
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))[0]).toMatchObject({
      type: 'Annotation',
      target: { source: { id: expect.stringMatching(/^urn:sha256:/) } },
    });
    const twin = await json(library, 'source', 'add', 'Ryanggang source', '--kind', 'human-source');
    const merged = await json(library, 'source', 'merge', human.id, twin.id);
    expect(merged.source.aliases).toContain('Ryanggang source');
    await json(library, 'undo-merge', merged.mergeId);
    expect((await json(library, 'show', twin.id)).name).toBe('Ryanggang source');
    expect((await json(library, 'verify')).ok).toBe(true);
  });

  it('reports every file it writes under the same keys: path and size', async () => {
    const library = await newLibrary();
    const articleId = (await json(library, 'import', SEED_PATH)).imported[0].id;
    const excerpt = await json(library, 'excerpt', 'add', articleId, '--quote', 'magnesia clinker');
    const theCase = await json(library, 'case', 'add', 'Exports');
    await json(library, 'case', 'include', theCase.id, articleId, excerpt.id);
    const exports: [string[], string, Record<string, unknown>][] = [
      [['export-annotations', articleId], 'a.jsonld', { annotations: 1 }],
      [['export-stix', theCase.id], 'b.stix.json', { objects: expect.any(Number) }],
      [['export-csv', theCase.id, '--what', 'excerpts'], 'c.csv', { rows: 1 }],
      [['report', theCase.id], 'd.html', {}],
      [['export-case', theCase.id], 'e.casefile.zip', { entries: expect.any(Number) }],
    ];
    for (const [args, name, counts] of exports) {
      const file = path.join(path.dirname(library), name);
      expect(await json(library, ...args, '--out', file), args[0]).toEqual({
        path: file,
        size: fs.statSync(file).size,
        ...counts,
      });
    }
    // Without --json, the same file is named the same way.
    for (const [args, name] of [exports[1]!, exports[4]!]) {
      const file = path.join(path.dirname(library), `again-${name}`);
      const { stdout } = await casefile(library, ...args, '--out', file);
      expect(stdout.startsWith(`Wrote ${file} (`), stdout).toBe(true);
      expect(stdout.endsWith(`, ${fs.statSync(file).size} bytes)\n`), stdout).toBe(true);
    }
  });

  it('finds a quote typed with other quotes, dashes and spaces, and stores the article’s own text', async () => {
    const library = await newLibrary();
    const articleId = (await json(library, 'import', SEED_PATH)).imported[0].id;
    const typed = await json(library, 'excerpt', 'add', articleId, '--quote', "Kim Jong Un's  sister");
    expect(typed.exact).toBe('Kim Jong Un’s sister');
    const dashed = await json(
      library,
      'excerpt',
      'add',
      articleId,
      '--quote',
      'Trading Company - a state\u2011run entity',
    );
    expect(dashed.exact).toBe('Trading Company – a state-run entity');
  });

  it('explains ambiguous and missing quotes and leaves the library unchanged', async () => {
    const library = await newLibrary();
    const articleId = (await json(library, 'import', SEED_PATH)).imported[0].id;
    const before = librarySnapshot(library);
    const ambiguous = await casefile(library, 'excerpt', 'add', articleId, '--quote', 'Kimbongsokyong Trading Company');
    expect(ambiguous.status).not.toBe(0);
    expect(ambiguous.stdout).toBe('');
    expect(ambiguous.stderr).toMatch(/occurs \d+ times.*Quote more words/);
    const missing = await casefile(library, 'excerpt', 'add', articleId, '--quote', 'Pyongyang subway');
    expect(missing.stderr).toMatch(/not in the text/);
    expect(librarySnapshot(library)).toBe(before);
  });

  it('reports bad input with a clear message and a non-zero exit', async () => {
    const dir = tempDir();
    const library = await newLibrary(dir);
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    fs.writeFileSync(path.join(dir, 'page.pdf'), 'not a pdf');
    fs.writeFileSync(path.join(dir, 'report.docx'), 'PK');
    const result = await casefile(
      library,
      '--json',
      'import',
      ...['empty.txt', 'latin1.txt', 'page.pdf', 'report.docx', 'missing.txt'].map((f) => path.join(dir, f)),
    );
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.imported).toEqual([]);
    expect(report.failed.map((f: { error: string }) => f.error)).toEqual([
      expect.stringMatching(/missing\.txt does not exist/),
      expect.stringMatching(/empty\.txt is empty/),
      expect.stringMatching(/not valid UTF-8/),
      expect.stringMatching(/page\.pdf is named \.pdf but is not a PDF/),
      expect.stringMatching(/cannot import \.docx/),
    ]);
    expect((await json(library, 'list', 'articles')).items).toEqual([]);
    expect((await casefile(library, 'source', 'rate', crypto.randomUUID(), 'G', '--why', 'x')).stderr).toMatch(
      /not a NATO reliability letter/,
    );
    expect((await casefile(library, 'frobnicate')).status).toBe(2);
    expect((await casefile(library, 'source', 'add', 'X', '--kind', 'spy')).stderr).toMatch(/--kind must be one of/);
    expect((await casefile(library, 'show', 'not-an-id')).stderr).toMatch(/must be a Casefile id/);
  });

  it('imports a folder, skipping hidden files', async () => {
    const dir = tempDir();
    const docs = path.join(dir, 'docs');
    fs.mkdirSync(path.join(docs, 'nested'), { recursive: true });
    fs.writeFileSync(path.join(docs, 'a.txt'), 'First report about Hyesan.');
    fs.writeFileSync(path.join(docs, 'nested', 'b.md'), '# Second\n\nReport about Sinuiju.');
    fs.writeFileSync(path.join(docs, '.hidden.txt'), 'ignored');
    fs.writeFileSync(path.join(docs, 'image.png'), 'ignored too');
    const report = await json(await newLibrary(dir), 'import', docs);
    expect(report.imported).toHaveLength(2);
  });

  it('runs as a real process through bin/casefile.mjs, with JSON on stdout and exit status 0', async () => {
    const library = await newLibrary();
    const run = (...args: string[]) =>
      spawnSync('node', [CLI, '--library', library, '--analyst', 'CLI Tester', ...args], { encoding: 'utf8' });
    // One process is enough to prove the binary; every behaviour is covered in-process above.
    const imported = run('--json', 'import', SEED_PATH, '--title', 'From a real process');
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout).imported).toEqual([expect.objectContaining({ title: 'From a real process' })]);
  });
});
