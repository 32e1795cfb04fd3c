// One web capture's network exchange, on node:http/https so every fact a court asks about is at
// hand: each redirect hop, the socket's remote address, the TLS protocol and the certificate chain.
// No cookies are sent or kept; redirects are followed by hand (at most 10, never to another
// scheme); the body is read against a size limit, decompressed against the same limit, and the
// whole exchange has one deadline, so a hostile server can neither flood nor stall a capture.
import http from 'node:http';
import https from 'node:https';
import { checkServerIdentity, type DetailedPeerCertificate, type TLSSocket } from 'node:tls';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { ContractError } from '../../../shared/contract/errors';
import type { z } from 'zod';
import type { Certificate, NetworkSetting, WebProvenance } from '../../../shared/contract/webCapture';
import { agentFor, describeRoute } from './network';
import { checkRedirect } from './url';

export const MAX_REDIRECTS = 10;

export interface FetchOptions {
  route: NetworkSetting;
  userAgent: string;
  /** Store a capture whose certificate fails validation, recording why. */
  captureAnyway: boolean;
  timeoutMs: number;
  signal: AbortSignal;
  /** Most bytes to accept for a response declaring this media type (after decompression). */
  limitFor(mediaType: string): number;
  /** Extra trusted roots (tests trust their own self-signed certificate this way, for that test only). */
  ca?: string[] | undefined;
}

export type FetchedFacts = Omit<WebProvenance, 'tool' | 'analyst' | 'detectedMediaType' | 'finishedAt'> & {
  finishedAt: string;
};

export interface Fetched {
  facts: FetchedFacts;
  /** The response's entity body: exactly the bytes the server sent, with Content-Encoding undone. */
  body: Buffer;
}

type Header = [string, string];

function pairs(raw: string[]): Header[] {
  const out: Header[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i]!, raw[i + 1]!]);
  return out;
}

function header(headers: Header[], name: string): string {
  return headers.find(([k]) => k.toLowerCase() === name)?.[1] ?? '';
}

const TLS_ERRORS = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'HOSTNAME_MISMATCH',
]);

function networkError(error: NodeJS.ErrnoException, url: URL, route: NetworkSetting): ContractError {
  const code = error.code ?? '';
  if (TLS_ERRORS.has(code)) {
    return new ContractError(
      'invalid_input',
      `${url.host}: the TLS certificate failed validation (${code}: ${error.message}). The capture was refused; choose "capture anyway" to store it with the failure recorded.`,
      { tlsError: code },
    );
  }
  if (route.mode !== 'direct') {
    return new ContractError(
      'io_error',
      `${url.href} could not be fetched through the ${describeRoute(route)} (${code || error.message}). Check that the proxy is running; nothing was fetched directly and nothing was stored.`,
    );
  }
  return new ContractError(
    'io_error',
    `${url.href} could not be fetched (${code ? `${code}: ` : ''}${error.message}). Nothing was stored.`,
  );
}

function certificateChain(socket: TLSSocket): z.infer<typeof Certificate>[] {
  const chain: z.infer<typeof Certificate>[] = [];
  let cert = socket.getPeerCertificate(true) as DetailedPeerCertificate | undefined;
  const seen = new Set<string>();
  while (cert && cert.fingerprint256 && !seen.has(cert.fingerprint256) && chain.length < 20) {
    seen.add(cert.fingerprint256);
    const name = (n: Record<string, string | string[]> | undefined) =>
      Object.entries(n ?? {})
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
        .join(', ');
    chain.push({
      subject: name(cert.subject as never),
      issuer: name(cert.issuer as never),
      validFrom: cert.valid_from,
      validTo: cert.valid_to,
      serialNumber: cert.serialNumber,
      sha256Fingerprint: cert.fingerprint256,
    });
    cert = cert.issuerCertificate;
  }
  return chain;
}

interface Exchange {
  response: http.IncomingMessage;
  remote: WebProvenance['remote'];
  tls: WebProvenance['tls'];
}

