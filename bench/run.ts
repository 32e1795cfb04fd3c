// `npm run bench`: Casefile's speed on a real-size library, each figure next to its raw limit
// measured in the same run on the same file (plain SQLite statements, Readability alone, fflate
// alone), so the ratio says how much our own layers cost rather than how fast the machine is.
// The library: 100,000 articles of ~5 KB of real sentences (one in eight with a Korean or Chinese
// paragraph), ten excerpts per article and an entity with aliases per ten articles. `--quick`
// builds a tenth of that (10,000 articles) and finishes in about two minutes; BENCH_ARTICLES=N
// picks any size. `--only startup,paint,chart` runs just those sections (names: search, lists,
// imports, paint, casefile, chart, startup). Figures are p50/p95 over 7 runs after a warm-up;
// bench/results.json gets them all.
import Database from 'better-sqlite3';
import { zipSync, unzipSync } from 'fflate';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { toFtsQuery, toIndexText } from '../shared/domain/searchText';
import { Backend } from '../electron/backend/backend';
import { MIGRATIONS } from '../electron/backend/db/migrations';
import { once, Report, sample, stats } from './measure';
import { measurePaint, paintSkipReason } from './paint';
import { RARE_SENTENCE, seedRealisticLibrary } from '../electron/backend/testing/seedRealistic';
import { benchChart } from './chart';
import { benchStartup } from './startup';

const quick = process.argv.includes('--quick');
const SECTIONS = ['search', 'lists', 'imports', 'paint', 'casefile', 'chart', 'startup'] as const;
const onlyArg = process.argv.find((a, i) => process.argv[i - 1] === '--only' || a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.replace(/^--only=/, '').split(',')) : null;
for (const name of only ?? []) {
  if (!(SECTIONS as readonly string[]).includes(name)) {
    console.error(`--only: there is no section "${name}"; the sections are ${SECTIONS.join(', ')}.`);
    process.exit(2);
  }
}
const runs = (name: (typeof SECTIONS)[number]) => !only || only.has(name);
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? (quick ? 10_000 : 100_000));
const EXCERPTS_PER_ARTICLE = 10;
const ENTITIES = Math.max(10, Math.floor(ARTICLES / 10));
const RESULTS = path.resolve(import.meta.dirname, 'results.json');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bench-'));

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}
async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** A bare library schema for raw baselines: the same tables and FTS index, no services. */
function rawDb(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(MIGRATIONS.map((m) => m.up).join('\n'));
  return db;
}

async function main() {
  const report = new Report({
    mode: quick ? 'quick' : 'full',
    articles: ARTICLES,
    excerpts: ARTICLES * EXCERPTS_PER_ARTICLE,
    entities: ENTITIES,
    cores: os.cpus().length,
    node: process.version,
    startedAt: new Date().toISOString(),
  });
  console.log(
    `Casefile benchmark (${quick ? 'quick' : 'full'}) — ${ARTICLES.toLocaleString()} articles of ~5 KB, ${(ARTICLES * EXCERPTS_PER_ARTICLE).toLocaleString()} excerpts, ${ENTITIES.toLocaleString()} entities; ${os.cpus().length} cores, Node ${process.version}`,
  );
  const libraryPath = path.join(dir, 'library.casefile');

  console.log('\nSeeding the library…');
  const seeded = time(() =>
    seedRealisticLibrary(libraryPath, {
      articles: ARTICLES,
      excerptsPerArticle: EXCERPTS_PER_ARTICLE,
      entities: ENTITIES,
      onProgress: (n) => n % 10_000 === 0 && process.stdout.write(`  ${n.toLocaleString()} articles\n`),
    }),
  );
  console.log(
    `  done in ${(seeded.ms / 1000).toFixed(1)} s, ${(fs.statSync(libraryPath).size / 1048576).toFixed(0)} MB`,
  );
  const backend = new Backend({ libraryPath, analyst: 'Bench' });
  const db = backend.library.db;

  // results.json is rewritten after each section, so a run cut short still leaves its figures.
  const sections = [
    ['search', benchSearch],
    ['lists', benchLists],
    ['imports', benchImports],
    ['paint', benchManyExcerpts],
    ['casefile', benchCaseFile],
  ] as const;
  for (const [name, section] of sections) {
    if (!runs(name)) continue;
    await section(report, backend, db, libraryPath);
    report.write(RESULTS);
  }
  if (runs('startup')) {
    await benchStartup(libraryPath, report);
    report.write(RESULTS);
  }
  if (runs('chart')) {
    report.begin('Link chart');
    await benchChart(dir, report);
    report.write(RESULTS);
  }

  await backend.close();
  console.log(`\nWrote ${path.relative(process.cwd(), RESULTS)}. The table for the README:\n`);
  console.log(report.markdown());
  fs.rmSync(dir, { recursive: true, force: true });
  const over = report.rows.filter((r) => r.ok === false);
  if (over.length) console.log(`\n${over.length} figure(s) over their bound: ${over.map((r) => r.name).join('; ')}`);
}

