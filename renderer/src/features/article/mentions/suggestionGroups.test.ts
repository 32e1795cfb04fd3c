import { describe, expect, it } from 'vitest';
import { groupSuggestions, spanContext } from './suggestionGroups';

describe('groupSuggestions', () => {
  it('groups by entity in the order each first occurs, occurrences in text order', () => {
    const groups = groupSuggestions([
      { entityId: 'b', name: 'Hyesan customs office', text: 'Hyesan customs office', start: 90, end: 111 },
      { entityId: 'a', name: 'Kim Yo Jong', text: 'KIM Yo-jong', start: 0, end: 11 },
      { entityId: 'a', name: 'Kim Yo Jong', text: '김여정', start: 113, end: 116 },
    ]);
    expect(groups.map((g) => [g.entityId, g.items.map((i) => i.start)])).toEqual([
      ['a', [0, 113]],
      ['b', [90]],
    ]);
  });
});

describe('spanContext', () => {
  it('counts code points, so text after an astral character is cut in the right place', () => {
    const text = '𝐀 met 김여정 today';
    expect(spanContext(text, 6, 9, 10)).toEqual({ before: '𝐀 met ', span: '김여정', after: ' today' });
  });
  it('cuts long context at word boundaries and marks the cut', () => {
    const text = 'one two three four five six seven Kim Yo Jong eight nine ten eleven twelve';
    const start = text.indexOf('Kim');
    const ctx = spanContext(text, start, start + 11, 12);
    expect(ctx).toEqual({ before: '…six seven ', span: 'Kim Yo Jong', after: ' eight nine…' });
  });
});
