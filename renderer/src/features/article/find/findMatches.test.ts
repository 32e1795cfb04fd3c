import { describe, expect, it } from 'vitest';
import { findMatches } from './findMatches';

describe('findMatches', () => {
  it('finds every occurrence, ignoring case and Latin diacritics', () => {
    const text = 'Hyesan customs; HYESAN again; Hyésan once more. 혜산 and 혜산.';
    expect(findMatches(text, 'hyesan').map((m) => text.slice(m.start, m.end))).toEqual(['Hyesan', 'HYESAN', 'Hyésan']);
    expect(findMatches(text, '혜산')).toHaveLength(2);
    expect(findMatches(text, '  ')).toEqual([]);
  });
});
