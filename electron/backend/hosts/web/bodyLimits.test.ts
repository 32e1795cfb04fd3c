// Request bodies the browser host must not wait for or buffer: one sent slowly (a slowloris) is
// abandoned with 408, and a chunked body (no Content-Length) past the limit gets 413.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/tempLibrary';
import { startWebHost, type WebHost } from './server';

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start(options: { maxBodyBytes?: number; bodyIdleTimeoutMs?: number }): Promise<WebHost> {
  const dir = tempDir();
  const staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Casefile</title>');
  host = await startWebHost({
    libraryPath: path.join(dir, 'library.casefile'),
    staticDir,
    analyst: 'Test Analyst',
    ...options,
  });
  return host;
}

/** Opens a call and hands the request to `send`, which writes the body as it likes. */
function call(
  h: WebHost,
  headers: Record<string, string>,
  send: (req: http.ClientRequest) => void,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: h.port,
        path: '/api/invoke',
        method: 'POST',
        headers: {
          Host: `127.0.0.1:${h.port}`,
          'Content-Type': 'application/json',
          'X-Casefile-Token': h.token,
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', (error) =>
      String(error).includes('EPIPE') || String(error).includes('ECONNRESET') ? undefined : reject(error),
    );
    send(req);
  });
}

describe('browser host request bodies', () => {
  it('abandons a body that stops arriving, with 408', async () => {
    const h = await start({ bodyIdleTimeoutMs: 300 });
    const result = await call(h, { 'Content-Length': '1000' }, (req) => req.write('{"method": "library.info", '));
    expect(result.status).toBe(408);
    expect(JSON.parse(result.body)).toMatchObject({
      ok: false,
      error: { message: 'The request body arrived too slowly and was abandoned.' },
    });
  });

  it('answers 413 to a chunked body past the limit, without reading the rest', async () => {
    const h = await start({ maxBodyBytes: 64 * 1024 });
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    let keepSending = true;
    const result = await call(h, { 'Transfer-Encoding': 'chunked' }, (req) => {
      const pump = () => {
        while (keepSending && req.write(chunk)) {
          // write until the socket pushes back, then wait for drain
        }
        if (keepSending) req.once('drain', pump);
      };
      req.write('{"method": "library.info", "input": {}, "pad": "');
      pump();
    });
    keepSending = false;
    expect(result.status).toBe(413);
    expect(result.body).toMatch(/The request is larger than 0\.0625 MB/);
  });

  it('still carries an ordinary chunked call', async () => {
    const h = await start({ maxBodyBytes: 64 * 1024 });
    const result = await call(h, { 'Transfer-Encoding': 'chunked' }, (req) => {
      req.write('{"method": "library.info",');
      req.end(' "input": {}}');
    });
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ ok: true });
  });
});
