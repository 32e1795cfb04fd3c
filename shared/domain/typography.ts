// Quotes pasted or typed by an analyst rarely carry the article's exact typography: a word
// processor curls straight quotes, a terminal straightens them, dashes come as hyphens and
// non-breaking spaces as plain ones. These helpers find such a quote anyway; what is then stored is
// always the article's own text, never the typed form.

const DOUBLE_QUOTES = '"“”„‟″«»';
const SINGLE_QUOTES = "'‘’‚‛ʼ′`´";
const DASHES = '-‐‑‒–—―−';

const CLASSES = [DOUBLE_QUOTES, SINGLE_QUOTES, DASHES].map((chars) => ({
  chars,
  pattern: `[${chars.replace(/[\]\\^-]/g, '\\$&')}]`,
}));

const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A regular expression source (for the `u` flag) that matches `quote` with any kind of straight
 * or curly quote or apostrophe, any dash, and any run of spaces, non-breaking spaces and line
 * breaks standing for one another.
 */
export function typographyTolerantPattern(quote: string): string {
  let pattern = '';
  let inSpace = false;
  for (const ch of quote.normalize('NFC')) {
    if (/\s/u.test(ch)) {
      if (!inSpace) pattern += '\\s+';
      inSpace = true;
      continue;
    }
    inSpace = false;
    pattern += CLASSES.find((c) => c.chars.includes(ch))?.pattern ?? escape(ch);
  }
  return pattern;
}

/** Whether two texts are the same but for quotes, apostrophes, dashes and spacing. */
export function sameButForTypography(a: string, b: string): boolean {
  return new RegExp(`^\\s*${typographyTolerantPattern(a.trim())}\\s*$`, 'u').test(b);
}