/** The FTS5 term in roughly `share` of the articles, read from the index's own vocabulary. */
function termWithShare(db: Database.Database, share: number): { term: string; docs: number } {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, 'search_fts', 'row')");
  const total = (
    db.prepare("SELECT count(*) AS n FROM search_docs WHERE object_kind = 'article' AND field = 'text'").get() as {
      n: number;
    }
  ).n;
  // Plain alphabetic words of 6+ letters, so the query is a word an analyst would type.
  const rows = db
    .prepare(
      "SELECT term, doc FROM temp.bench_vocab WHERE doc BETWEEN ? AND ? AND length(term) >= 6 AND term GLOB '[a-z]*' AND term NOT GLOB '*[^a-z]*' ORDER BY abs(doc - ?) LIMIT 1",
    )
    .get(Math.floor(total * share * 0.5), Math.ceil(total * share * 1.5 * 12), total * share) as
    { term: string; doc: number } | undefined;
  return rows ? { term: rows.term, docs: rows.doc } : { term: 'government', docs: 0 };
}

async function benchSearch(report: Report, backend: Backend, db: Database.Database) {
  report.begin('Search (top 50, through the contract, vs bare FTS5 bm25 top 50 on the same file)');
  const tenth = termWithShare(db, 0.1);
  const shapes: [string, string][] = [
    ['a word in 1 document', 'Kimbongsokyong'],
    [`a word in ~10% ("${tenth.term}")`, tenth.term],
    ['a word in ~80% ("the")', 'the'],
    ['a 2-letter prefix', 'go'],
    ['a 3-letter prefix', 'pre'],
    ['a quoted phrase', '"the government"'],
    ['two words (AND)', 'president people'],
    ['a Korean two-syllable word', '세관'],
  ];
  const variants: [string, Record<string, unknown>, string][] = [
    ['', {}, ''],
    [', reliability ≥ B', { minReliability: 'B' }, 'reliability'],
    [', articles only', { kinds: ['article'] }, 'kind'],
  ];
  const bareRank = db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 50');
  for (const [label, query] of shapes) {
    const match = toFtsQuery(query)!;
    const raw = await sample(() => bareRank.all(match));
    for (const [suffix, filter] of variants) {
      let ranking = '';
      const ours = await sample(async () => {
        ranking = (await backend.call('search.query', { query, limit: 50, ...filter })).ranking;
      });
      report.time(
        `${label}${suffix}`,
        ours,
        raw,
        { maxMs: 50 },
        ranking === 'recent' ? 'too many matches to rank: newest first' : undefined,
      );
    }
  }
  report.begin('Search: bad input (must answer empty or with a clear error, in the same bound)');
  const hostile: [string, Record<string, unknown>][] = [
    ['a 1,000-character query', { query: `${RARE_SENTENCE} `.repeat(20).slice(0, 1000) }],
    ['punctuation only', { query: '!?.,;:—()[]{}' }],
    ['FTS5 syntax: NEAR( * " col:', { query: 'NEAR( * " body: title:x' }],
    ['a lone CJK character', { query: '세' }],
  ];
  const trivial = db.prepare('SELECT 1');
  const floor = await sample(() => trivial.get());
  for (const [label, input] of hostile) {
    const ours = await sample(() => backend.dispatch('search.query', { limit: 50, ...input }));
    report.time(label, ours, floor, { maxMs: 50 }, 'raw: one trivial SQLite statement');
  }
}

