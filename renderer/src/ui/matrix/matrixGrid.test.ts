import { describe, expect, it } from 'vitest';
import { buildMatrixGrid, cellGrade, cellShade, countLabel, MATRIX_COLUMNS, MATRIX_ROWS } from './matrixGrid';

describe('buildMatrixGrid', () => {
  const grid = buildMatrixGrid([
    { reliability: 'B', credibility: 3, count: 2 },
    { reliability: 'F', credibility: 6, count: 1 },
    { reliability: null, credibility: null, count: 4 },
    { reliability: 'B', credibility: null, count: 1 },
  ]);

  it('is always 7×7, with unrated and ungraded last', () => {
    expect(MATRIX_ROWS).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'unrated']);
    expect(MATRIX_COLUMNS).toEqual([1, 2, 3, 4, 5, 6, 'ungraded']);
    expect(grid.counts).toHaveLength(7);
    expect(grid.counts.every((row) => row.length === 7)).toBe(true);
  });

  it('puts each count in its cell and totals rows, columns and all', () => {
    expect(grid.counts[1]![2]).toBe(2);
    expect(grid.counts[5]![5]).toBe(1);
    expect(grid.counts[6]![6]).toBe(4);
    expect(grid.rowTotals).toEqual([0, 3, 0, 0, 0, 1, 4]);
    expect(grid.columnTotals).toEqual([0, 0, 2, 0, 0, 1, 5]);
    expect(grid.total).toBe(8);
    expect(grid.max).toBe(4);
  });

  it('is all zeros for an empty library', () => {
    const empty = buildMatrixGrid([]);
    expect(empty.total).toBe(0);
    expect(empty.max).toBe(0);
  });
});

describe('cells', () => {
  it('shade empty cells not at all and the fullest most, a single excerpt still visibly', () => {
    expect(cellShade(0, 10)).toBe(0);
    expect(cellShade(1, 400)).toBeGreaterThan(0.15);
    expect(cellShade(10, 10)).toBeCloseTo(0.9);
    expect(cellShade(5, 10)).toBeLessThan(cellShade(6, 10));
  });

  it('are named by their grade', () => {
    expect(cellGrade('B', 3)).toBe('B3');
    expect(cellGrade('unrated', 3)).toBe('?3');
    expect(cellGrade('A', 'ungraded')).toBe('A?');
    expect(countLabel(1)).toBe('1 excerpt');
    expect(countLabel(2)).toBe('2 excerpts');
  });
});
