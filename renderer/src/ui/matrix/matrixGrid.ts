// The reliability matrix as a fixed 7×7 grid: rows A–F then "unrated", columns 1–6 then "ungraded".
// The backend returns only the non-empty cells; the grid always has every cell so the shape of the
// evidence (where it clusters) reads the same in every library and case.
import {
  CREDIBILITY_VALUES,
  formatGrade,
  RELIABILITY_LETTERS,
  type Credibility,
  type Reliability,
} from '../../../../shared/domain/admiralty';

export type MatrixRow = Reliability | 'unrated';
export type MatrixColumn = Credibility | 'ungraded';

export const MATRIX_ROWS: readonly MatrixRow[] = [...RELIABILITY_LETTERS, 'unrated'];
export const MATRIX_COLUMNS: readonly MatrixColumn[] = [...CREDIBILITY_VALUES, 'ungraded'];

export interface MatrixCellInput {
  reliability: Reliability | null;
  credibility: Credibility | null;
  count: number;
}

export interface MatrixGrid {
  /** counts[row][column], in MATRIX_ROWS × MATRIX_COLUMNS order */
  counts: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
  /** the largest single cell, for shading */
  max: number;
}

export function buildMatrixGrid(cells: readonly MatrixCellInput[]): MatrixGrid {
  const counts = MATRIX_ROWS.map(() => MATRIX_COLUMNS.map(() => 0));
  for (const cell of cells) {
    const r = MATRIX_ROWS.indexOf(cell.reliability ?? 'unrated');
    const c = MATRIX_COLUMNS.indexOf(cell.credibility ?? 'ungraded');
    // An unknown value would be a contract change; skip it rather than put it in the wrong cell.
    if (r < 0 || c < 0) continue;
    counts[r]![c]! += cell.count;
  }
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = MATRIX_COLUMNS.map((_, c) => counts.reduce((a, row) => a + row[c]!, 0));
  return {
    counts,
    rowTotals,
    columnTotals,
    total: rowTotals.reduce((a, b) => a + b, 0),
    max: Math.max(0, ...counts.flat()),
  };
}

/**
 * How strongly to shade a cell, 0 (empty) to 0.9. A square-root scale with a floor, so a single
 * excerpt beside a cell of hundreds is still visibly not empty.
 */
export function cellShade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return 0.18 + 0.72 * Math.sqrt(Math.min(count, max) / max);
}

/** "B3", "?3" (unrated source), "B?" (ungraded), as grades are written everywhere else. */
export function cellGrade(row: MatrixRow, column: MatrixColumn): string {
  return formatGrade(row === 'unrated' ? null : row, column === 'ungraded' ? null : column);
}

export function countLabel(count: number): string {
  return `${count} excerpt${count === 1 ? '' : 's'}`;
}
