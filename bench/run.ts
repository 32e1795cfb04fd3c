// `npm run bench`: Casefile's speed on this machine, each figure next to the raw limit measured in
// the same run (plain SQLite statements, Readability alone, fflate alone), so the ratio says how
// much our own layers cost rather than how fast the machine is. BENCH_ARTICLES scales the library
// (default 100,000).
import Database from 'better-sqlite3';
import { zipSync, unzipSync } from 'fflate';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { toFtsPhrase, toFtsQuery, toIndexText } from '../shared/domain/searchText';
import { Backend } from '../electron/backend/backend';
import { MIGRATIONS } from '../electron/backend/db/migrations';
import { measurePaint, paintSkipReason } from './paint';
import { benchChart } from './chart';
import { seedLibrary } from './seedLibrary';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bench-'));
const rows: { name: string; ours: string; raw: string; ratio: string }[] = [];

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
/** The median of `runs` timings, to keep one slow run from deciding the figure. */
function median(runs: number, fn: () => unknown): number {
  const times = Array.from({ length: runs }, () => time(fn).ms).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}
function report(name: string, ours: number, raw: number, unit: 'ms' | '/s') {
  const fmt = (v: number) => (unit === 'ms' ? `${v.toFixed(1)} ms` : `${v.toFixed(0)}/s`);
  // For times the ratio is ours/raw (1 = as fast as raw); for rates raw/ours, so >1 means slower.
  const ratio = unit === 'ms' ? ours / raw : raw / ours;
  rows.push({ name, ours: fmt(ours), raw: fmt(raw), ratio: `${ratio.toFixed(1)}×` });
  console.log(`  ${name}: ${fmt(ours)} (raw ${fmt(raw)}, ${ratio.toFixed(1)}× the raw cost)`);
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
  console.log(`Casefile benchmark — ${ARTICLES.toLocaleString()} articles, ${os.cpus().length} cores, Node ${process.version}`);
  const libraryPath = path.join(dir, 'library.casefile');

  console.log('\nSeeding the library…');
  const seeded = time(() => seedLibrary(libraryPath, { articles: ARTICLES }));
  console.log(`  ${ARTICLES.toLocaleString()} articles in ${(seeded.ms / 1000).toFixed(1)} s`);
  const backend = new Backend({ libraryPath, analyst: 'Bench' });
  const db = backend.library.db;

  console.log('\nLibrary (virtualised table pages of 100 rows)');
  for (const [label, sort, offset] of [['newest first, first page', 'captured', 0], ['by title, last page', 'title', ARTICLES - 100], ['by publisher, middle page', 'publisher', Math.floor(ARTICLES / 2)]] as const) {
    const ours = median(5, () => backend.call('articles.list', { sort, direction: 'asc', offset, limit: 100 }));
    const order = sort === 'captured' ? 'captured_at' : sort === 'title' ? 'title COLLATE NOCASE' : 'publisher_source_id';
    const raw = median(5, () => db.prepare(`SELECT id, title, captured_at FROM articles ORDER BY ${order} LIMIT 100 OFFSET ?`).all(offset));
    report(`articles.list ${label}`, ours, raw, 'ms');
  }

  console.log('\nSearch');
  for (const query of ['customs', '세관', 'Seeded article 004242']) {
    const ours = median(3, () => backend.call('search.query', { query, limit: 100 }));
    const raw = median(3, () => db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 100').all(toFtsQuery(query)));
    report(`search "${query}"`, ours, raw, 'ms');
  }

  console.log('\nImport throughput (each file its own transaction, with audit row and index)');
  const textDir = path.join(dir, 'texts');
  fs.mkdirSync(textDir);
  const TEXTS = 500;
  const sample = fs.readFileSync(new URL('../../shared/corpus/seed/000_7b2b4f9a55c89497.txt', import.meta.url), 'utf8');
  for (let i = 0; i < TEXTS; i++) fs.writeFileSync(path.join(textDir, `t${i}.txt`), `${sample}\n\nCopy ${i} for the benchmark.`);
  const importTexts = await timeAsync(async () => backend.jobs.wait((await backend.call('articles.importFiles', { paths: [textDir] })).jobId));
  const raw = rawDb(path.join(dir, 'raw.sqlite'));
  const insert = (i: number, text: string) => {
    raw.transaction(() => {
      raw.prepare('INSERT INTO originals (sha256, size, bytes) VALUES (?, ?, ?)').run(String(i).padStart(64, '0'), text.length, Buffer.from(text));
      const docId = Number(raw.prepare("INSERT INTO search_docs (object_kind, object_id, field) VALUES ('article', ?, 'text')").run(`a${i}`).lastInsertRowid);
      raw.prepare('INSERT INTO search_fts (rowid, body) VALUES (?, ?)').run(docId, toIndexText(text));
    }).immediate();
  };
  const rawTexts = time(() => {
    for (let i = 0; i < TEXTS; i++) insert(i, `${sample}\n\nCopy ${i} for the benchmark.`);
  });
  report('import .txt files', (TEXTS / importTexts.ms) * 1000, (TEXTS / rawTexts.ms) * 1000, '/s');

  const corpus = path.resolve(import.meta.dirname, '../../shared/corpus/web-pages');
  const pages = fs.readdirSync(corpus).filter((n) => fs.existsSync(path.join(corpus, n, 'source.html')));
  const htmlDir = path.join(dir, 'pages');
  fs.mkdirSync(htmlDir);
  for (const name of pages) fs.copyFileSync(path.join(corpus, name, 'source.html'), path.join(htmlDir, `${name}.html`));
  const importHtml = await timeAsync(async () => backend.jobs.wait((await backend.call('articles.importFiles', { paths: [htmlDir] })).jobId));
  const readabilityOnly = time(() => {
    for (const name of pages) {
      const dom = new JSDOM(fs.readFileSync(path.join(htmlDir, `${name}.html`), 'utf8'), { url: 'https://casefile.invalid/', virtualConsole: new VirtualConsole() });
      new Readability(dom.window.document).parse();
      dom.window.close();
    }
  });
  report('import .html pages (vs Readability alone)', (pages.length / importHtml.ms) * 1000, (pages.length / readabilityOnly.ms) * 1000, '/s');
  const rawHtml = time(() => pages.forEach((name, i) => insert(TEXTS + i, fs.readFileSync(path.join(htmlDir, `${name}.html`), 'utf8'))));
  report('import .html pages (vs raw SQLite insert)', (pages.length / importHtml.ms) * 1000, (pages.length / rawHtml.ms) * 1000, '/s');

  console.log('\nAn article with 1,000 excerpts');
  const { article } = await backend.call('articles.createFromText', { text: Array.from({ length: 1000 }, (_, i) => `Claim number ${i} about the border.`).join('\n'), title: 'Many excerpts' });
  for (let i = 0; i < 1000; i++) await backend.call('excerpts.create', { articleId: article.id, quote: `Claim number ${i} about`, credibility: ((i % 6) + 1) as 1 });
  const listOurs = median(5, () => backend.call('excerpts.list', { articleId: article.id, limit: 1000 }));
  const listRaw = median(5, () => db.prepare('SELECT * FROM excerpts WHERE article_id = ? ORDER BY start').all(article.id));
  report('excerpts.list for the article (the data the view paints)', listOurs, listRaw, 'ms');
  const skip = paintSkipReason();
  if (skip) {
    console.log(`  opening it in the renderer: skipped, ${skip}`);
  } else {
    const bare = await backend.call('articles.createFromText', { text: article.text.replace(/Claim/g, 'Claim '), title: 'No excerpts' });
    const [withMarks, without] = await measurePaint(libraryPath, [
      { articleId: article.id, expectMarks: 1000 },
      { articleId: bare.article.id, expectMarks: 0 },
    ]);
    report('open the article and paint 1,000 highlights (vs the same page with none)', withMarks!, without!, 'ms');
  }

  console.log(`\nScanning ${ARTICLES.toLocaleString()} articles for a new alias`);
  const rare = await backend.call('entities.create', { name: 'Seeded article 000777', type: 'other' });
  const scan = await timeAsync(async () => backend.jobs.wait((await backend.call('entities.scan', { id: rare.id })).jobId));
  const scanRaw = median(3, () => db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ?').all(toFtsPhrase('Seeded article 000777')));
  report('entities.scan (alias in few articles)', scan.ms, scanRaw, 'ms');

  console.log('\nCase file with 1,000 articles and 10,000 excerpts');
  const theCase = await backend.call('cases.create', { title: 'Large case' });
  const ids = (db.prepare('SELECT id FROM articles ORDER BY captured_at LIMIT 1000').all() as { id: string }[]).map((r) => r.id);
  db.transaction(() => {
    const now = new Date().toISOString();
    const add = db.prepare("INSERT INTO case_items (case_id, item_id, item_kind, added_at, added_by) VALUES (?, ?, ?, ?, 'Bench')");
    const excerpt = db.prepare(`INSERT INTO excerpts (id, article_id, exact, prefix, suffix, start, "end", credibility, created_at, created_by, updated_at) VALUES (?, ?, ?, '', '', ?, ?, 3, ?, 'Bench', ?)`);
    for (const id of ids) {
      add.run(theCase.id, id, 'article', now);
      const text = (db.prepare('SELECT text FROM articles WHERE id = ?').get(id) as { text: string }).text;
      for (let k = 0; k < 10; k++) {
        const excerptId = crypto.randomUUID();
        excerpt.run(excerptId, id, text.slice(k, k + 8), k, k + 8, now, now);
        add.run(theCase.id, excerptId, 'excerpt', now);
      }
    }
  })();
  const exported = await timeAsync(async () => backend.jobs.wait((await backend.call('cases.exportFile', { id: theCase.id })).jobId));
  const bytes = Buffer.from((exported.value.result as { bytesBase64: string }).bytesBase64, 'base64');
  const files = unzipSync(bytes);
  const rezip = time(() => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level: 6 }]]))));
  report(`export case file (${(bytes.byteLength / 1048576).toFixed(1)} MB)`, exported.ms, rezip.ms, 'ms');
  const fresh = new Backend({ libraryPath: path.join(dir, 'teammate.casefile'), analyst: 'Teammate' });
  const imported = await timeAsync(async () => fresh.jobs.wait((await fresh.call('cases.importFile', { bytesBase64: bytes.toString('base64') })).jobId));
  const unzip = time(() => unzipSync(bytes));
  report('import case file into an empty library', imported.ms, unzip.ms, 'ms');
  await fresh.close();

  await backend.close();
  raw.close();
  await benchChart(dir, report);
  console.log('\nSummary (ratio: how many times the raw cost our layers take)');
  console.table(rows);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
});