/** Sends one GET and resolves with the response head; the body is still to be read. */
async function exchange(
  url: URL,
  requestHeaders: Header[],
  options: FetchOptions,
  signal: AbortSignal,
): Promise<Exchange> {
  const rejectUnauthorized = !options.captureAnyway;
  const agent = await agentFor(options.route);
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(url, {
      method: 'GET',
      headers: Object.fromEntries(requestHeaders),
      // A fresh socket each time: no pooled connection carries one capture's state into another.
      agent: agent ?? false,
      rejectUnauthorized,
      ...(options.ca && { ca: options.ca }),
      signal,
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (signal.aborted)
        reject(signal.reason instanceof ContractError ? signal.reason : new ContractError('cancelled', 'Cancelled.'));
      else reject(networkError(error, url, options.route));
    });
    request.on('response', (response) => {
      const socket = response.socket;
      const remote = socket.remoteAddress
        ? { address: socket.remoteAddress, port: socket.remotePort ?? 0, family: socket.remoteFamily ?? '' }
        : null;
      let tls: WebProvenance['tls'] = null;
      if ('getPeerCertificate' in socket) {
        const secure = socket as TLSSocket;
        const certificates = certificateChain(secure);
        let authorizationError = secure.authorizationError ? String(secure.authorizationError) : '';
        // Without validation Node skips the host-name check too; do it here so the record says.
        const leaf = secure.getPeerCertificate();
        const identity = leaf && Object.keys(leaf).length ? checkServerIdentity(url.hostname, leaf) : undefined;
        if (identity) authorizationError = [authorizationError, identity.message].filter(Boolean).join('; ');
        tls = {
          protocol: secure.getProtocol() ?? '',
          cipher: secure.getCipher()?.name ?? '',
          authorized: secure.authorized && !identity,
          authorizationError,
          certificates,
        };
      }
      resolve({ response, remote, tls });
    });
    request.end();
  });
}

function decoderFor(encoding: string): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch (encoding) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new ContractError(
        'unsupported_format',
        `The server compressed the page with "${encoding}", which Casefile cannot decode. Nothing was stored.`,
      );
  }
}

/** Reads the body, stopping (not buffering) as soon as it passes `limit`, raw or decompressed. */
async function readBody(response: http.IncomingMessage, encoding: string, limit: number, url: URL): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    response.destroy();
    throw new ContractError(
      'invalid_input',
      `${url.href} announces ${declared.toLocaleString('en')} bytes, over the ${limit.toLocaleString('en')}-byte limit for this kind of document; nothing was downloaded or stored.`,
    );
  }
  const decoder = decoderFor(encoding);
  let raw = 0;
  response.on('data', (chunk: Buffer) => {
    raw += chunk.byteLength;
    if (raw > limit)
      response.destroy(
        new ContractError(
          'invalid_input',
          `${url.href} sent more than ${limit.toLocaleString('en')} bytes, the limit for this kind of document; the download was stopped and nothing was stored.`,
        ),
      );
  });
  const stream: Readable = decoder ? response.pipe(decoder) : response;
  if (decoder) response.on('error', (error) => decoder.destroy(error));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > limit) {
        response.destroy();
        throw new ContractError(
          'invalid_input',
          `${url.href} decompresses (${encoding}) to more than ${limit.toLocaleString('en')} bytes from ${raw.toLocaleString('en')} sent: a compression bomb. It was stopped and nothing was stored.`,
        );
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof ContractError) throw error;
    if (
      (error as NodeJS.ErrnoException).code?.startsWith('Z_') ||
      (error as NodeJS.ErrnoException).code === 'ERR__ERROR'
    ) {
      throw new ContractError(
        'invalid_input',
        `${url.href}: the ${encoding}-compressed body is corrupt (${(error as Error).message}). Nothing was stored.`,
      );
    }
    throw error;
  }
  return Buffer.concat(chunks, size);
}

