// The rule for URLs from evidence that may be opened outside the app; electron/main/security.ts
// `externalUrlAllowed` applies the same one again in the desktop app's main process.

/** The normalised URL when it may be opened outside the app, else null. */
export function externalHttpUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password || !parsed.hostname) return null;
  return parsed.href;
}
