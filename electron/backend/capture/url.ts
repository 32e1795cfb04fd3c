// Which URLs a capture may fetch. Only http(s), never with credentials in the URL (they would be
// sent to the server and written into the evidence), and redirects never leave http(s) or drop
// from https to plain http.
import { ContractError } from '../../../shared/contract/errors';

export function parseCaptureUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ContractError(
      'invalid_input',
      `"${raw}" is not a URL. Give a full address such as https://example.org/article.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ContractError(
      'invalid_input',
      `${url.protocol.replace(/:$/, '')}: addresses cannot be captured (${raw}); Casefile captures http and https pages only.`,
    );
  }
  if (url.username || url.password) {
    throw new ContractError(
      'invalid_input',
      `${url.host}: the URL carries a user name or password. Remove them (Casefile would send them to the server and record them in the evidence) and capture again.`,
    );
  }
  url.hash = '';
  return url;
}

/** Where a redirect may go from `from`; throws a clear error otherwise. */
export function checkRedirect(from: URL, location: string): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new ContractError(
      'invalid_input',
      `${from.href} redirected to "${location}", which is not a URL. Nothing was stored.`,
    );
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new ContractError(
      'invalid_input',
      `${from.href} redirected to another scheme (${next.protocol.replace(/:$/, '')}:), which Casefile does not follow. Nothing was stored.`,
    );
  }
  if (from.protocol === 'https:' && next.protocol === 'http:') {
    throw new ContractError(
      'invalid_input',
      `${from.href} redirected from https to plain http (${next.href}), which would expose the request. Capture ${next.href} directly if you mean to. Nothing was stored.`,
    );
  }
  if (next.username || next.password) {
    throw new ContractError(
      'invalid_input',
      `${from.href} redirected to a URL with a user name or password, which Casefile does not follow. Nothing was stored.`,
    );
  }
  next.hash = '';
  return next;
}
