// The "Original" view of a captured web page: DOMPurify on jsdom, then everything that could reach
// the network or run code is removed or neutralised. The result is shown in a sandboxed frame (no
// scripts, no same origin) under a CSP that forbids every fetch, so even a sanitiser bypass stays
// silent. Links keep their text but lose their targets: a click must not navigate the frame.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { EVIDENCE_FRAME_CSP } from '../../../shared/contract/contentSecurityPolicy';

const { window } = new JSDOM('');
const purify = createDOMPurify(window as never);

/** The CSP written into the viewed document itself; the renderer sets the same one on the frame. */
export const ORIGINAL_VIEW_CSP = EVIDENCE_FRAME_CSP;

const FORBID_TAGS = [
  'script',
  'noscript',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'canvas',
  'template',
  'svg',
  'math',
  'portal',
  'dialog',
];
const FORBID_ATTR = [
  'srcset',
  'action',
  'formaction',
  'ping',
  'background',
  'poster',
  'xlink:href',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'usemap',
  'target',
];

/** Inline style that cannot fetch: drop it whole if it names url(), @import, image-set or uses escapes. */
function safeStyle(style: string): string | null {
  return /url\s*\(|@import|image-set|expression\s*\(|\\|behavior|-moz-binding/i.test(style) ? null : style;
}

purify.addHook('uponSanitizeAttribute', (_node, data) => {
  if (data.attrName === 'style') {
    const style = safeStyle(data.attrValue);
    if (style === null) data.keepAttr = false;
  }
});

purify.addHook('afterSanitizeAttributes', (node) => {
  const element = node as Element;
  const tag = element.tagName?.toLowerCase();
  if (tag === 'a' || tag === 'area') {
    const href = element.getAttribute('href');
    element.removeAttribute('href');
    if (href && /^https?:/i.test(href)) element.setAttribute('title', `Link (not followed): ${href}`);
    element.setAttribute('data-casefile-link', '');
  }
  if (tag === 'img') {
    const alt = element.getAttribute('alt');
    element.removeAttribute('src');
    element.setAttribute('data-casefile-blocked', 'image');
    element.setAttribute('alt', alt ? `[image: ${alt}]` : '[image not loaded]');
  }
  for (const attr of ['src', 'href', 'data', 'cite', 'poster']) {
    const value = element.getAttribute?.(attr);
    if (value && !/^#/.test(value)) element.removeAttribute(attr);
  }
});

export interface OriginalView {
  html: string;
  removed: number;
}

/** A complete, inert HTML document for the sandboxed Original view. */
export function sanitizeForViewing(html: string, options: { lang?: string; dir?: string } = {}): OriginalView {
  const body = purify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    WHOLE_DOCUMENT: false,
    RETURN_TRUSTED_TYPE: false,
  }) as string;
  const removed = purify.removed.length;
  const lang = options.lang && /^[A-Za-z0-9-]{1,35}$/.test(options.lang) ? ` lang="${options.lang}"` : '';
  const dir = options.dir === 'rtl' || options.dir === 'ltr' ? ` dir="${options.dir}"` : '';
  const document = `<!doctype html><html${lang}${dir}><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${ORIGINAL_VIEW_CSP}"><style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem}img[data-casefile-blocked]{display:inline-block;border:1px dashed #999;padding:2px 4px;font-size:12px;color:#666}a[data-casefile-link]{color:#1a5fb4;text-decoration:underline dotted}</style></head><body>${body}</body></html>`;
  return { html: document, removed };
}
