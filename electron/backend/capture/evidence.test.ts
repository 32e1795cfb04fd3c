// What happens to a capture after it is stored: it travels in case files with its WARC (and a
// teammate's library verifies it), `verify` names a tampered WARC, and hostile pages are captured
// without the app itself contacting anything but the server asked.
import diagnostics from 'node:diagnostics_channel';
import fs from 'node:fs';
import type net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebCaptureResult } from '../../../shared/contract/webCapture';
import type { Backend } from '../backend';
import { openTestBackend } from '../testing/tempLibrary';
import { readWarcResponse } from './warc';
import { startWebServer, type Loopback } from './testing/loopback';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function capture(backend: Backend, urls: string[]): Promise<WebCaptureResult> {
  const { jobId } = await backend.call('web.capture', { urls });
  return (await backend.jobs.wait(jobId)).result as WebCaptureResult;
}

async function server(extra: Parameters<typeof startWebServer>[0] = {}): Promise<Loopback> {
  const web = await startWebServer(extra);
  stops.push(web.close);
  return web;
}

describe('captures as evidence', () => {
  it('travel in case files with their WARC, and the teammate’s library verifies them', async () => {
    const web = await server();
    const mine = openTestBackend();
    const v1 = await capture(mine, [`${web.url}/changing`]);
    const v2 = await capture(mine, [`${web.url}/changing`]);
    const theCase = await mine.call('cases.create', { title: 'Captured pages' });
    await mine.call('cases.addItems', { id: theCase.id, itemIds: [v1.captured[0]!.id, v2.captured[0]!.id] });
    const { jobId } = await mine.call('cases.exportFile', { id: theCase.id });
    const exported = (await mine.jobs.wait(jobId)).result as { bytesBase64: string };

    const teammate = openTestBackend();
    const imported = await teammate.call('cases.importFile', { bytesBase64: exported.bytesBase64 });
    const importJob = await teammate.jobs.wait(imported.jobId);
    expect(importJob.status, JSON.stringify(importJob.error)).toBe('done');
    const theirs = (await teammate.call('web.getCapture', { articleId: v2.captured[0]!.id }))!;
    const ours = (await mine.call('web.getCapture', { articleId: v2.captured[0]!.id }))!;
    expect(theirs).toEqual(ours);
    expect(theirs.previousArticleId).toBe(v1.captured[0]!.id);
    const warc = await teammate.call('web.exportWarc', { id: theCase.id });
    expect(warc.captures).toBe(2);
    const verified = await teammate.call('library.verify', {});
    expect(verified.checks.find((c) => c.name === 'web_captures')).toEqual({
      name: 'web_captures',
      ok: true,
      problems: [],
    });

    // Importing the same file again adds nothing.
    const before = (teammate.ctx.db.prepare('SELECT count(*) AS n FROM web_captures').get() as { n: number }).n;
    const again = await teammate.call('cases.importFile', { bytesBase64: exported.bytesBase64 });
    await teammate.jobs.wait(again.jobId);
    expect((teammate.ctx.db.prepare('SELECT count(*) AS n FROM web_captures').get() as { n: number }).n).toBe(before);
  });

  it('verify names a WARC altered outside Casefile', async () => {
    const web = await server();
    const backend = openTestBackend();
    const { captured } = await capture(backend, [`${web.url}/article`]);
    expect((await backend.call('library.verify', {})).ok).toBe(true);
    const { warc } = (await backend.call('web.getCapture', { articleId: captured[0]!.id }))!;
    const bytes = Buffer.from(
      (await backend.call('web.snapshot', { articleId: captured[0]!.id, kind: 'warc' })).bytesBase64,
      'base64',
    );
    expect((await readWarcResponse(bytes))!.payloadDigest).toBe(`sha256:${captured[0]!.sha256}`);
    backend.ctx.db.exec('DROP TRIGGER originals_no_update');
    backend.ctx.db
      .prepare('UPDATE originals SET bytes = ? WHERE sha256 = ?')
      .run(Buffer.concat([bytes, Buffer.from('x')]), warc.sha256);
    const report = await backend.call('library.verify', {});
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.name === 'web_captures')!.problems).toEqual([
      `the WARC of web capture ${captured[0]!.id} was altered: it no longer hashes to ${warc.sha256}`,
    ]);
  });
});

describe('hostile pages', () => {
  const VECTORS = (
    JSON.parse(
      fs.readFileSync(
        path.resolve(import.meta.dirname, '../../../../shared/corpus/hostile/dompurify-vectors.json'),
        'utf8',
      ),
    ) as { vectors: { title: string; payload: string }[] }
  ).vectors;
  // Every seventh vector keeps the test short while covering scripts, frames, forms, SVG and styles.
  const SAMPLE = VECTORS.filter((_, i) => i % 7 === 0);

  it('are captured with zero requests from the app to anything but the server asked', async () => {
    const pages: Record<string, (req: unknown, res: import('node:http').ServerResponse) => void> = {};
    SAMPLE.forEach((v, i) => {
      pages[`/hostile/${i}`] = (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html><head><title>Hostile ${i}</title><link rel="stylesheet" href="https://tracker.example/s.css">
<script src="https://tracker.example/t.js"></script></head><body><article><h1>Hostile page ${i}</h1>
<p>${v.title}: a paragraph long enough for the extractor to treat this page as an article worth keeping.</p>${v.payload}
<img src="https://tracker.example/pixel.gif"><iframe src="https://tracker.example/frame"></iframe></article></body></html>`);
      };
    });
    const web = await server(pages as never);
    const connections: string[] = [];
    const onSocket = ({ socket }: { socket: net.Socket }) =>
      socket.once('connect', () => connections.push(`${socket.remoteAddress}:${socket.remotePort}`));
    diagnostics.subscribe('net.client.socket', onSocket as never);
    try {
      const backend = openTestBackend();
      const result = await capture(
        backend,
        SAMPLE.map((_, i) => `${web.url}/hostile/${i}`),
      );
      expect(result.failed).toEqual([]);
      expect(result.captured).toHaveLength(SAMPLE.length);
      const article = await backend.call('articles.get', { id: result.captured[0]!.id });
      expect(article.text).toContain('Hostile page 0');
    } finally {
      diagnostics.unsubscribe('net.client.socket', onSocket as never);
    }
    const port = new URL(web.url).port;
    expect(connections.length).toBe(SAMPLE.length);
    expect(new Set(connections)).toEqual(new Set([`127.0.0.1:${port}`]));
    expect(web.requests).toEqual(SAMPLE.map((_, i) => `/hostile/${i}`));
  });
});
