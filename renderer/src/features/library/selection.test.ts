import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, select } from './selection';

describe('select', () => {
  it('click selects one, ctrl-click toggles, shift-click extends from the anchor', () => {
    let s = select(EMPTY_SELECTION, 3, {});
    expect([...s.selected]).toEqual([3]);
    s = select(s, 5, { toggle: true });
    expect([...s.selected].sort()).toEqual([3, 5]);
    s = select(s, 8, { shift: true });
    expect([...s.selected].sort((a, b) => a - b)).toEqual([5, 6, 7, 8]);
    s = select(s, 5, { toggle: true });
    expect(s.selected.has(5)).toBe(false);
  });
});
