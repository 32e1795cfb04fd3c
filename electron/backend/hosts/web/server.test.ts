// The browser host over real HTTP: a real library in a temp folder, a real (tiny) static folder.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/tempLibrary';
import { APP_CONTENT_SECURITY_POLICY } from '../../../../shared/contract/contentSecurityPolicy';
import { CONTENT_SECURITY_POLICY, hostAllowed, originAllowed, tokenMatches } from './security';
import { startWebHost, type WebHost } from './server';
import { mimeType, resolveStaticFile } from './staticFiles';

let host: WebHost;
let staticDir: string;
let secretFile: string;

beforeEach(async () => {
  const dir = tempDir();
  staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Casefile</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  secretFile = path.join(dir, 'secret.txt');
  fs.writeFileSync(secretFile, 'not for the browser');
  host = await startWebHost({ libraryPath: path.join(dir, 'library.casefile'), staticDir, analyst: 'Test Analyst' });
});

afterEach(async () => {
  await host.close();
});

/** A raw request, so tests control every header (fetch would set Host and Origin itself). */
function request(options: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const invoke = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  request({
    path: '/api/invoke',
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Casefile-Token': host.token, ...headers },
    body: JSON.stringify({ method, input }),
  });

describe('the browser host', () => {
  it('prints a loopback URL with the token in the fragment', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
    expect(host.url.endsWith(host.token)).toBe(true);
  });

  it('carries a contract call: create an article and read it back', async () => {
    const created = await invoke('articles.createFromText', { text: 'Hyesan customs office', title: 'T' });
    expect(created.status).toBe(200);
    const envelope = JSON.parse(created.body) as {
      ok: true;
      value: { article: { id: string; originalSha256: string } };
    };
    expect(envelope.ok).toBe(true);
    const read = JSON.parse((await invoke('articles.get', { id: envelope.value.article.id })).body) as {
      ok: true;
      value: { text: string };
    };
    expect(read.value.text).toBe('Hyesan customs office');
  });

  it('returns the backend’s error envelope for a bad call', async () => {
    const response = await invoke('articles.get', { id: 'nope' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses /api calls without the token or with a wrong one', async () => {
    expect((await invoke('library.info', {}, { 'X-Casefile-Token': '' })).status).toBe(401);
    const wrong = await invoke('library.info', {}, { 'X-Casefile-Token': `${host.token.slice(0, -1)}x` });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await request({ path: '/api/events' })).status).toBe(401);
  });

  it('refuses a Host header that is not 127.0.0.1 or localhost with our port (DNS rebinding)', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`]) {
      expect((await invoke('library.info', {}, { Host: hostHeader })).status, hostHeader).toBe(403);
      expect((await request({ path: '/', headers: { Host: hostHeader } })).status, hostHeader).toBe(403);
    }
    expect((await invoke('library.info', {}, { Host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses cross-origin requests even with the token', async () => {
    expect((await invoke('library.info', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await invoke('library.info', {}, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses calls that are not JSON, and bodies over the limit', async () => {
    const form = await request({
      path: '/api/invoke',
      method: 'POST',
      headers: { 'X-Casefile-Token': host.token, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const huge = await request({
      path: '/api/invoke',
      method: 'POST',
      headers: {
        'X-Casefile-Token': host.token,
        'Content-Type': 'application/json',
        'Content-Length': String(200 * 1024 * 1024),
      },
    }).catch(() => ({ status: 413 }));
    expect(huge.status).toBe(413);
  });

  it('serves the renderer with the right types and a strict CSP', async () => {
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    // The desktop app sends the same shared definition (electron/main/security.test.ts checks that side).
    expect(CONTENT_SECURITY_POLICY).toBe(APP_CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    const script = await request({ path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await request({ path: '/missing.js' })).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00index.html',
      `/${encodeURIComponent(secretFile)}`,
    ]) {
      const response = await request({ path: attempt });
      expect(response.status, attempt).toBe(404);
      expect(response.body).not.toContain('not for the browser');
    }
  });

  it('streams backend events to a tokened listener', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/events',
          headers: { Host: `127.0.0.1:${host.port}`, 'X-Casefile-Token': host.token },
        },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
            if (text.includes('library.changed')) {
              req.destroy();
              resolve(text);
            }
          });
          void invoke('articles.createFromText', { text: 'an event please' });
        },
      );
      req.on('error', reject);
    });
    expect(received).toMatch(
      /data: \{"event":"library.changed","payload":\{"kinds":\["article","source","watch"\]\}\}\n\n/,
    );
  });
});

describe('security helpers', () => {
  it('compares tokens in constant time and rejects absent ones', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abd')).toBe(false);
    expect(tokenMatches('abc', undefined)).toBe(false);
    expect(tokenMatches('abc', ['abc'])).toBe(false);
  });

  it('accepts only loopback hosts and our own origin', () => {
    expect(hostAllowed('LOCALHOST:80', 80)).toBe(true);
    expect(hostAllowed('127.0.0.1.nip.io:80', 80)).toBe(false);
    expect(originAllowed(undefined, 80)).toBe(true);
    expect(originAllowed('null', 80)).toBe(false);
    expect(originAllowed('http://localhost:80', 80)).toBe(true);
  });

  it('knows the MIME types of a Vite build', () => {
    expect(mimeType('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('a.unknown')).toBe('application/octet-stream');
  });

  it('resolves folders to index.html and nothing outside the root', () => {
    expect(resolveStaticFile(staticDir, '/')).toBe(fs.realpathSync(path.join(staticDir, 'index.html')));
    expect(resolveStaticFile(staticDir, '/../secret.txt')).toBeNull();
  });
});