/** Fetches `start`, following redirects, and returns the final response's bytes and every fact about the exchange. */
export async function fetchWithProvenance(start: URL, options: FetchOptions): Promise<Fetched> {
  const startedAt = new Date().toISOString();
  const deadline = new AbortController();
  const timer = setTimeout(
    () =>
      deadline.abort(
        new ContractError(
          'io_error',
          `${start.href} did not finish within ${Math.round(options.timeoutMs / 1000)} s (a body that never ends, or a stalled server). It was stopped and nothing was stored.`,
        ),
      ),
    options.timeoutMs,
  );
  const onCancel = () => deadline.abort(new ContractError('cancelled', 'Cancelled.'));
  if (options.signal.aborted) onCancel();
  options.signal.addEventListener('abort', onCancel);
  const stopReason = () =>
    deadline.signal.reason instanceof ContractError
      ? deadline.signal.reason
      : new ContractError('cancelled', 'Cancelled.');
  try {
    const requestHeaders: Header[] = [
      ['User-Agent', options.userAgent],
      ['Accept', 'text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5'],
      // The exact bytes are the evidence: ask for them uncompressed (a server may compress anyway).
      ['Accept-Encoding', 'identity'],
    ];
    const hops: WebProvenance['hops'] = [];
    const visited = new Set<string>();
    let url = start;
    for (;;) {
      visited.add(url.href);
      const { response, remote, tls } = await exchange(url, requestHeaders, options, deadline.signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        response.destroy();
        hops.push({ url: url.href, status, location });
        const next = checkRedirect(url, location);
        if (visited.has(next.href)) {
          throw new ContractError(
            'invalid_input',
            `${start.href} redirects in a loop (${[...hops.map((h) => h.url), next.href].join(' → ')}). Nothing was stored.`,
          );
        }
        if (hops.length >= MAX_REDIRECTS) {
          throw new ContractError(
            'invalid_input',
            `${start.href} redirected more than ${MAX_REDIRECTS} times; Casefile stops there. Nothing was stored.`,
          );
        }
        url = next;
        continue;
      }
      const responseHeaders = pairs(response.rawHeaders);
      const declaredContentType = header(responseHeaders, 'content-type');
      const contentEncoding = header(responseHeaders, 'content-encoding').trim().toLowerCase();
      const limit = options.limitFor(declaredContentType.split(';')[0]!.trim().toLowerCase());
      const body = await readBody(response, contentEncoding, limit, url).catch((error: unknown) => {
        throw deadline.signal.aborted ? stopReason() : error;
      });
      const warnings: string[] = [];
      if (contentEncoding && contentEncoding !== 'identity')
        warnings.push(
          `The server compressed the response (${contentEncoding}) although asked not to; the original is the decompressed body.`,
        );
      if (tls && !tls.authorized)
        warnings.push(
          `The TLS certificate failed validation (${tls.authorizationError || 'untrusted'}); captured anyway at the analyst's request.`,
        );
      if (status >= 400)
        warnings.push(
          `The server answered ${status} ${response.statusMessage ?? ''}: this is an error page, not the page asked for.`.replace(
            ' :',
            ':',
          ),
        );
      return {
        body,
        facts: {
          requestedUrl: start.href,
          finalUrl: url.href,
          status,
          statusText: response.statusMessage ?? '',
          httpVersion: response.httpVersion,
          request: { method: 'GET', url: url.href, headers: requestHeaders },
          hops,
          responseHeaders,
          remote,
          tls,
          route: {
            mode: options.route.mode,
            proxy: options.route.proxy,
            description: describeRoute(options.route),
            exit:
              options.route.mode === 'direct'
                ? remote
                  ? `${remote.address}:${remote.port}`
                  : ''
                : options.route.proxy,
          },
          startedAt,
          finishedAt: new Date().toISOString(),
          declaredContentType,
          contentEncoding,
          warnings,
        },
      };
    }
  } catch (error) {
    if (deadline.signal.aborted && !(error instanceof ContractError && error.code === 'invalid_input'))
      throw stopReason();
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onCancel);
  }
}
