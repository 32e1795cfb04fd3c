// The rendered snapshot in the desktop app (issue 16 item 3): the backend runs in a utility process
// without Electron's APIs, so it asks the main process to render the captured page in a hidden,
// sandboxed window. This file is that channel's one definition: the message shapes both ends
// validate, and the size rules both snapshot paths (Electron's window, playwright-core's Chromium)
// apply. The conversation, over the utility process's parentPort:
//   backend → main   snapshot.render   {id, the captured response, the gatekeeper's port, …}
//   main → backend   snapshot.admit    {id, requestId, host, port}   (a request the page itself made)
//   backend → main   snapshot.admitted {id, requestId}               (the gatekeeper now lets it through)
//   backend → main   snapshot.cancel   {id}                          (the job was cancelled)
//   main → backend   snapshot.result   {id, ok, png, pdf, width, height | message}
import { z } from 'zod';

/** The viewport a page is laid out in, in CSS pixels (both snapshot paths). */
export const SNAPSHOT_VIEWPORT = { width: 1280, height: 800 } as const;
/**
 * The largest full-page screenshot, in CSS pixels: 16384 is the texture limit of many GPUs, beyond
 * which a capture comes back blank or fails, and an endless page (infinite scroll) stops there.
 */
export const SNAPSHOT_MAX_WIDTH = 4096;
export const SNAPSHOT_MAX_HEIGHT = 16384;
/** The longest a render may take, whatever the capture asked for (the contract allows 600 s). */
export const SNAPSHOT_MAX_TIMEOUT_MS = 600_000;

const Id = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const Port = z.number().int().min(1).max(65535);
const Bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be bytes');
const HttpUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .max(8192)
  .refine((value) => !/^[a-z]+:\/\/[^/?#]*@/i.test(value), 'must carry no credentials');
/** A header value: no line breaks, which would let a value inject another header. */
const HeaderValue = z
  .string()
  .max(1000)
  .regex(/^[^\r\n\0]*$/, 'must be one line');

export const SnapshotRender = z.strictObject({
  type: z.literal('snapshot.render'),
  id: Id,
  /** The captured response's final URL, which the window loads and which is answered from `body`. */
  url: HttpUrl,
  status: z.number().int().min(200).max(599),
  contentType: HeaderValue,
  body: Bytes,
  /** The backend's gatekeeper (capture/gatekeeper.ts) on 127.0.0.1: the window's only way out. */
  proxyPort: Port,
  userAgent: HeaderValue,
  ignoreTlsErrors: z.boolean(),
  timeoutMs: z.number().int().min(1).max(SNAPSHOT_MAX_TIMEOUT_MS),
});
export type SnapshotRender = z.infer<typeof SnapshotRender>;

export const SnapshotCancel = z.strictObject({ type: z.literal('snapshot.cancel'), id: Id });
export const SnapshotAdmitted = z.strictObject({ type: z.literal('snapshot.admitted'), id: Id, requestId: Id });

/** What the backend sends the main process. */
export const SnapshotToMain = z.discriminatedUnion('type', [SnapshotRender, SnapshotCancel, SnapshotAdmitted]);
export type SnapshotToMain = z.infer<typeof SnapshotToMain>;

export const SnapshotAdmit = z.strictObject({
  type: z.literal('snapshot.admit'),
  id: Id,
  requestId: Id,
  host: z.string().min(1).max(300),
  port: Port,
});
export const SnapshotResult = z.union([
  z.strictObject({
    type: z.literal('snapshot.result'),
    id: Id,
    ok: z.literal(true),
    png: Bytes,
    pdf: Bytes,
    width: z.number().int().min(1).max(SNAPSHOT_MAX_WIDTH),
    height: z.number().int().min(1).max(SNAPSHOT_MAX_HEIGHT),
  }),
  z.strictObject({ type: z.literal('snapshot.result'), id: Id, ok: z.literal(false), message: z.string().max(2000) }),
]);
export type SnapshotResult = z.infer<typeof SnapshotResult>;

/** What the main process sends the backend. */
export const SnapshotToBackend = z.union([SnapshotAdmit, SnapshotResult]);
export type SnapshotToBackend = z.infer<typeof SnapshotToBackend>;

/** True for a message on this channel (the parentPort also carries `start` and `stop`). */
export function isSnapshotMessage(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('snapshot.');
}

/** A message from the backend, or null when it is not a well-formed one (it is then ignored). */
export function parseSnapshotToMain(message: unknown): SnapshotToMain | null {
  const parsed = SnapshotToMain.safeParse(message);
  return parsed.success ? parsed.data : null;
}

/** A message from the main process, or null when it is not a well-formed one. */
export function parseSnapshotToBackend(message: unknown): SnapshotToBackend | null {
  const parsed = SnapshotToBackend.safeParse(message);
  return parsed.success ? parsed.data : null;
}

/**
 * The size to render the full page at, from the document's scroll size as the page reports it
 * (untrusted: the page's scripts ran). Never below the viewport, never above the caps; anything
 * that is not a pair of finite numbers is the viewport.
 */
export function fullPageSize(reported: unknown): { width: number; height: number } {
  const [width, height] = Array.isArray(reported) ? reported : [];
  const clamp = (value: unknown, min: number, max: number) =>
    typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.ceil(value))) : min;
  return {
    width: clamp(width, SNAPSHOT_VIEWPORT.width, SNAPSHOT_MAX_WIDTH),
    height: clamp(height, SNAPSHOT_VIEWPORT.height, SNAPSHOT_MAX_HEIGHT),
  };
}

/** One line of an error for the other end (a stack or a multi-line message is cut). */
export function snapshotErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').slice(0, 2000) || 'unknown error';
}
