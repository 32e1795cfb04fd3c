// The one Content-Security-Policy of the app, sent by both hosts (the Electron app scheme and the
// browser host) and repeated in renderer/index.html, so the two hosts can never drift apart.
//
// Scripts only from the bundle (no inline script, no eval), no remote origin anywhere. Inline
// *styles* are allowed because Mantine and TanStack Virtual position and theme elements with style
// attributes and a <style> element; styles cannot run code.
//
// `frame-src 'none'`: the only frame the app shows is the Original view, an `<iframe srcdoc>`.
// A srcdoc document is never fetched, so frame-src does not govern it (HTML's navigate algorithm
// skips the fetch, and the CSP check with it); every *fetched* frame, remote or not, is refused.
// The srcdoc document inherits this policy as well, so even its `'self'` cannot reach further than
// the app's own origin, and it carries a stricter one of its own (EVIDENCE_FRAME_CSP).
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** As a response header: adds frame-ancestors, which only works there. */
export const APP_CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** As a <meta> in renderer/index.html (frame-ancestors is ignored in a meta, so it is left out). */
export const APP_CONTENT_SECURITY_POLICY_META = DIRECTIVES.join('; ');

/**
 * The policy of a captured page shown in the Original view: nothing may be fetched at all, only the
 * page's own inline styles apply. The backend writes it into the sanitised document, and the
 * renderer sets it again on the frame (the `csp` attribute), so neither alone has to be right.
 */
export const EVIDENCE_FRAME_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; media-src 'none'; form-action 'none'; base-uri 'none'";
