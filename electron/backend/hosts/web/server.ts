// The browser host: the same backend as the desktop app, reached over HTTP on 127.0.0.1 by the same
// renderer build. POST /api/invoke carries contract calls, GET /api/events streams backend events
// (server-sent events), everything else is the renderer's static files. Every /api request needs
// the per-launch token; every request must name us by loopback Host and come from our own Origin.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatMegabytes, MAX_REQUEST_BODY_BYTES } from '../../../../shared/contract/limits';
import { Backend } from '../../backend';
import { hostAllowed, newToken, originAllowed, SECURITY_HEADERS, TOKEN_HEADER, tokenMatches } from './security';
import { mimeType, resolveStaticFile } from './staticFiles';

const HEARTBEAT_MS = 15_000;
/** A request body trickling in (a slowloris) holds a socket and memory: 30 s of silence ends it. */
export const BODY_IDLE_MS = 30_000;

export interface WebHostOptions {
  libraryPath: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  userDataDir?: string | null;
  /** The renderer build (out/renderer). */
  staticDir: string;
  /** Overrides the library's analyst for this process (tests). */
  analyst?: string | null;
  /** Largest request body (default MAX_REQUEST_BODY_BYTES); tests lower it. */
  maxBodyBytes?: number;
  /** A body that sends nothing for this long is abandoned with 408 (default BODY_IDLE_MS). */
  bodyIdleTimeoutMs?: number;
  /** A rolling backup this often while the host runs (`npm run start:web`: daily); none when unset (tests). */
  backupEveryMs?: number | null;
  /** Open the library read-only even if it could be written (tests); an unwritable one always is. */
  readonly?: boolean;
}

export interface WebHost {
  /** The URL to open, token in the fragment so it never reaches a request line or a log. */
  url: string;
  origin: string;
  token: string;
  port: number;
  backend: Backend;
  /** How many pages are listening on the event stream (tests wait for one before sending events). */
  eventStreams(): number;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function sendError(res: http.ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function readBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  limits: { maxBytes: number; idleMs: number },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, `The request is larger than ${formatMegabytes(limits.maxBytes)}.`);
    // Answer and then drop the connection: the rest of the body (chunked, or lying about its
    // length) is never read.
    const refuse = (error: HttpError) => {
      clearTimeout(idle);
      req.removeAllListeners('data');
      req.pause();
      res.setHeader('Connection', 'close');
      res.once('finish', () => req.socket.destroy());
      reject(error);
    };
    let idle = setTimeout(
      () => refuse(new HttpError(408, 'The request body arrived too slowly and was abandoned.')),
      limits.idleMs,
    );
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limits.maxBytes) {
      refuse(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limits.maxBytes) {
        refuse(tooLarge());
        return;
      }
      chunks.push(chunk);
      clearTimeout(idle);
      idle = setTimeout(
        () => refuse(new HttpError(408, 'The request body arrived too slowly and was abandoned.')),
        limits.idleMs,
      );
    });
    req.on('end', () => {
      clearTimeout(idle);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (error) => {
      clearTimeout(idle);
      reject(error);
    });
  });
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  if (!fs.existsSync(`${options.staticDir}/index.html`)) {
    throw new Error(
      `The renderer is not built: ${options.staticDir}/index.html is missing. Run "npm run build" first.`,
    );
  }
  const backend = new Backend({
    libraryPath: options.libraryPath,
    userDataDir: options.userDataDir ?? null,
    analyst: options.analyst ?? null,
    backupEveryMs: options.backupEveryMs ?? null,
    ...(options.readonly ? { readonly: true } : {}),
  });
  const token = newToken();
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  async function invoke(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // A JSON content type cannot be sent cross-origin without a preflight, which we never approve.
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new HttpError(415, 'Calls must be sent as application/json.');
    }
    let call: { method?: unknown; input?: unknown };
    try {
      call = JSON.parse(
        await readBody(req, res, {
          maxBytes: options.maxBodyBytes ?? MAX_REQUEST_BODY_BYTES,
          idleMs: options.bodyIdleTimeoutMs ?? BODY_IDLE_MS,
        }),
      ) as typeof call;
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, 'The request body is not valid JSON.');
    }
    if (!call || typeof call !== 'object') throw new HttpError(400, 'The request body must be {"method", "input"}.');
    const envelope = await backend.dispatch(call.method, call.input);
    sendJson(res, 200, envelope);
  }

  function events(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const off = backend.onEvent((event, payload) => res.write(`data: ${JSON.stringify({ event, payload })}\n\n`));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const stop = () => {
      clearInterval(heartbeat);
      off();
      streams.delete(res);
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Only GET and HEAD are served here.');
    const file = resolveStaticFile(options.staticDir, pathname);
    if (!file) throw new HttpError(404, 'Not found.');
    const body = fs.readFileSync(file);
    // index.html names the hashed bundles, so it must never be cached; the bundles may be.
    const cache = file.endsWith('.html') ? 'no-store' : 'max-age=31536000, immutable';
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mimeType(file),
      'Content-Length': body.byteLength,
      'Cache-Control': cache,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port))
      throw new HttpError(403, 'This server answers only to 127.0.0.1 and localhost.');
    if (!originAllowed(req.headers.origin, port) || req.headers['sec-fetch-site'] === 'cross-site') {
      throw new HttpError(403, 'Cross-origin requests are refused.');
    }
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      if (!tokenMatches(token, req.headers[TOKEN_HEADER])) {
        sendError(
          res,
          401,
          'unauthorized',
          'The access token is missing or wrong. Open the URL the browser host printed.',
        );
        return;
      }
      if (pathname === '/api/invoke' && req.method === 'POST') return invoke(req, res);
      if (pathname === '/api/events' && req.method === 'GET') return events(req, res);
      throw new HttpError(404, `No API at ${req.method} ${pathname}.`);
    }
    serveStatic(req, res, pathname);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) sendError(res, error.status, 'invalid_input', error.message);
      else
        sendError(
          res,
          500,
          'internal',
          `The browser host failed: ${error instanceof Error ? error.message : String(error)}`,
        );
    });
  });
  // Uploads can take a while on a slow disk; the default 5-minute request timeout is fine, but
  // event streams must never time out.
  server.requestTimeout = 0;
  server.headersTimeout = 60_000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await backend.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    port,
    backend,
    eventStreams: () => streams.size,
    close() {
      closing ??= (async () => {
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await backend.close();
      })();
      return closing;
    },
  };
}
