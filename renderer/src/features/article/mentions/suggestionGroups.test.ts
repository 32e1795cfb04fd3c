import { describe, expect, it } from 'vitest';
import { groupSuggestions } from './suggestionGroups';

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
