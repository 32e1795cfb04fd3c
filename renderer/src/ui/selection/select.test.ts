import { describe, expect, it } from 'vitest';
import { emptySelection, indexRange, navigationTarget, orderedRange, selectKey } from './select';

describe('selectKey', () => {
  it('click selects one, ctrl-click toggles, shift-click extends from the anchor (ids in list order)', () => {
    const order = ['a', 'b', 'c', 'd', 'e'];
    const range = (x: string, y: string) => orderedRange(order, x, y);
    let s = selectKey(emptySelection<string>(), 'b', {}, range);
    expect([...s.selected]).toEqual(['b']);
    s = selectKey(s, 'd', { toggle: true }, range);
    expect([...s.selected]).toEqual(['b', 'd']);
    s = selectKey(s, 'a', { shift: true }, range);
    expect([...s.selected]).toEqual(['a', 'b', 'c', 'd']);
    s = selectKey(s, 'e', { shift: true, toggle: true }, range);
    expect([...s.selected].sort()).toEqual(order);
  });
  it('indexes range both ways', () => {
    expect(indexRange(4, 2)).toEqual([2, 3, 4]);
  });
});

describe('navigationTarget', () => {
  it('moves within the list and ignores other keys', () => {
    expect(navigationTarget('ArrowDown', -1, 3, 10)).toBe(0);
    expect(navigationTarget('ArrowDown', 2, 3, 10)).toBe(2);
    expect(navigationTarget('ArrowUp', 0, 3, 10)).toBe(0);
    expect(navigationTarget('End', 0, 3, 10)).toBe(2);
    expect(navigationTarget('PageDown', 0, 30, 10)).toBe(10);
    expect(navigationTarget('x', 0, 3, 10)).toBeNull();
    expect(navigationTarget('Home', 0, 0, 10)).toBeNull();
  });
});