async function benchLists(report: Report, backend: Backend, db: Database.Database) {
  report.begin('Lists (pages of 100 rows)');
  const middle = Math.floor(ARTICLES / 2);
  const orders: Record<string, string> = {
    captured: 'captured_at',
    published: 'published',
    title: 'title COLLATE NOCASE',
    publisher: 'publisher_source_id',
    language: 'language',
  };
  for (const [sort, order] of Object.entries(orders)) {
    const ours = await sample(() =>
      backend.call('articles.list', { sort: sort as 'captured', direction: 'asc', offset: middle, limit: 100 }),
    );
    const raw = await sample(() =>
      db.prepare(`SELECT id, title, captured_at FROM articles ORDER BY ${order} LIMIT 100 OFFSET ?`).all(middle),
    );
    report.time(`Library by ${sort}, middle page`, ours, raw, { maxMs: 20 });
  }
  const excerptsOurs = await sample(() => backend.call('excerpts.list', { offset: ARTICLES * 5, limit: 100 }));
  const excerptsRaw = await sample(() =>
    db.prepare('SELECT * FROM excerpts ORDER BY created_at LIMIT 100 OFFSET ?').all(ARTICLES * 5),
  );
  report.time('Excerpts, middle page', excerptsOurs, excerptsRaw, { maxMs: 20 });
  const entitiesOurs = await sample(() => backend.call('entities.list', {}));
  const entitiesRaw = await sample(() => db.prepare('SELECT * FROM entities ORDER BY name COLLATE NOCASE').all());
  report.time(`Entities (all ${ENTITIES.toLocaleString()}, the list has no paging)`, entitiesOurs, entitiesRaw, {
    maxMs: 20,
  });
}

async function benchImports(report: Report, backend: Backend) {
  report.begin('Capture throughput (each file its own transaction, with audit row and index)');
  const textDir = path.join(dir, 'texts');
  fs.mkdirSync(textDir);
  const TEXTS = quick ? 200 : 500;
  const sample = fs.readFileSync(new URL('../../shared/corpus/seed/000_7b2b4f9a55c89497.txt', import.meta.url), 'utf8');
  for (let i = 0; i < TEXTS; i++)
    fs.writeFileSync(path.join(textDir, `t${i}.txt`), `${sample}\n\nCopy ${i} for the benchmark.`);
  const importTexts = await timeAsync(async () =>
    backend.jobs.wait((await backend.call('articles.importFiles', { paths: [textDir] })).jobId),
  );
  const raw = rawDb(path.join(dir, 'raw.sqlite'));
  const insert = (i: number, text: string) => {
    raw
      .transaction(() => {
        raw
          .prepare('INSERT INTO originals (sha256, size, bytes) VALUES (?, ?, ?)')
          .run(String(i).padStart(64, '0'), text.length, Buffer.from(text));
        const docId = Number(
          raw
            .prepare("INSERT INTO search_docs (object_kind, object_id, field) VALUES ('article', ?, 'text')")
            .run(`a${i}`).lastInsertRowid,
        );
        raw.prepare('INSERT INTO search_fts (rowid, body) VALUES (?, ?)').run(docId, toIndexText(text));
      })
      .immediate();
  };
  const rawTexts = time(() => {
    for (let i = 0; i < TEXTS; i++) insert(i, `${sample}\n\nCopy ${i} for the benchmark.`);
  });
  report.rate('import .txt files (vs raw insert with index)', TEXTS, importTexts.ms, rawTexts.ms, {
    minShareOfRaw: 0.5,
  });

  const corpus = path.resolve(import.meta.dirname, '../../shared/corpus/web-pages');
  const pages = fs.readdirSync(corpus).filter((n) => fs.existsSync(path.join(corpus, n, 'source.html')));
  const htmlDir = path.join(dir, 'pages');
  fs.mkdirSync(htmlDir);
  for (const name of pages) fs.copyFileSync(path.join(corpus, name, 'source.html'), path.join(htmlDir, `${name}.html`));
  const importHtml = await timeAsync(async () =>
    backend.jobs.wait((await backend.call('articles.importFiles', { paths: [htmlDir] })).jobId),
  );
  const readabilityOnly = time(() => {
    for (const name of pages) {
      const dom = new JSDOM(fs.readFileSync(path.join(htmlDir, `${name}.html`), 'utf8'), {
        url: 'https://casefile.invalid/',
        virtualConsole: new VirtualConsole(),
      });
      new Readability(dom.window.document).parse();
      dom.window.close();
    }
  });
  report.rate(
    'import .html pages (vs Readability on jsdom alone)',
    pages.length,
    importHtml.ms,
    readabilityOnly.ms,
    undefined,
    `${(importHtml.ms / pages.length).toFixed(0)} ms per page`,
  );
  raw.close();
}

