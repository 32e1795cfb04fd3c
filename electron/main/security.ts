// Casefile's Electron security policy as pure functions, so Node unit tests can check every rule
// without an Electron binary. `harden.ts` wires them into Electron; SECURITY.md maps each item of
// Electron's security checklist to the function here that implements it. Nothing in this file may
// import 'electron'.
import path from 'node:path';
import { APP_CONTENT_SECURITY_POLICY } from '../../shared/contract/contentSecurityPolicy';

/** The app is served from `casefile-app://app/…`, never file:// (checklist 18). */
export const APP_SCHEME = 'casefile-app';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Privileges for `protocol.registerSchemesAsPrivileged`: a secure, standard origin like https. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true, // real origins, relative URLs and 'self' in the CSP work
  secure: true, // a secure context, as https would be
  supportFetchAPI: true,
  codeCache: true,
  // Deliberately not: bypassCSP, allowServiceWorkers, corsEnabled, stream.
} as const;

/** The subset of Electron's WebPreferences we set; declared here to keep electron out of this file. */
export interface SecureWebPreferences {
  preload: string;
  sandbox: true;
  contextIsolation: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  spellcheck: false;
}

/** Every window's preferences: each checklist default written out, so no upgrade can flip one. */
export function webPreferencesFor(preload: string): SecureWebPreferences {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // No enableBlinkFeatures key at all (checklist 10).
    webviewTag: false,
    // Dropping a file must not navigate the window to file://; the renderer imports drops itself.
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads dictionaries from Google's CDN on Linux and Windows: a
    // network call an offline evidence tool must not make.
    spellcheck: false,
  };
}

/**
 * The hidden window a web capture's snapshot is rendered in (snapshot-window.ts). It shows untrusted
 * pages, so scripts run (the page as a browser shows it), but in its own throwaway session, with no
 * preload and nothing else the app's window has: sandboxed, isolated, without Node, same-origin
 * policy on, no dialogs, no DevTools. Not throttled, so a hidden page still lays out and paints.
 */
export interface SnapshotWebPreferences extends Omit<SecureWebPreferences, 'preload'> {
  partition: string;
  javascript: true;
  images: true;
  disableDialogs: true;
  backgroundThrottling: false;
  devTools: false;
  autoplayPolicy: 'document-user-activation-required';
}

export function snapshotWebPreferences(partition: string): SnapshotWebPreferences {
  const { preload: _none, ...secure } = webPreferencesFor('');
  return {
    ...secure,
    partition,
    javascript: true,
    images: true,
    disableDialogs: true,
    backgroundThrottling: false,
    devTools: false,
    autoplayPolicy: 'document-user-activation-required',
  };
}

function parse(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for the app's own pages (same scheme and host), compared parsed, never as string prefixes. */
export function isAppUrl(url: unknown): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    !parsed.username &&
    !parsed.password
  );
}

/**
 * `will-navigate` / `will-redirect`: the app is a single page with hash routes (which do not fire
 * these events), so every navigation is refused, the app's own URL included (checklist 13).
 */
export function isAllowedNavigation(_url: unknown): boolean {
  return false;
}

/**
 * Whether a refused navigation or pop-up may be offered to the default browser: only when the app's
 * own page asked (a link the analyst clicked). A captured page in the hidden snapshot window is
 * refused silently; it must never put a dialog in front of the analyst.
 */
export function mayOfferExternally(currentUrl: unknown): boolean {
  return isAppUrl(currentUrl);
}

/** IPC senders: only the app's own top-level frame may call the backend (checklist 17). */
export function isTrustedSender(frame: { url: unknown; isMainFrame: boolean } | null | undefined): boolean {
  return frame != null && frame.isMainFrame && isAppUrl(frame.url);
}

/**
 * Links the analyst clicks may open in the default browser, after confirming, only when they are
 * plain http(s) without credentials (`https://bank.example@evil.example` reads as bank.example).
 * Returns the normalised URL to show and open, or null (checklist 15).
 */
export function externalUrlAllowed(url: unknown): string | null {
  const parsed = parse(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  if (parsed.username || parsed.password || !parsed.hostname) return null;
  return parsed.href;
}

/**
 * Requests any page may make: the app's own scheme, in-memory data, and DevTools. Everything else,
 * the network above all, is cancelled, so opening evidence can never call out (DESIGN rule 4).
 */
export function isAllowedRequest(url: unknown): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  return ['data:', 'blob:', 'devtools:'].includes(parsed.protocol);
}

/** Permissions the app's own pages may use; everything else, from anyone, is denied (checklist 5). */
const GRANTED_TO_APP = new Set(['clipboard-sanitized-write']); // the "copy SHA-256" button

export function permissionAllowed(permission: string, requestingUrl: unknown): boolean {
  return GRANTED_TO_APP.has(permission) && isAppUrl(requestingUrl);
}

/**
 * The app's Content-Security-Policy (checklist 7): one definition in shared/, so the desktop app and
 * the browser host send the same policy. No inline script, no eval, no remote origin, no fetched
 * frames (the Original view is a sandboxed srcdoc frame, which frame-src does not govern).
 */
export function contentSecurityPolicy(): string {
  return APP_CONTENT_SECURITY_POLICY;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Response headers for an app asset; module scripts load only with a JavaScript content type. */
export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** True when `candidate` is `root` itself or lies below it (both absolute, already resolved). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Maps a `casefile-app://app/…` URL to a file under `root` (the renderer build), or null when the
 * URL is for another origin or would escape `root` (`..`, encoded slashes, backslashes, NUL).
 * The caller still resolves symlinks and checks the real path with `isInside`.
 */
export function resolveAppAsset(root: string, url: unknown): string | null {
  const parsed = parse(url);
  if (!parsed || !isAppUrl(parsed.href)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.split('/').some((segment) => segment === '..')) return null;
  if (!pathname.startsWith('/')) pathname = `/${pathname}`; // `casefile-app://app` has an empty path
  if (pathname.endsWith('/')) pathname += 'index.html';
  const absoluteRoot = path.resolve(root);
  const file = path.resolve(absoluteRoot, `.${pathname}`);
  return file !== absoluteRoot && isInside(absoluteRoot, file) ? file : null;
}
