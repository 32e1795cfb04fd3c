// Servers the capture tests start on 127.0.0.1 only: a web server with the pages an analyst (and an
// attacker) will meet, the same over HTTPS with a self-signed certificate made for the test, and a
// SOCKS5 proxy that connects only to loopback and records every CONNECT it is asked for. Every
// server closes its sockets and timers when the test stops it.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { generate } from 'selfsigned';
import { makePdf } from '../../testing/makePdf';

export const ARTICLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Masks smuggled via Hyesan</title>
<meta property="og:site_name" content="Loopback Daily"><meta name="author" content="Jane Roe"></head>
<body><article><h1>Masks smuggled via Hyesan</h1>
<p>On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks and Japanese-made electronic appliances through a Hyesan customs office.</p>
<p>A source in Ryanggang Province said the goods were paid for in US dollars and Chinese yuan, and that the shipment crossed at night.</p>
<p>혜산 세관을 통해 마스크가 밀수되었다고 소식통이 전했다. This paragraph is long enough for Readability to keep the article.</p>
</article></body></html>`;

export interface Loopback {
  url: string;
  /** Every request path the server saw, in order. */
  requests: string[];
  close(): Promise<void>;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

function routes(base: () => string, timers: Set<NodeJS.Timeout>): Record<string, Handler> {
  let changing = 0;
  const html =
    (body: string, type = 'text/html; charset=utf-8'): Handler =>
    (_req, res) => {
      res.writeHead(200, { 'Content-Type': type, 'Set-Cookie': 'tracker=1' });
      res.end(body);
    };
  const redirect =
    (status: number, location: string | (() => string)): Handler =>
    (_req, res) => {
      res.writeHead(status, { Location: typeof location === 'string' ? location : location() });
      res.end();
    };
  return {
    '/article': html(ARTICLE_HTML),
    '/redirect/1': redirect(302, '/redirect/2'),
    '/redirect/2': redirect(301, () => `${base()}/article`),
    '/loop-a': redirect(302, '/loop-b'),
    '/loop-b': redirect(302, '/loop-a'),
    '/to-ftp': redirect(302, 'ftp://127.0.0.1/file.txt'),
    '/to-file': redirect(302, 'file:///etc/passwd'),
    '/doc.pdf': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/pdf' });
      res.end(
        makePdf([['Loopback PDF page one', 'Kimbongsokyong Trading Company'], ['Page two of the loopback PDF']], {
          title: 'Loopback report',
        }),
      );
    },
    '/lying-pdf': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(makePdf([['A PDF served as text/html']]));
    },
    '/lying-image': html(
      ARTICLE_HTML.replace('Masks smuggled via Hyesan</title>', 'Served as an image</title>'),
      'image/png',
    ),
    '/binary': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    },
    '/bomb': (_req, res) => {
      // 40 MB of zeros in about 40 KB: past the 32 MB limit for pages once decompressed.
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
      res.end(zlib.gzipSync(Buffer.alloc(40 * 1024 * 1024, 0x20)));
    },
    '/gzipped': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' });
      res.end(zlib.gzipSync(ARTICLE_HTML));
    },
    '/declared-huge': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(64 * 1024 * 1024) });
      res.write('<html>');
      // The client hangs up on reading the header; the rest is never sent.
    },
    '/slow': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<html><body><p>');
      const timer = setInterval(() => res.write('still going '), 100);
      timers.add(timer);
      res.on('close', () => {
        clearInterval(timer);
        timers.delete(timer);
      });
    },
    '/changing': (_req, res) => {
      changing++;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(ARTICLE_HTML.replace('said the goods', `said (version ${changing > 1 ? 2 : 1}) the goods`));
    },
    // A page that loads a stylesheet: the rendered snapshot must fetch it through the same route.
    '/styled': html(ARTICLE_HTML.replace('</head>', '<link rel="stylesheet" href="/style.css"></head>')),
    '/style.css': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/css' });
      res.end('body{background:#fdf6e3;font-family:sans-serif}h1{color:#268bd2}');
    },
    '/not-found': (_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html' });
      res.end(
        '<html><body><p>Nothing here, said the server, in a page long enough to be read as an article by Readability at all.</p></body></html>',
      );
    },
  };
}

function listen(
  server: http.Server | https.Server,
  timers: Set<NodeJS.Timeout>,
  scheme: string,
  requests: string[],
): Promise<Loopback> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const url = `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({
        url,
        requests,
        close: () =>
          new Promise<void>((done) => {
            timers.forEach((t) => clearInterval(t));
            sockets.forEach((s) => s.destroy());
            server.close(() => done());
          }),
      });
    });
  });
}

