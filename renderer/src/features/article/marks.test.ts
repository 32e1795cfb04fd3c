import { describe, expect, it } from 'vitest';
import { codePointToUtf16 } from '../../../../shared/domain/anchoring';
import { segmentsFor, utf16Offsets, type TextMark } from './marks';

const mark = (id: string, start: number, end: number, kind: TextMark['kind'] = 'excerpt'): TextMark => ({
  id,
  start,
  end,
  kind,
});
const ids = (segments: ReturnType<typeof segmentsFor>) =>
  segments.map((s) => [s.start, s.end, s.marks.map((m) => m.id).join('+')]);

describe('segmentsFor', () => {
  it('covers the whole text with one plain segment when there are no marks', () => {
    expect(ids(segmentsFor(10, []))).toEqual([[0, 10, '']]);
  });

  it('cuts around a mark', () => {
    expect(ids(segmentsFor(10, [mark('a', 2, 5)]))).toEqual([
      [0, 2, ''],
      [2, 5, 'a'],
      [5, 10, ''],
    ]);
  });

  it('keeps overlapping marks distinguishable: the overlap lists both', () => {
    expect(ids(segmentsFor(10, [mark('a', 1, 6), mark('b', 4, 8)]))).toEqual([
      [0, 1, ''],
      [1, 4, 'a'],
      [4, 6, 'a+b'],
      [6, 8, 'b'],
      [8, 10, ''],
    ]);
  });

  it('handles nesting, identical spans and marks given out of order', () => {
    expect(ids(segmentsFor(6, [mark('outer', 0, 6), mark('inner', 2, 3), mark('twin', 0, 6)]))).toEqual([
      [0, 2, 'outer+twin'],
      [2, 3, 'outer+inner+twin'],
      [3, 6, 'outer+twin'],
    ]);
    expect(ids(segmentsFor(6, [mark('late', 4, 5), mark('early', 0, 1)]))).toEqual([
      [0, 1, 'early'],
      [1, 4, ''],
      [4, 5, 'late'],
      [5, 6, ''],
    ]);
  });

  it('lists covering marks in the order they were given, whatever their starts', () => {
    expect(ids(segmentsFor(5, [mark('second-start', 1, 4), mark('first-start', 0, 5)]))[1]).toEqual([
      1,
      4,
      'second-start+first-start',
    ]);
  });

  it('clamps marks to the text and ignores empty or inverted ones', () => {
    expect(
      ids(segmentsFor(5, [mark('past', 3, 50), mark('empty', 2, 2), mark('inverted', 4, 1), mark('before', -3, 1)])),
    ).toEqual([
      [0, 1, 'before'],
      [1, 3, ''],
      [3, 5, 'past'],
    ]);
  });

  it('keeps adjacent marks apart', () => {
    expect(ids(segmentsFor(4, [mark('a', 0, 2), mark('b', 2, 4)]))).toEqual([
      [0, 2, 'a'],
      [2, 4, 'b'],
    ]);
  });

  it('mixes excerpts and mentions', () => {
    const segments = segmentsFor(10, [mark('x', 0, 10), mark('m', 3, 5, 'mention')]);
    expect(segments[1]!.marks.map((m) => m.kind)).toEqual(['excerpt', 'mention']);
  });

  // How fast this is belongs to `npm run bench` (painting 1,000 excerpts), not to a test.
  it('cuts a thousand overlapping excerpts into contiguous segments', () => {
    const marks = Array.from({ length: 1000 }, (_, i) => mark(`e${i}`, i * 7, i * 7 + 20));
    const segments = segmentsFor(10_000, marks);
    expect(segments[0]).toMatchObject({ start: 0, end: 7 });
    expect(segments.every((s, i) => i === 0 || s.start === segments[i - 1]!.end)).toBe(true);
    expect(segments[segments.length - 1]!.end).toBe(10_000);
  });
});

describe('utf16Offsets', () => {
  it('is the identity for text without astral characters', () => {
    expect(utf16Offsets('hello 혜산', [0, 3, 8])).toEqual([0, 3, 8]);
  });

  it('counts an emoji or astral CJK character as one code point and two UTF-16 units', () => {
    const text = 'a😀b𠀀c';
    const points = [0, 1, 2, 3, 4, 5];
    expect(utf16Offsets(text, points)).toEqual(points.map((p) => codePointToUtf16(text, p)));
    expect(utf16Offsets(text, [2, 4])).toEqual([3, 6]);
  });

  it('stops at the end of the text', () => {
    expect(utf16Offsets('ab', [5])).toEqual([2]);
  });
});