async function benchManyExcerpts(report: Report, backend: Backend, db: Database.Database, libraryPath: string) {
  report.begin('An article with 1,000 excerpts');
  const { article } = await backend.call('articles.createFromText', {
    text: Array.from({ length: 1000 }, (_, i) => `Claim number ${i} about the border.`).join('\n'),
    title: 'Many excerpts',
  });
  for (let i = 0; i < 1000; i++)
    await backend.call('excerpts.create', {
      articleId: article.id,
      quote: `Claim number ${i} about`,
      credibility: ((i % 6) + 1) as 1,
    });
  const listOurs = await sample(() => backend.call('excerpts.list', { articleId: article.id, limit: 1000 }));
  const listRaw = await sample(() =>
    db.prepare('SELECT * FROM excerpts WHERE article_id = ? ORDER BY start').all(article.id),
  );
  report.time('excerpts.list for the article (the data the view paints)', listOurs, listRaw);
  const skip = paintSkipReason();
  if (skip) {
    console.log(`  opening it in the renderer: skipped, ${skip}`);
    return;
  }
  const bare = await backend.call('articles.createFromText', {
    text: article.text.replace(/Claim/g, 'Claim '),
    title: 'No excerpts',
  });
  const [withMarks, without] = await measurePaint(libraryPath, [
    { articleId: article.id, expectMarks: 1000 },
    { articleId: bare.article.id, expectMarks: 0 },
  ]);
  // The first run of each warms the renderer up; the rest are the sample.
  report.time(
    'open it in Chromium and paint 1,000 highlights (vs the same page with none)',
    stats(withMarks!.slice(1)),
    stats(without!.slice(1)),
    { maxMs: 300 },
  );
}

async function benchCaseFile(report: Report, backend: Backend, db: Database.Database) {
  report.begin('Case file with 1,000 articles and 10,000 excerpts');
  const theCase = await backend.call('cases.create', { title: 'Large case' });
  const ids = (db.prepare('SELECT id FROM articles ORDER BY captured_at LIMIT 1000').all() as { id: string }[]).map(
    (r) => r.id,
  );
  db.transaction(() => {
    const now = new Date().toISOString();
    const add = db.prepare(
      "INSERT INTO case_items (case_id, item_id, item_kind, added_at, added_by) VALUES (?, ?, ?, ?, 'Bench')",
    );
    const excerptsOf = db.prepare('SELECT id FROM excerpts WHERE article_id = ?').pluck();
    for (const id of ids) {
      add.run(theCase.id, id, 'article', now);
      for (const excerptId of excerptsOf.all(id) as string[]) add.run(theCase.id, excerptId, 'excerpt', now);
    }
  })();
  const exported = await timeAsync(async () =>
    backend.jobs.wait((await backend.call('cases.exportFile', { id: theCase.id })).jobId),
  );
  const bytes = Buffer.from((exported.value.result as { bytesBase64: string }).bytesBase64, 'base64');
  const files = unzipSync(bytes);
  const rezip = time(() => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level: 6 }]]))));
  report.time(
    `export the case file (${(bytes.byteLength / 1048576).toFixed(1)} MB, vs zipping its files)`,
    once(exported.ms),
    once(rezip.ms),
    { maxRatio: 1.5 },
  );
  const fresh = new Backend({ libraryPath: path.join(dir, 'teammate.casefile'), analyst: 'Teammate' });
  const imported = await timeAsync(async () =>
    fresh.jobs.wait((await fresh.call('cases.importFile', { bytesBase64: bytes.toString('base64') })).jobId),
  );
  await fresh.close();
  // Raw: unzip the same bytes and insert the same records with plain statements.
  const rawImport = time(() => {
    const raw = rawDb(path.join(dir, 'raw-case.sqlite'));
    const unzipped = unzipSync(bytes);
    raw.exec('CREATE TABLE records (name TEXT NOT NULL, body BLOB NOT NULL) STRICT');
    const put = raw.prepare('INSERT INTO records (name, body) VALUES (?, ?)');
    raw.transaction(() => {
      for (const [name, body] of Object.entries(unzipped)) put.run(name, body);
    })();
    raw.close();
  });
  report.time(
    'import it into an empty library (vs unzip and insert its files)',
    once(imported.ms),
    once(rawImport.ms),
    { maxRatio: 3 },
  );
}

main().catch((error) => {
  console.error(error);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
});
