import { describe, expect, it } from 'vitest';
import {
  anchorFromRange,
  anchorHolds,
  codePointLength,
  codePointToUtf16,
  locateQuote,
  utf16ToCodePoint,
} from './anchoring';

describe('code point offsets', () => {
  it('counts an emoji (a surrogate pair) as one character', () => {
    const text = 'a😀b';
    expect(codePointLength(text)).toBe(3);
    expect(utf16ToCodePoint(text, 3)).toBe(2);
    expect(codePointToUtf16(text, 2)).toBe(3);
  });
});

describe('anchors', () => {
  const text = 'Prefix text. 김여정 visited Hyesan 😀 on Mar. 6. Then Hyesan again.';

  it('builds quote and position selectors in any script', () => {
    const start = utf16ToCodePoint(text, text.indexOf('김여정'));
    const anchor = anchorFromRange(text, start, start + 3);
    expect(anchor.exact).toBe('김여정');
    expect(anchor.prefix).toBe('Prefix text. ');
    expect(anchorHolds(text, anchor)).toBe(true);
  });

  it('positions after an emoji count it once', () => {
    const found = locateQuote(text, 'on Mar. 6');
    expect(found.kind).toBe('found');
    if (found.kind === 'found') expect(found.anchor.start).toBe(utf16ToCodePoint(text, text.indexOf('on Mar. 6')));
  });

  it('reports ambiguous and missing quotes', () => {
    expect(locateQuote(text, 'Hyesan')).toEqual({ kind: 'ambiguous', starts: expect.any(Array) });
    expect(locateQuote(text, 'Pyongyang').kind).toBe('missing');
    expect(locateQuote(text, '   ').kind).toBe('missing');
  });

  it('tolerates whitespace differences in a pasted quote', () => {
    const found = locateQuote('one two\nthree four', 'two three');
    expect(found.kind === 'found' && found.anchor.exact).toBe('two\nthree');
  });

  it('tolerates straight or curly quotes, dashes and non-breaking spaces, and anchors the article’s own text', () => {
    const article = 'the country’s military\u00a0– “sterilized”';
    const found = locateQuote(article, 'country\'s military - "sterilized"');
    expect(found.kind === 'found' && found.anchor).toMatchObject({
      exact: 'country’s military\u00a0– “sterilized”',
      start: 4,
    });
  });

  it('refuses ranges outside the text', () => {
    expect(() => anchorFromRange(text, 5, 5)).toThrow(RangeError);
    expect(() => anchorFromRange(text, 0, 10_000)).toThrow(RangeError);
  });
});
