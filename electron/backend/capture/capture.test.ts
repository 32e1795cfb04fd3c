// Web capture against real servers on loopback: a page with redirects, a PDF, hostile responses
// (loops, other schemes, a gzip bomb, a body that never ends, lying content types), and the WARC
// read back with warcio's parser. Nothing here reaches beyond 127.0.0.1.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebCapture, WebCaptureResult } from '../../../shared/contract/webCapture';
import type { Backend } from '../backend';
import { openTestBackend } from '../testing/tempLibrary';
import { sha256Hex } from '../services/hash';
import { readWarcResponse } from './warc';
import { ARTICLE_HTML, startWebServer, type Loopback } from './testing/loopback';

let web: Loopback;
beforeEach(async () => {
  web = await startWebServer();
});
afterEach(async () => {
  await web.close();
});

export async function capture(
  backend: Backend,
  input: Parameters<Backend['call']>[1] & object,
): Promise<WebCaptureResult> {
  const { jobId } = await backend.call('web.capture', input as never);
  const state = await backend.jobs.wait(jobId);
  if (state.status !== 'done') throw new Error(`capture job ${state.status}: ${state.error?.message}`);
  return state.result as WebCaptureResult;
}

function counts(backend: Backend) {
  const n = (table: string) => (backend.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { articles: n('articles'), originals: n('originals'), captures: n('web_captures'), audit: n('audit_log') };
}

describe('capturing a URL', () => {
  it('stores the final response with every redirect hop, the headers, the remote address and the times', async () => {
    const backend = openTestBackend();
    const result = await capture(backend, { urls: [`${web.url}/redirect/1`], userAgent: 'CasefileTest/1' });
    expect(result.failed).toEqual([]);
    expect(result.captured).toHaveLength(1);
    const id = result.captured[0]!.id;
    const article = await backend.call('articles.get', { id });
    expect(article.captureMethod).toBe('web');
    expect(article.originalSha256).toBe(sha256Hex(Buffer.from(ARTICLE_HTML)));
    expect(article.text).toContain('Kimbongsokyong Trading Company smuggled in masks');
    expect(article.title).toBe('Masks smuggled via Hyesan');
    expect(article.url).toBe(`${web.url}/article`);

    const provenance = (await backend.call('web.getCapture', { articleId: id }))!;
    expect(provenance.requestedUrl).toBe(`${web.url}/redirect/1`);
    expect(provenance.finalUrl).toBe(`${web.url}/article`);
    expect(provenance.hops).toEqual([
      { url: `${web.url}/redirect/1`, status: 302, location: '/redirect/2' },
      { url: `${web.url}/redirect/2`, status: 301, location: `${web.url}/article` },
    ]);
    expect(provenance.status).toBe(200);
    expect(provenance.responseHeaders).toContainEqual(['Content-Type', 'text/html; charset=utf-8']);
    expect(provenance.request.headers).toContainEqual(['User-Agent', 'CasefileTest/1']);
    // No cookies: the server's Set-Cookie on a hop is never sent back.
    expect(provenance.request.headers.some(([k]) => k.toLowerCase() === 'cookie')).toBe(false);
    expect(provenance.remote).toMatchObject({ address: '127.0.0.1', port: Number(new URL(web.url).port) });
    expect(provenance.tls).toBeNull();
    expect(provenance.route).toMatchObject({ mode: 'direct', exit: `127.0.0.1:${new URL(web.url).port}` });
    expect(provenance.tool).toMatchObject({ name: 'Casefile', userAgent: 'CasefileTest/1' });
    expect(provenance.analyst).toBe('Test Analyst');
    expect(Date.parse(provenance.finishedAt)).toBeGreaterThanOrEqual(Date.parse(provenance.startedAt));
    expect(provenance.snapshotNote).toMatch(/text-only/);
    expect(web.requests).toEqual(['/redirect/1', '/redirect/2', '/article']);

    // `casefile show ID --json` prints objects.show: the article with its capture.
    const shown = await backend.call('objects.show', { id });
    expect((shown.value as { webCapture: WebCapture }).webCapture).toMatchObject({
      status: 200,
      finalUrl: `${web.url}/article`,
      hops: provenance.hops,
    });
    const audit = backend.ctx.db
      .prepare("SELECT after_json FROM audit_log WHERE action = 'article.webCapture' AND object_id = ?")
      .get(id) as { after_json: string };
    expect(JSON.parse(audit.after_json)).toMatchObject({
      finalUrl: `${web.url}/article`,
      warcSha256: provenance.warc.sha256,
    });
  });

  it('writes a WARC/1.1 record whose response payload digest is the original’s SHA-256', async () => {
    const backend = openTestBackend();
    const { captured } = await capture(backend, { urls: [`${web.url}/article`] });
    const provenance = (await backend.call('web.getCapture', { articleId: captured[0]!.id }))!;
    const warc = Buffer.from(
      (await backend.call('web.snapshot', { articleId: captured[0]!.id, kind: 'warc' })).bytesBase64,
      'base64',
    );
    expect(sha256Hex(warc)).toBe(provenance.warc.sha256);
    const response = (await readWarcResponse(warc))!;
    expect(response.types).toEqual(['warcinfo', 'request', 'response', 'metadata']);
    expect(response.payloadDigest).toBe(`sha256:${captured[0]!.sha256}`);
    expect(Buffer.from(response.payload).toString()).toBe(ARTICLE_HTML);

    const exported = await backend.call('web.exportWarc', { id: captured[0]!.id });
    expect(Buffer.from(exported.bytesBase64!, 'base64').equals(warc)).toBe(true);
  });

  it('captures a PDF as a PDF, and reads a gzip-compressed page the server sent anyway', async () => {
    const backend = openTestBackend();
    const result = await capture(backend, { urls: [`${web.url}/doc.pdf`, `${web.url}/gzipped`] });
    expect(result.failed).toEqual([]);
    const pdf = await backend.call('articles.get', { id: result.captured[0]!.id });
    expect(pdf.mediaType).toBe('application/pdf');
    expect(pdf.pageStarts).toHaveLength(2);
    expect(pdf.text).toContain('Kimbongsokyong Trading Company');
    const gzipped = (await backend.call('web.getCapture', { articleId: result.captured[1]!.id }))!;
    expect(gzipped.contentEncoding).toBe('gzip');
    expect(gzipped.warnings.join(' ')).toMatch(/compressed the response \(gzip\)/);
    expect(result.captured[1]!.sha256).toBe(sha256Hex(Buffer.from(ARTICLE_HTML)));
  });

  it('reports the same bytes twice as a duplicate, and different bytes as a new capture linked to the earlier one', async () => {
    const backend = openTestBackend();
    const first = await capture(backend, { urls: [`${web.url}/article`] });
    const again = await capture(backend, { urls: [`${web.url}/article`] });
    expect(again.captured).toEqual([]);
    expect(again.duplicates).toEqual([expect.objectContaining({ id: first.captured[0]!.id })]);
    expect(counts(backend).captures).toBe(1);

    const v1 = await capture(backend, { urls: [`${web.url}/changing`] });
    const v2 = await capture(backend, { urls: [`${web.url}/changing`] });
    expect(v2.captured[0]!.previousArticleId).toBe(v1.captured[0]!.id);
    expect((await backend.call('web.getCapture', { articleId: v2.captured[0]!.id }))!.previousArticleId).toBe(
      v1.captured[0]!.id,
    );
  });
});

describe('bad input: a clear error or a recorded warning, never a half-written capture', () => {
  const refused: [string, string, RegExp][] = [
    ['another scheme', 'ftp://127.0.0.1/file.txt', /ftp: addresses cannot be captured/],
    ['a javascript: URL', 'javascript:alert(1)', /javascript: addresses cannot be captured/],
    ['not a URL', 'example dot org', /is not a URL/],
    ['credentials in the URL', 'http://user:secret@127.0.0.1/article', /user name or password/],
    ['a redirect loop', '/loop-a', /redirects in a loop .*loop-a → .*loop-b → .*loop-a/],
    ['a redirect to another scheme', '/to-ftp', /redirected to another scheme \(ftp:\)/],
    ['a redirect to a file', '/to-file', /redirected to another scheme \(file:\)/],
    ['a declared size over the limit', '/declared-huge', /announces 67,108,864 bytes, over the 33,554,432-byte limit/],
    ['a gzip bomb', '/bomb', /decompresses \(gzip\) to more than 33,554,432 bytes .*compression bomb/],
    ['binary bytes declared as HTML', '/binary', /sent binary data declared as text\/html/],
  ];
  it.each(refused)('refuses %s', async (_what, url, message) => {
    const backend = openTestBackend();
    await capture(backend, { urls: [`${web.url}/article`] });
    const before = counts(backend);
    const result = await capture(backend, { urls: [url.startsWith('/') ? `${web.url}${url}` : url] });
    expect(result.captured).toEqual([]);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]!.error).toMatch(message);
    expect(counts(backend)).toEqual(before);
  });

  it('stops a body that never ends at the timeout', async () => {
    const backend = openTestBackend();
    const before = counts(backend);
    const result = await capture(backend, { urls: [`${web.url}/slow`], timeoutSeconds: 1 });
    expect(result.failed[0]!.error).toMatch(/did not finish within 1 s .*nothing was stored/);
    expect(counts(backend)).toEqual(before);
  });

  it('believes the bytes over a lying content type, and records the disagreement', async () => {
    const backend = openTestBackend();
    const result = await capture(backend, { urls: [`${web.url}/lying-image`, `${web.url}/lying-pdf`] });
    expect(result.failed).toEqual([]);
    const [page, pdf] = result.captured;
    expect((await backend.call('articles.get', { id: page!.id })).mediaType).toBe('text/html');
    expect(page!.warnings.join(' ')).toMatch(/declared "image\/png", but the bytes are text\/html/);
    expect((await backend.call('articles.get', { id: pdf!.id })).mediaType).toBe('application/pdf');
    expect(pdf!.warnings.join(' ')).toMatch(/declared "text\/html", but the bytes are application\/pdf/);
  });

  it('records an error status as a warning', async () => {
    const backend = openTestBackend();
    const result = await capture(backend, { urls: [`${web.url}/not-found`] });
    expect(result.captured[0]!.warnings.join(' ')).toMatch(/answered 404 Not Found: this is an error page/);
  });

  it('stops when cancelled and stores nothing for the URL in flight', async () => {
    const backend = openTestBackend();
    const before = counts(backend);
    const { jobId } = await backend.call('web.capture', {
      urls: [`${web.url}/slow`, `${web.url}/article`],
      timeoutSeconds: 60,
    });
    // Cancel once the slow body is streaming: the server has seen its request.
    for (let i = 0; i < 200 && !web.requests.includes('/slow'); i++) await new Promise((r) => setTimeout(r, 10));
    await backend.call('jobs.cancel', { jobId });
    const state = await backend.jobs.wait(jobId);
    expect(state.status).toBe('cancelled');
    expect(counts(backend)).toEqual(before);
    expect(web.requests).not.toContain('/article');
  });
});
