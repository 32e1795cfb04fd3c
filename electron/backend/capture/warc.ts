// The capture as a WARC/1.1 file (ISO 28500), written with warcio (Webrecorder's library): a
// warcinfo record naming the tool and analyst, the request, the response carrying the original
// bytes, and a metadata record with the redirect hops, the TLS certificate chain and the route.
// Each record is its own gzip member, so a case's WARCs concatenate into one valid .warc.gz that
// standard web-archive tools replay.
import { WARCParser, WARCRecord, WARCSerializer } from 'warcio';
import type { WebProvenance } from '../../../shared/contract/webCapture';

/** Digests as `sha256:<hex>`, so the response's payload digest reads the same as the original's SHA-256. */
const DIGEST = { algo: 'sha-256', prefix: 'sha256:', base32: false } as const;

/** Headers that describe the bytes on the wire rather than the payload we store decoded. */
const WIRE_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length']);

function statusLine(p: WebProvenance): string {
  return `HTTP/${p.httpVersion || '1.1'} ${p.status} ${p.statusText}`.trimEnd();
}

export async function buildWarc(p: WebProvenance, body: Uint8Array): Promise<Uint8Array> {
  const date = p.finishedAt;
  const serialize = (record: WARCRecord) => WARCSerializer.serialize(record, { gzip: true, digest: DIGEST });
  const warcinfo = WARCRecord.createWARCInfo(
    { filename: 'capture.warc.gz', date, warcVersion: 'WARC/1.1' },
    {
      software: `${p.tool.name} ${p.tool.version}`,
      format: 'WARC File Format 1.1',
      conformsTo: 'http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
      'http-header-user-agent': p.tool.userAgent,
      operator: p.analyst,
      'casefile-route': p.route.description,
    },
  );
  const finalUrl = new URL(p.finalUrl);
  const response = WARCRecord.create(
    {
      url: p.finalUrl,
      date,
      type: 'response',
      warcVersion: 'WARC/1.1',
      keepHeadersCase: true,
      statusline: statusLine(p),
      httpHeaders: [
        ...p.responseHeaders.filter(([k]) => !WIRE_HEADERS.has(k.toLowerCase())),
        ...p.responseHeaders
          .filter(([k]) => k.toLowerCase() === 'content-encoding')
          .map(([, v]): [string, string] => ['X-Casefile-Original-Content-Encoding', v]),
        ['Content-Length', String(body.byteLength)],
      ],
      warcHeaders: {
        ...(p.remote && { 'WARC-IP-Address': p.remote.address }),
      },
    },
    [body],
  );
  const responseId = response.warcHeaders.headers.get('WARC-Record-ID') ?? '';
  const request = WARCRecord.create(
    {
      url: p.finalUrl,
      date,
      type: 'request',
      warcVersion: 'WARC/1.1',
      keepHeadersCase: true,
      statusline: `GET ${finalUrl.pathname}${finalUrl.search} HTTP/1.1`,
      httpHeaders: [['Host', finalUrl.host], ...p.request.headers],
      warcHeaders: { 'WARC-Concurrent-To': responseId },
    },
    [],
  );
  const metadata = WARCRecord.create(
    {
      url: p.finalUrl,
      date,
      type: 'metadata',
      warcVersion: 'WARC/1.1',
      warcHeaders: { 'WARC-Refers-To': responseId, 'Content-Type': 'application/json' },
    },
    [
      new TextEncoder().encode(
        JSON.stringify(
          {
            requestedUrl: p.requestedUrl,
            hops: p.hops,
            remote: p.remote,
            tls: p.tls,
            route: p.route,
            startedAt: p.startedAt,
            finishedAt: p.finishedAt,
            declaredContentType: p.declaredContentType,
            detectedMediaType: p.detectedMediaType,
            warnings: p.warnings,
          },
          null,
          2,
        ),
      ),
    ],
  );
  const parts = [
    await serialize(warcinfo),
    await serialize(request),
    await serialize(response),
    await serialize(metadata),
  ];
  return Buffer.concat(parts);
}

/** The response record's payload and its declared payload digest (for verify and tests). */
export async function readWarcResponse(
  warc: Uint8Array,
): Promise<{ payload: Uint8Array; payloadDigest: string; types: string[] } | null> {
  const types: string[] = [];
  let found: { payload: Uint8Array; payloadDigest: string } | null = null;
  for await (const record of WARCParser.iterRecords([warc])) {
    types.push(record.warcType ?? '');
    if (record.warcType === 'response' && !found) {
      found = { payload: await record.readFully(false), payloadDigest: record.warcPayloadDigest ?? '' };
    }
  }
  return found ? { ...found, types } : null;
}
