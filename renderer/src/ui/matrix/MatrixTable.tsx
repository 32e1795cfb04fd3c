// The 7×7 grid of counts. Every non-empty cell (and every non-zero total) is a link to the
// Excerpts view filtered to exactly those excerpts, so the matrix is a way in, not just a chart.
import { Table, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import { href } from '../../app/route';
import type { ExcerptRouteFilter } from '../../app/excerptRouteFilter';
import { ColumnLabel, RowLabel } from './MatrixHeaders';
import {
  cellGrade,
  cellShade,
  countLabel,
  MATRIX_COLUMNS,
  MATRIX_ROWS,
  type MatrixColumn,
  type MatrixGrid,
  type MatrixRow,
} from './matrixGrid';
import classes from './ReliabilityMatrix.module.css';

function filterFor(row: MatrixRow | null, column: MatrixColumn | null, caseId: string | undefined): ExcerptRouteFilter {
  return {
    ...(row ? { reliability: row } : {}),
    ...(column ? { credibility: column } : {}),
    ...(caseId ? { caseId } : {}),
  };
}

interface CountProps {
  count: number;
  filter: ExcerptRouteFilter;
  label: string;
  shade?: number;
}

function CountCell({ count, filter, label, shade = 0 }: CountProps) {
  if (count === 0) {
    return (
      <Table.Td className={classes.cell} aria-label={`${label}: no excerpts`}>
        <span className={classes.zero}>0</span>
      </Table.Td>
    );
  }
  // Strong shades get light text so the count stays readable in both themes.
  const style = { '--matrix-shade': `${Math.round(shade * 100)}%` } as CSSProperties;
  return (
    <Table.Td
      className={classes.cell}
      style={style}
      data-shaded={shade > 0 || undefined}
      data-strong={shade > 0.55 || undefined}
    >
      <a
        className={classes.link}
        href={href({ screen: 'excerpts', ...filter })}
        aria-label={`${label}: ${countLabel(count)}`}
      >
        {count}
      </a>
    </Table.Td>
  );
}

export function MatrixTable({ grid, caseId }: { grid: MatrixGrid; caseId: string | undefined }) {
  return (
    <Table
      className={classes.table}
      withTableBorder
      withColumnBorders
      layout="fixed"
      verticalSpacing={0}
      horizontalSpacing={0}
      fz="xs"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th className={classes.corner}>
            <Text size="10px" c="dimmed" lh={1.2}>
              Source reliability ↓
              <br />
              Information credibility →
            </Text>
          </Table.Th>
          {MATRIX_COLUMNS.map((column) => (
            <Table.Th key={column} className={classes.columnHead}>
              <ColumnLabel column={column} />
            </Table.Th>
          ))}
          <Table.Th className={classes.columnHead}>
            <Text size="xs" fw={600} ta="center">
              Total
            </Text>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {MATRIX_ROWS.map((row, r) => (
          <Table.Tr key={row}>
            <Table.Th className={classes.rowHead} scope="row">
              <RowLabel row={row} />
            </Table.Th>
            {MATRIX_COLUMNS.map((column, c) => {
              const count = grid.counts[r]![c]!;
              return (
                <CountCell
                  key={column}
                  count={count}
                  shade={cellShade(count, grid.max)}
                  filter={filterFor(row, column, caseId)}
                  label={cellGrade(row, column)}
                />
              );
            })}
            <CountCell
              count={grid.rowTotals[r]!}
              filter={filterFor(row, null, caseId)}
              label={row === 'unrated' ? 'Unrated, total' : `${row}, total`}
            />
          </Table.Tr>
        ))}
        <Table.Tr className={classes.totals}>
          <Table.Th className={classes.rowHead} scope="row">
            <Text size="xs" fw={600}>
              Total
            </Text>
          </Table.Th>
          {MATRIX_COLUMNS.map((column, c) => (
            <CountCell
              key={column}
              count={grid.columnTotals[c]!}
              filter={filterFor(null, column, caseId)}
              label={column === 'ungraded' ? 'Ungraded, total' : `${column}, total`}
            />
          ))}
          <CountCell count={grid.total} filter={filterFor(null, null, caseId)} label="All" />
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
