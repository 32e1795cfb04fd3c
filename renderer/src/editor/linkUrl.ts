// Which link addresses a note may hold and open: absolute http(s) without credentials, the rule the
// desktop app's main process applies again (electron/main/security.ts). Pure, so Node tests run it.
import { externalHttpUrl } from '../ui/externalUrl';

/** The URL normalised, if it may leave the app; null for anything else (javascript:, data:, file:…). */
export function safeHttpUrl(raw: string): string | null {
  return externalHttpUrl(raw.trim());
}

/** What the link editor accepts: an http(s) URL, with "https://" added to a bare domain. */
export function normaliseLinkInput(raw: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  return safeHttpUrl(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
}
