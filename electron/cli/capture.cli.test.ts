// `casefile capture` as an analyst runs it, through a SOCKS5 proxy on loopback with a rendered
// snapshot, then `show`, `export-warc` and `verify` on the same library. The CLI runs in-process
// (runCasefile, as the other CLI tests call it); its network work is asynchronous, so the test's own
// servers keep answering meanwhile.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Backend } from '../backend/backend';
import { findChromium } from '../backend/browser/findChromium';
import { readWarcResponse } from '../backend/capture/warc';
import { startSocksProxy, startWebServer } from '../backend/capture/testing/loopback';
import { tempDir } from '../backend/testing/tempLibrary';
import { sha256Hex } from '../backend/services/hash';
import { runCasefile } from './runCasefile';

const casefile = (library: string, ...args: string[]) =>
  runCasefile(['--library', library, '--analyst', 'CLI Tester', ...args]);

async function json(library: string, ...args: string[]) {
  const result = await casefile(library, '--json', ...args);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

describe('casefile capture', () => {
  it.skipIf(!findChromium())(
    'captures a page through the SOCKS5 proxy with its WARC, screenshot and provenance, and verify covers them',
    async () => {
      const web = await startWebServer();
      const socks = await startSocksProxy();
      stops.push(web.close, socks.close);
      const dir = tempDir();
      const library = path.join(dir, 'lib.casefile');
      await new Backend({ libraryPath: library }).close();
      const port = Number(new URL(web.url).port);
      const url = `http://casefile-capture.invalid:${port}/styled`;
      const result = await json(library, 'capture', url, '--proxy', `socks5://127.0.0.1:${socks.port}`, '--screenshot');
      expect(result.failed).toEqual([]);
      const id = result.captured[0].id;

      const shown = await json(library, 'show', id);
      expect(shown).toMatchObject({ captureMethod: 'web', title: 'Masks smuggled via Hyesan' });
      expect(shown.webCapture).toMatchObject({
        requestedUrl: url,
        finalUrl: url,
        status: 200,
        hops: [],
        route: { mode: 'socks5', proxy: `127.0.0.1:${socks.port}` },
        tool: { name: 'Casefile' },
        analyst: 'CLI Tester',
        snapshotNote: '',
        screenshot: { width: 1280, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
        pdf: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      expect(shown.webCapture.responseHeaders).toContainEqual(['Content-Type', 'text/html; charset=utf-8']);
      expect(shown.webCapture.screenshot.height).toBeGreaterThanOrEqual(800);
      // The page was fetched once by the capture, and its stylesheet by the browser, both through the proxy by name.
      expect(web.requests).toEqual(['/styled', '/style.css']);
      expect(socks.connects).toEqual([
        { host: 'casefile-capture.invalid', port, type: 'domain' },
        { host: 'casefile-capture.invalid', port, type: 'domain' },
      ]);

      const warcPath = path.join(dir, 'case.warc.gz');
      const exported = await json(library, 'export-warc', id, '--out', warcPath);
      expect(exported).toMatchObject({ captures: 1, path: warcPath });
      const response = (await readWarcResponse(fs.readFileSync(warcPath)))!;
      expect(response.payloadDigest).toBe(`sha256:${shown.originalSha256}`);
      expect(sha256Hex(response.payload)).toBe(shown.originalSha256);

      const verified = await json(library, 'verify');
      expect(verified.checks).toContainEqual({ name: 'web_captures', ok: true, problems: [] });
      expect(verified.ok).toBe(true);
    },
    240_000,
  );

  it('fails with a clear message, writing nothing, when the proxy is down', async () => {
    const web = await startWebServer();
    stops.push(web.close);
    const library = path.join(tempDir(), 'lib.casefile');
    await new Backend({ libraryPath: library }).close();
    const set = await json(library, 'network', 'socks5://127.0.0.1:1');
    expect(set).toEqual({ mode: 'socks5', proxy: '127.0.0.1:1' });
    const result = await casefile(library, 'capture', `${web.url}/article`);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/failed .*through the SOCKS5 proxy 127\.0\.0\.1:1 .*nothing was fetched directly/);
    expect(web.requests).toEqual([]);
    expect((await json(library, 'list', 'articles')).items).toEqual([]);
  }, 240_000);
});
