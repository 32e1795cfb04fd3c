// The browser host's defences, kept as pure functions so tests can check them without a server.
// The host listens on loopback only, but any web page the analyst opens can still reach loopback:
// the per-launch token stops cross-site requests, the Host check stops DNS rebinding (a hostile
// name that resolves to 127.0.0.1 would otherwise be "same origin" with us), and the Origin check
// refuses cross-origin calls before they reach the backend.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { APP_CONTENT_SECURITY_POLICY } from '../../../../shared/contract/contentSecurityPolicy';

export const TOKEN_HEADER = 'x-casefile-token';

/** 32 random bytes, URL-safe, new at every launch. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison; hashing first makes both sides the same length. */
export function tokenMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string' || !given) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** True when the Host header names us by loopback address and our port (not a rebinding name). */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase());
}

/** Browsers send Origin on cross-origin requests and on every POST; when present it must be ours. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

/** The app's Content Security Policy: the same definition the desktop app sends (shared/contract). */
export const CONTENT_SECURITY_POLICY = APP_CONTENT_SECURITY_POLICY;

/** Headers on every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
};
