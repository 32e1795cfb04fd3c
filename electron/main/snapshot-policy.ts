// Every decision the hidden snapshot window makes (snapshot-window.ts wires them into Electron),
// as pure functions so Node tests check them without an Electron binary: the window's options, the
// throwaway session's name, proxy and certificate rules, which request is answered from the captured
// bytes, and which requests may leave at all. Nothing here may import 'electron'.
import { SNAPSHOT_VIEWPORT } from '../../shared/contract/snapshotChannel';
import { snapshotWebPreferences, type SnapshotWebPreferences } from './security';

/** A fresh in-memory partition per snapshot: no `persist:` prefix, never reused, nothing on disk. */
export function snapshotPartition(uuid: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(uuid)) throw new Error(`not a UUID: ${uuid}`);
  return `casefile-snapshot-${uuid.toLowerCase()}`;
}

export interface SnapshotWindowOptions {
  show: false;
  width: number;
  height: number;
  useContentSize: true;
  /** Full-page sizing may exceed the screen (macOS refuses otherwise; other systems allow it). */
  enableLargerThanScreen: true;
  paintWhenInitiallyHidden: true;
  skipTaskbar: true;
  title: string;
  webPreferences: SnapshotWebPreferences;
}

export function snapshotWindowOptions(partition: string): SnapshotWindowOptions {
  return {
    show: false,
    width: SNAPSHOT_VIEWPORT.width,
    height: SNAPSHOT_VIEWPORT.height,
    useContentSize: true,
    enableLargerThanScreen: true,
    paintWhenInitiallyHidden: true,
    skipTaskbar: true,
    title: 'Casefile snapshot',
    webPreferences: snapshotWebPreferences(partition),
  };
}

/**
 * The session's proxy: the backend's gatekeeper on loopback. Chromium bypasses proxies for loopback
 * unless told otherwise (`<-loopback>`), and every address must take the analyst's route.
 */
export function snapshotProxyConfig(gatekeeperPort: number): {
  mode: 'fixed_servers';
  proxyRules: string;
  proxyBypassRules: string;
} {
  if (!Number.isInteger(gatekeeperPort) || gatekeeperPort < 1 || gatekeeperPort > 65535)
    throw new Error(`not a port: ${gatekeeperPort}`);
  return { mode: 'fixed_servers', proxyRules: `socks5://127.0.0.1:${gatekeeperPort}`, proxyBypassRules: '<-loopback>' };
}

export type RequestVerdict =
  { action: 'admit'; host: string; port: number } | { action: 'allow' } | { action: 'cancel'; reason: string };

/**
 * What may happen to a request the page makes (session.webRequest.onBeforeRequest): http(s) goes out
 * once the gatekeeper has admitted its host and port; in-memory data stays; everything else (file:,
 * the app's own scheme, WebSockets, which the playwright path does not route either) is cancelled.
 */
export function snapshotRequestVerdict(url: string): RequestVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { action: 'cancel', reason: 'not a URL' };
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return { action: 'allow' };
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { action: 'cancel', reason: `${parsed.protocol} is not fetched by snapshots` };
  if (!parsed.hostname) return { action: 'cancel', reason: 'no host' };
  return {
    action: 'admit',
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: Number(parsed.port) || (parsed.protocol === 'https:' ? 443 : 80),
  };
}

function withoutFragment(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/**
 * Which request the captured bytes answer: the first GET of the captured URL (the window's own
 * navigation), once. Anything else, the same URL again included, goes to the network through the
 * gatekeeper, as on the playwright path.
 */
export function documentAnswerer(documentUrl: string): (request: { url: string; method: string }) => boolean {
  const target = withoutFragment(documentUrl);
  let served = false;
  return (request) => {
    if (served || target === null || request.method !== 'GET' || withoutFragment(request.url) !== target) return false;
    served = true;
    return true;
  };
}

/** Statuses whose response must have no body (the Fetch standard's Response refuses one). */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** The captured response as the window receives it: its status, its declared type, its bytes. */
export function documentResponseInit(
  status: number,
  contentType: string,
): { status: number; headers: Record<string, string>; hasBody: boolean } {
  return {
    status,
    headers: { 'Content-Type': contentType || 'text/html' },
    hasBody: !NULL_BODY_STATUSES.has(status),
  };
}

/**
 * setCertificateVerifyProc's answer: 0 accepts the certificate (only when the capture was told to
 * capture anyway), -3 keeps Chromium's own verdict.
 */
export function certificateVerdict(ignoreTlsErrors: boolean): 0 | -3 {
  return ignoreTlsErrors ? 0 : -3;
}

/** The PDF print, as the playwright path prints it (A4, backgrounds included). */
export const SNAPSHOT_PDF_OPTIONS = { pageSize: 'A4', printBackground: true } as const;

/**
 * Read in an isolated world (the page's scripts cannot replace what it calls): the document's
 * scroll size, which fullPageSize() (shared/contract/snapshotChannel.ts) then bounds.
 */
export const SCROLL_SIZE_SCRIPT = `(() => {
  const d = document.documentElement, b = document.body;
  return [Math.max(d ? d.scrollWidth : 0, b ? b.scrollWidth : 0), Math.max(d ? d.scrollHeight : 0, b ? b.scrollHeight : 0)];
})()`;
export const VIEWPORT_SIZE_SCRIPT = '[window.innerWidth, window.innerHeight]';
/** An isolated world of our own, apart from the page's main world (0) and Electron's (999). */
export const SNAPSHOT_WORLD_ID = 1001;
