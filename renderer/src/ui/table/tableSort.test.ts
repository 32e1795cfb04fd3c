import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from './tableSort';

describe('sortRows', () => {
  const rows = [
    { name: 'b', n: 2, rated: '2020-02-01' },
    { name: 'A', n: 10, rated: null },
    { name: 'c', n: 1, rated: '2020-01-01' },
  ];

  it('sorts text case-insensitively and numbers numerically', () => {
    expect(sortRows(rows, (r) => r.name, 'asc').map((r) => r.name)).toEqual(['A', 'b', 'c']);
    expect(sortRows(rows, (r) => r.n, 'asc').map((r) => r.n)).toEqual([1, 2, 10]);
    expect(sortRows(rows, (r) => r.n, 'desc').map((r) => r.n)).toEqual([10, 2, 1]);
  });

  it('puts empty values last in both directions', () => {
    expect(sortRows(rows, (r) => r.rated, 'asc').map((r) => r.name)).toEqual(['c', 'b', 'A']);
    expect(sortRows(rows, (r) => r.rated, 'desc').map((r) => r.name)).toEqual(['b', 'c', 'A']);
  });

  it('keeps ties in their original order and does not mutate the input', () => {
    const ties = [
      { k: 1, id: 'x' },
      { k: 1, id: 'y' },
      { k: 0, id: 'z' },
    ];
    expect(sortRows(ties, (r) => r.k, 'desc').map((r) => r.id)).toEqual(['x', 'y', 'z']);
    expect(ties.map((r) => r.id)).toEqual(['x', 'y', 'z']);
  });

  it('sorts numbers inside text naturally', () => {
    expect(sortRows([{ t: 'item 10' }, { t: 'item 9' }], (r) => r.t, 'asc').map((r) => r.t)).toEqual([
      'item 9',
      'item 10',
    ]);
  });
});

describe('nextSort', () => {
  it('flips the direction on the same column and starts ascending on a new one', () => {
    expect(nextSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'desc' });
    expect(nextSort({ key: 'name', direction: 'desc' }, 'name')).toEqual({ key: 'name', direction: 'asc' });
    expect(nextSort<'name' | 'kind'>({ key: 'name', direction: 'desc' }, 'kind')).toEqual({
      key: 'kind',
      direction: 'asc',
    });
  });
});
