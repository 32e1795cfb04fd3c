// Links in notes lead outside Casefile. Opening one is the analyst's decision (the site learns their
// address), so it is never a plain navigation: only http(s) is allowed, and the analyst confirms
// first. In the desktop app window.open is caught by the main process, which asks with a native
// dialog and hands the URL to the OS browser (electron/main/harden.ts); in the browser host we ask
// here and open a new tab with no opener.
import { api } from '../api/client';
import { safeHttpUrl } from './linkUrl';

export function openExternalLink(raw: string): void {
  const url = safeHttpUrl(raw);
  if (!url) return;
  if (api.capabilities.host === 'electron') {
    window.open(url, '_blank');
    return;
  }
  if (
    window.confirm(`Open this link in a new tab?\n\n${url}\n\nThe site will see a visit from your network address.`)
  ) {
    window.open(url, '_blank', 'noopener,noreferrer');
  }
}