function handlerFor(table: Record<string, Handler>, requests: string[], extra: Record<string, Handler>): Handler {
  return (req, res) => {
    requests.push(req.url ?? '');
    const route = extra[req.url ?? ''] ?? table[req.url ?? ''];
    if (route) route(req, res);
    else {
      res.writeHead(404);
      res.end();
    }
  };
}

export async function startWebServer(extra: Record<string, Handler> = {}): Promise<Loopback> {
  const timers = new Set<NodeJS.Timeout>();
  const requests: string[] = [];
  let base = '';
  const server = http.createServer(
    handlerFor(
      routes(() => base, timers),
      requests,
      extra,
    ),
  );
  const loopback = await listen(server, timers, 'http', requests);
  base = loopback.url;
  return loopback;
}

export interface TlsLoopback extends Loopback {
  /** The self-signed certificate (PEM) to trust for this test only. */
  certificate: string;
}

export async function startTlsServer(): Promise<TlsLoopback> {
  const pems = await generate([{ name: 'commonName', value: 'casefile-test.localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'casefile-test.localhost' },
        ],
      },
    ],
  } as never);
  const timers = new Set<NodeJS.Timeout>();
  const requests: string[] = [];
  let base = '';
  const server = https.createServer(
    { key: pems.private, cert: pems.cert },
    handlerFor(
      routes(() => base, timers),
      requests,
      {},
    ),
  );
  const loopback = await listen(server, timers, 'https', requests);
  base = loopback.url;
  return { ...loopback, certificate: pems.cert };
}

export interface SocksProxy {
  port: number;
  /** Every CONNECT asked for: the address as the client sent it (a name when it resolves remotely). */
  connects: { host: string; port: number; type: 'ipv4' | 'domain' | 'ipv6' }[];
  close(): Promise<void>;
}

/**
 * A SOCKS5 proxy (RFC 1928, no authentication, CONNECT only) for tests. Names are "resolved" by
 * the proxy to 127.0.0.1, and any other destination is refused: it never reaches off the machine.
 */
export function startSocksProxy(): Promise<SocksProxy> {
  const connects: SocksProxy['connects'] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.once('data', (greeting) => {
      if (greeting[0] !== 5) return client.destroy();
      client.write(Buffer.from([5, 0]));
      client.once('data', (request) => {
        const type = request[3];
        let host: string;
        let offset: number;
        let kind: SocksProxy['connects'][number]['type'];
        if (type === 1) {
          host = [...request.subarray(4, 8)].join('.');
          offset = 8;
          kind = 'ipv4';
        } else if (type === 3) {
          const length = request[4]!;
          host = request.subarray(5, 5 + length).toString('latin1');
          offset = 5 + length;
          kind = 'domain';
        } else {
          host = '::';
          offset = 20;
          kind = 'ipv6';
        }
        const port = request.readUInt16BE(offset);
        connects.push({ host, port, type: kind });
        const target = kind === 'domain' || host === '127.0.0.1' ? '127.0.0.1' : null;
        if (request[1] !== 1 || !target) {
          client.end(Buffer.from([5, 2, 0, 1, 0, 0, 0, 0, 0, 0]));
          return;
        }
        const upstream = net.connect(port, target, () => {
          client.write(Buffer.from([5, 0, 0, 1, 127, 0, 0, 1, 0, 0]));
          upstream.pipe(client);
          client.pipe(upstream);
        });
        sockets.add(upstream);
        upstream.on('close', () => {
          sockets.delete(upstream);
          client.destroy();
        });
        upstream.on('error', () => client.end(Buffer.from([5, 5, 0, 1, 0, 0, 0, 0, 0, 0])));
      });
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        connects,
        close: () =>
          new Promise<void>((done) => {
            sockets.forEach((s) => s.destroy());
            server.close(() => done());
          }),
      });
    });
  });
}

/** A port on loopback with nothing listening: a proxy that is down. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
