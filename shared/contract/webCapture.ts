// Web capture (issue 16): the network setting, the capture request, and the provenance a capture
// records, the one shape the backend stores, the contract returns, `casefile show` prints and the
// case file carries.
import { z } from 'zod';
import { ArticleMetadataInput, Id, Sha256, Timestamp } from './schemas';

export const NETWORK_MODES = ['direct', 'http', 'https', 'socks5'] as const;
/** How captures reach the web: direct, an HTTP(S) proxy, or SOCKS5 with the proxy resolving names. */
export const NetworkSetting = z
  .strictObject({
    mode: z.enum(NETWORK_MODES),
    /** HOST:PORT of the proxy; '' for direct. */
    proxy: z
      .string()
      .max(300)
      .regex(/^$|^[^\s/]+:\d{1,5}$/, 'must be HOST:PORT, e.g. 127.0.0.1:9050'),
  })
  .refine((s) => (s.mode === 'direct') === (s.proxy === ''), {
    message: 'a proxy mode needs HOST:PORT; direct takes none',
  });
export type NetworkSetting = z.infer<typeof NetworkSetting>;

const Header = z.tuple([z.string(), z.string()]);

export const Certificate = z.object({
  subject: z.string(),
  issuer: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  serialNumber: z.string(),
  sha256Fingerprint: z.string(),
});

export const WebProvenance = z.object({
  requestedUrl: z.string(),
  finalUrl: z.string(),
  status: z.number(),
  statusText: z.string(),
  httpVersion: z.string(),
  request: z.object({ method: z.literal('GET'), url: z.string(), headers: z.array(Header) }),
  /** Every redirect followed, in order: the URL asked, its status and where it sent us. */
  hops: z.array(z.object({ url: z.string(), status: z.number(), location: z.string() })),
  responseHeaders: z.array(Header),
  /** The socket's far end: the server when direct, the proxy otherwise. */
  remote: z.object({ address: z.string(), port: z.number(), family: z.string() }).nullable(),
  tls: z
    .object({
      protocol: z.string(),
      cipher: z.string(),
      authorized: z.boolean(),
      /** Why validation failed, when the analyst chose to capture anyway. */
      authorizationError: z.string(),
      certificates: z.array(Certificate),
    })
    .nullable(),
  route: z.object({ mode: z.enum(NETWORK_MODES), proxy: z.string(), description: z.string(), exit: z.string() }),
  tool: z.object({ name: z.string(), version: z.string(), userAgent: z.string() }),
  analyst: z.string(),
  startedAt: Timestamp,
  finishedAt: Timestamp,
  /** The Content-Type the server declared, and what the bytes turned out to be. */
  declaredContentType: z.string(),
  detectedMediaType: z.string(),
  contentEncoding: z.string(),
  warnings: z.array(z.string()),
});
export type WebProvenance = z.infer<typeof WebProvenance>;

export const Snapshot = z.object({ sha256: Sha256, size: z.number(), width: z.number(), height: z.number() });

export const WebCapture = WebProvenance.extend({
  articleId: Id,
  warc: z.object({ sha256: Sha256, size: z.number() }),
  screenshot: Snapshot.nullable(),
  pdf: z.object({ sha256: Sha256, size: z.number() }).nullable(),
  /** Why there is no rendered snapshot ('' when there is one). */
  snapshotNote: z.string(),
  /** The earlier capture of the same URL whose bytes differ ("page changed since"). */
  previousArticleId: Id.nullable(),
});
export type WebCapture = z.infer<typeof WebCapture>;

export const WebCaptureInput = z.strictObject({
  urls: z.array(z.string().trim().min(1).max(8000)).min(1, 'give at least one URL').max(500),
  /** Overrides the library's network setting for this capture: socks5://HOST:PORT, http://HOST:PORT or direct. */
  proxy: z.string().trim().max(300).optional(),
  userAgent: z.string().trim().min(1).max(500).optional(),
  /** Also render the page in a throwaway browser profile: a full-page PNG and a PDF. */
  snapshot: z.boolean().default(false),
  /** Store the capture even when the TLS certificate fails validation (the failure is recorded). */
  captureAnyway: z.boolean().default(false),
  timeoutSeconds: z.number().int().min(1).max(600).default(60),
  metadata: ArticleMetadataInput.default({}),
});

export const WebCaptureResult = z.object({
  captured: z.array(
    z.object({
      url: z.string(),
      id: Id,
      sha256: Sha256,
      title: z.string(),
      previousArticleId: Id.nullable(),
      warnings: z.array(z.string()),
    }),
  ),
  duplicates: z.array(z.object({ url: z.string(), id: Id, sha256: Sha256, title: z.string() })),
  failed: z.array(z.object({ url: z.string(), error: z.string() })),
});
export type WebCaptureResult = z.infer<typeof WebCaptureResult>;
