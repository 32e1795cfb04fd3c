// The desktop app's snapshot path from the backend's side: the backend asks "main" (here a stand-in
// speaking the same channel, since Electron's hidden window needs Electron's binary) and lends it
// the gatekeeper. The stand-in connects through the gatekeeper exactly as the window's session does
// (SOCKS5 to 127.0.0.1), so admission, refusal and clean-up are real.
import net from 'node:net';
import zlib from 'node:zlib';
import { SocksClient } from 'socks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SNAPSHOT_MAX_HEIGHT,
  SNAPSHOT_VIEWPORT,
  parseSnapshotToMain,
  type SnapshotRender,
  type SnapshotToBackend,
  type SnapshotToMain,
} from '../../../shared/contract/snapshotChannel';
import type { WebCaptureResult } from '../../../shared/contract/webCapture';
import { Backend } from '../backend';
import { findChromium } from '../browser/findChromium';
import { tempLibraryPath } from '../testing/tempLibrary';
import { askMainProcess, type MainChannel } from './snapshotter';
import { ARTICLE_HTML, startWebServer, type Loopback } from './testing/loopback';

/** A real PNG of the given size (one grey row repeated), as a window capture would be. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 200)]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An HTTP GET through the gatekeeper, as Chromium with `socks5://127.0.0.1:PORT` makes it. */
async function getThrough(proxyPort: number, host: string, port: number, path: string): Promise<string> {
  const { socket } = await SocksClient.createConnection({
    proxy: { host: '127.0.0.1', port: proxyPort, type: 5 },
    command: 'connect',
    destination: { host, port },
    timeout: 10_000,
  });
  return new Promise((resolve, reject) => {
    let text = '';
    socket.on('data', (data: Buffer) => (text += data.toString('latin1')));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\nConnection: close\r\n\r\n`);
  });
}

interface FakeMain {
  channel: MainChannel;
  received: SnapshotToMain[];
  renders: SnapshotRender[];
}

/** Main as the backend meets it; `onRender` plays the hidden window. */
function fakeMain(onRender: (request: SnapshotRender, main: MainEnd) => Promise<void>): FakeMain {
  const listeners: ((message: unknown) => void)[] = [];
  const received: SnapshotToMain[] = [];
  const renders: SnapshotRender[] = [];
  const admissions = new Map<number, () => void>();
  let nextRequest = 1;
  const end: MainEnd = {
    send: (message) => setImmediate(() => listeners.forEach((listener) => listener(structuredClone(message)))),
    admit: (id, host, port) =>
      new Promise((resolve) => {
        const requestId = nextRequest++;
        admissions.set(requestId, resolve);
        end.send({ type: 'snapshot.admit', id, requestId, host, port });
      }),
  };
  return {
    received,
    renders,
    channel: {
      onMessage: (listener) => listeners.push(listener),
      send: (raw) => {
        // What crosses the process boundary is a structured clone, validated as main validates it.
        const message = parseSnapshotToMain(structuredClone(raw));
        expect(message, JSON.stringify(raw)).not.toBeNull();
        received.push(message!);
        if (message!.type === 'snapshot.admitted') admissions.get(message!.requestId)?.();
        if (message!.type === 'snapshot.render') {
          renders.push(message!);
          void onRender(message!, end);
        }
      },
    },
  };
}

interface MainEnd {
  send(message: SnapshotToBackend): void;
  admit(id: number, host: string, port: number): Promise<void>;
}

let web: Loopback;
const backends: Backend[] = [];
beforeEach(async () => {
  web = await startWebServer({
    // A page far taller than any screenshot may be (an endless feed does this by scrolling).
    '/endless': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(ARTICLE_HTML.replace('</article>', '</article><div style="height:40000px"></div>'));
    },
  });
});
afterEach(async () => {
  while (backends.length) await backends.pop()!.close();
  await web.close();
});

async function capture(backend: Backend, input: Parameters<Backend['call']>[1] & object): Promise<WebCaptureResult> {
  const { jobId } = await backend.call('web.capture', input as never);
  const state = await backend.jobs.wait(jobId);
  if (state.status !== 'done') throw new Error(`capture job ${state.status}: ${state.error?.message}`);
  return state.result as WebCaptureResult;
}

function desktopBackend(main: FakeMain): Backend {
  const backend = new Backend({
    libraryPath: tempLibraryPath(),
    analyst: 'Test Analyst',
    snapshotter: askMainProcess(main.channel),
  });
  backends.push(backend);
  return backend;
}

describe('snapshots rendered by the desktop app’s main process', () => {
  it('stores the window’s PNG and PDF with the capture; the page’s requests pass the gatekeeper once admitted', async () => {
    const webPort = Number(new URL(web.url).port);
    const fetched: string[] = [];
    let refusedBeforeAdmission = '';
    const main = fakeMain(async (request, end) => {
      // The browser's own traffic, never announced: refused by the gatekeeper.
      refusedBeforeAdmission = await getThrough(request.proxyPort, '127.0.0.1', webPort, '/style.css').then(
        () => 'connected',
        (error: Error) => error.message,
      );
      // A request the page made: announced, admitted, then let through.
      await end.admit(request.id, '127.0.0.1', webPort);
      fetched.push(await getThrough(request.proxyPort, '127.0.0.1', webPort, '/style.css'));
      end.send({
        type: 'snapshot.result',
        id: request.id,
        ok: true,
        png: png(1280, 1900),
        pdf: Buffer.from('%PDF-1.7\n%%EOF\n'),
        width: 1280,
        height: 1900,
      });
    });
    const backend = desktopBackend(main);
    expect(await backend.call('web.snapshotEngine', {})).toEqual({
      available: true,
      engine: 'Casefile (a hidden, sandboxed window)',
    });

    const result = await capture(backend, { urls: [`${web.url}/styled`], snapshot: true, userAgent: 'CasefileTest/1' });
    expect(result.failed).toEqual([]);
    const id = result.captured[0]!.id;

    // Main was asked to render the captured bytes at the final URL, through the gatekeeper.
    expect(main.renders).toHaveLength(1);
    expect(main.renders[0]).toMatchObject({
      url: `${web.url}/styled`,
      status: 200,
      contentType: 'text/html; charset=utf-8',
      userAgent: 'CasefileTest/1',
      ignoreTlsErrors: false,
    });
    expect(Buffer.from(main.renders[0]!.body).toString()).toContain('<link rel="stylesheet" href="/style.css">');
    expect(refusedBeforeAdmission).toMatch(/not allowed|rejected|refused/i);
    expect(fetched[0]).toMatch(/^HTTP\/1\.1 200/);
    // The page was fetched once by the capture; the stylesheet once, after its admission.
    expect(web.requests).toEqual(['/styled', '/style.css']);

    const stored = (await backend.call('web.getCapture', { articleId: id }))!;
    expect(stored.snapshotNote).toBe('');
    expect(stored.screenshot).toMatchObject({ width: 1280, height: 1900 });
    const shot = await backend.call('web.snapshot', { articleId: id, kind: 'screenshot' });
    expect(Buffer.from(shot.bytesBase64, 'base64').equals(png(1280, 1900))).toBe(true);
    const pdf = await backend.call('web.snapshot', { articleId: id, kind: 'pdf' });
    expect(Buffer.from(pdf.bytesBase64, 'base64').toString()).toMatch(/^%PDF-/);

    // The gatekeeper is gone with the render.
    const gone = await new Promise<string>((resolve) => {
      const socket = net.connect(main.renders[0]!.proxyPort, '127.0.0.1');
      socket.on('connect', () => (socket.destroy(), resolve('open')));
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(gone).toBe('ECONNREFUSED');
  });

  it('keeps the capture, text-only with the reason, when the window could not render', async () => {
    const main = fakeMain(async (request, end) =>
      end.send({ type: 'snapshot.result', id: request.id, ok: false, message: 'net::ERR_PROXY_CONNECTION_FAILED' }),
    );
    const backend = desktopBackend(main);
    const result = await capture(backend, { urls: [`${web.url}/article`], snapshot: true });
    const stored = (await backend.call('web.getCapture', { articleId: result.captured[0]!.id }))!;
    expect(stored.screenshot).toBeNull();
    expect(stored.snapshotNote).toBe(
      'The browser could not render the page (net::ERR_PROXY_CONNECTION_FAILED): the capture is text-only.',
    );
    expect(result.captured[0]!.warnings).toContain(stored.snapshotNote);
  });

  it('refuses an answer that is not a PNG', async () => {
    const main = fakeMain(async (request, end) =>
      end.send({
        type: 'snapshot.result',
        id: request.id,
        ok: true,
        png: Buffer.from('GIF89a not a png at all'),
        pdf: Buffer.from('%PDF-1.7'),
        width: 1280,
        height: 800,
      }),
    );
    const backend = desktopBackend(main);
    const result = await capture(backend, { urls: [`${web.url}/article`], snapshot: true });
    const stored = (await backend.call('web.getCapture', { articleId: result.captured[0]!.id }))!;
    expect(stored.screenshot).toBeNull();
    expect(stored.snapshotNote).toMatch(/a screenshot that is not a PNG/);
  });

  it('tells main to stop when the capture is cancelled, and stores nothing', async () => {
    const main = fakeMain(async () => undefined); // the window never finishes
    const backend = desktopBackend(main);
    const { jobId } = await backend.call('web.capture', { urls: [`${web.url}/article`], snapshot: true });
    // The page is fetched before it is rendered: on a loaded machine that can take seconds.
    await expect.poll(() => main.renders.length, { timeout: 60_000 }).toBe(1);
    await backend.call('jobs.cancel', { jobId });
    const state = await backend.jobs.wait(jobId);
    expect(state.status).toBe('cancelled');
    expect(main.received.map((m) => m.type)).toEqual(['snapshot.render', 'snapshot.cancel']);
    expect(main.received[1]).toEqual({ type: 'snapshot.cancel', id: main.renders[0]!.id });
    expect((await backend.call('articles.list', { offset: 0, limit: 10 })).items).toEqual([]);
  });
});

describe('snapshots rendered by playwright-core (browser host, CLI)', () => {
  it.skipIf(!findChromium())(
    'stop an endless page at the cap both paths share',
    async () => {
      const backend = new Backend({ libraryPath: tempLibraryPath(), analyst: 'Test Analyst' });
      backends.push(backend);
      expect((await backend.call('web.snapshotEngine', {})).engine).toBe(findChromium());
      const result = await capture(backend, { urls: [`${web.url}/endless`], snapshot: true });
      const stored = (await backend.call('web.getCapture', { articleId: result.captured[0]!.id }))!;
      expect(stored.snapshotNote).toBe('');
      expect(stored.screenshot).toMatchObject({ width: SNAPSHOT_VIEWPORT.width, height: SNAPSHOT_MAX_HEIGHT });
    },
    240_000,
  );
});
