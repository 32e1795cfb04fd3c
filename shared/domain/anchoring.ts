// W3C Web Annotation selectors against an article's immutable text. Positions are counted in
// Unicode code points, as the TextPositionSelector requires; JavaScript strings index UTF-16 units,
// so every conversion goes through the two helpers below.
import { typographyTolerantPattern } from './typography';

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  start: number;
  end: number;
}
export type Anchor = TextQuoteSelector & TextPositionSelector;

/** How much context is kept on each side of a quote, in code points (Hypothesis keeps 32). */
export const CONTEXT_LENGTH = 32;

export function utf16ToCodePoint(text: string, utf16Offset: number): number {
  let cp = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    cp++;
  }
  return cp;
}

export function codePointToUtf16(text: string, codePointOffset: number): number {
  let i = 0;
  for (let cp = 0; cp < codePointOffset && i < text.length; cp++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

export function codePointLength(text: string): number {
  return utf16ToCodePoint(text, text.length);
}

/** Slices by code points. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return text.slice(codePointToUtf16(text, start), codePointToUtf16(text, end));
}

/** Both selectors for the code-point range [start, end) of `text`. */
export function anchorFromRange(text: string, start: number, end: number): Anchor {
  const length = codePointLength(text);
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > length || start >= end) {
    throw new RangeError(`The range ${start}–${end} is not inside the text (0–${length}).`);
  }
  return {
    start,
    end,
    exact: sliceCodePoints(text, start, end),
    prefix: sliceCodePoints(text, Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: sliceCodePoints(text, end, Math.min(length, end + CONTEXT_LENGTH)),
  };
}

/** Every code-point start of `quote` in `text`. */
export function findExact(text: string, quote: string): number[] {
  const starts: number[] = [];
  if (!quote) return starts;
  let from = 0;
  for (;;) {
    const at = text.indexOf(quote, from);
    if (at < 0) return starts;
    starts.push(utf16ToCodePoint(text, at));
    from = at + 1;
  }
}

export type QuoteLookup =
  { kind: 'found'; anchor: Anchor } | { kind: 'missing' } | { kind: 'ambiguous'; starts: number[] };

/**
 * Finds the one place `quote` occurs. Differences of typography (straight or curly quotes and
 * apostrophes, kinds of dash, non-breaking, repeated spaces and line breaks) are tolerated, as
 * alias suggestions tolerate them; anything else must match exactly. The anchor holds the
 * article's own text.
 */
export function locateQuote(text: string, rawQuote: string): QuoteLookup {
  const quote = rawQuote.normalize('NFC').trim();
  if (!quote) return { kind: 'missing' };
  const starts = findExact(text, quote);
  if (starts.length === 1) {
    const start = starts[0]!;
    return { kind: 'found', anchor: anchorFromRange(text, start, start + codePointLength(quote)) };
  }
  if (starts.length > 1) return { kind: 'ambiguous', starts };
  const re = new RegExp(typographyTolerantPattern(quote), 'gu');
  const matches = [...text.matchAll(re)];
  if (matches.length === 1) {
    const m = matches[0]!;
    const start = utf16ToCodePoint(text, m.index);
    return { kind: 'found', anchor: anchorFromRange(text, start, utf16ToCodePoint(text, m.index + m[0].length)) };
  }
  if (matches.length > 1) return { kind: 'ambiguous', starts: matches.map((m) => utf16ToCodePoint(text, m.index)) };
  return { kind: 'missing' };
}

/** True when the stored selectors still describe `text` exactly. */
export function anchorHolds(text: string, anchor: Anchor): boolean {
  return sliceCodePoints(text, anchor.start, anchor.end) === anchor.exact;
}
