import { describe, expect, it } from 'vitest';
import { normalizeRanges, splitSnippet } from './highlight';

describe('splitSnippet', () => {
  it('marks the given ranges and keeps the text between them', () => {
    expect(splitSnippet('…quartz and magnesia clinker smuggled', [{ start: 21, end: 28 }])).toEqual([
      { text: '…quartz and magnesia ', marked: false },
      { text: 'clinker', marked: true },
      { text: ' smuggled', marked: false },
    ]);
  });

  it('returns the whole text unmarked when nothing matched', () => {
    expect(splitSnippet('Hyesan customs', [])).toEqual([{ text: 'Hyesan customs', marked: false }]);
    expect(splitSnippet('', [])).toEqual([]);
  });

  it('merges overlapping and touching ranges and sorts them', () => {
    expect(
      normalizeRanges(
        [
          { start: 6, end: 9 },
          { start: 0, end: 3 },
          { start: 2, end: 5 },
          { start: 5, end: 6 },
        ],
        20,
      ),
    ).toEqual([{ start: 0, end: 9 }]);
  });

  it('clamps ranges that run past the text and drops empty ones', () => {
    expect(
      splitSnippet('abc', [
        { start: 1, end: 99 },
        { start: 2, end: 2 },
        { start: -4, end: 0 },
      ]),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
    ]);
  });

  it('handles Korean text and marks at the very start and end', () => {
    const text = '혜산 세관에서 혜산';
    const pieces = splitSnippet(text, [
      { start: 0, end: 2 },
      { start: 8, end: 10 },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['혜산', '혜산']);
  });

  it('carries markup-looking text through as plain text', () => {
    const pieces = splitSnippet('<img src=x onerror=alert(1)>', [{ start: 1, end: 4 }]);
    expect(pieces[1]).toEqual({ text: 'img', marked: true });
  });
});
