// Timing and reporting for `npm run bench`. Every figure is a distribution (p50 and p95 over at
// least 7 runs after a warm-up run, 21 for calls of a few milliseconds) beside the same
// distribution for its raw counterpart measured in the same run on the same file: on a shared or
// busy machine the absolute numbers move, the ratio much less. Results also go to bench/results.json for machines to read.
import fs from 'node:fs';

export interface Stats {
  p50: number;
  p95: number;
  runs: number;
}

export interface ResultRow {
  section: string;
  name: string;
  unit: 'ms' | '/s';
  ours: Stats;
  raw: Stats;
  /** ours / raw for times, raw / ours for rates: how many times the raw cost our layers take. */
  ratio: number;
  /** The bound the issue sets, when it sets one, and whether this run kept it. */
  bound?: string;
  ok?: boolean;
  note?: string;
}

export const RUNS = 7;
/**
 * Calls of a few milliseconds (a page of a list, a search) run until this many samples or about a
 * second, whichever comes first: of 7 samples the p95 is simply the slowest, so one garbage
 * collection in the bench process would stand for the 95th percentile of every page an analyst
 * turns; of 21 it is the 20th.
 */
const FAST_RUNS = 21;
const FAST_BUDGET_MS = 1000;

function percentile(sorted: number[], p: number): number {
  // Nearest rank: with 7 runs p95 is the slowest, with 21 the second slowest.
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), runs: sorted.length };
}

/** One warm-up run, then `runs` timed runs, or up to 21 while they fit in about a second. */
export async function sample(fn: () => unknown, runs = RUNS): Promise<Stats> {
  await fn();
  const times: number[] = [];
  let spent = 0;
  while (times.length < runs || (times.length < FAST_RUNS && spent < FAST_BUDGET_MS)) {
    const start = performance.now();
    await fn();
    const ms = performance.now() - start;
    times.push(ms);
    spent += ms;
  }
  return stats(times);
}

/** A one-off measurement (an import of many files), reported as a rate. */
export function once(ms: number): Stats {
  return { p50: ms, p95: ms, runs: 1 };
}

export class Report {
  readonly rows: ResultRow[] = [];
  private section = '';

  constructor(readonly meta: Record<string, unknown>) {}

  begin(section: string): void {
    this.section = section;
    console.log(`\n${section}`);
  }

  time(name: string, ours: Stats, raw: Stats, bound?: { maxMs?: number; maxRatio?: number }, note?: string): ResultRow {
    return this.add({ section: this.section, name, unit: 'ms', ours, raw, ratio: ours.p95 / raw.p95 }, bound, note);
  }

  /** Rates in items per second, from the time one batch of `count` items took. */
  rate(
    name: string,
    count: number,
    oursMs: number,
    rawMs: number,
    bound?: { minShareOfRaw?: number },
    note?: string,
  ): ResultRow {
    const toRate = (ms: number): Stats => ({ p50: (count / ms) * 1000, p95: (count / ms) * 1000, runs: 1 });
    const row = this.add(
      { section: this.section, name, unit: '/s', ours: toRate(oursMs), raw: toRate(rawMs), ratio: oursMs / rawMs },
      undefined,
      note,
    );
    if (bound?.minShareOfRaw !== undefined) {
      row.bound =
        bound.minShareOfRaw >= 1
          ? `≥ ${bound.minShareOfRaw}× the raw rate`
          : `≥ ${(bound.minShareOfRaw * 100).toFixed(0)}% of raw`;
      row.ok = 1 / row.ratio >= bound.minShareOfRaw;
    }
    return row;
  }

  private add(row: ResultRow, bound?: { maxMs?: number; maxRatio?: number }, note?: string): ResultRow {
    if (bound?.maxMs !== undefined) {
      row.bound = `p95 ≤ ${bound.maxMs} ms`;
      row.ok = row.ours.p95 <= bound.maxMs;
    } else if (bound?.maxRatio !== undefined) {
      row.bound = `≤ ${bound.maxRatio}× raw`;
      row.ok = row.ratio <= bound.maxRatio;
    }
    if (note) row.note = note;
    this.rows.push(row);
    const f = (s: Stats) =>
      row.unit === 'ms' ? `p50 ${s.p50.toFixed(1)} / p95 ${s.p95.toFixed(1)} ms` : `${s.p50.toFixed(0)}/s`;
    const verdict = row.ok === undefined ? '' : row.ok ? `  ok (${row.bound})` : `  OVER (${row.bound})`;
    console.log(
      `  ${row.name}: ${f(row.ours)}  (raw ${f(row.raw)}; ${row.ratio.toFixed(1)}×)${verdict}${note ? `  — ${note}` : ''}`,
    );
    return row;
  }

  write(file: string): void {
    fs.writeFileSync(
      file,
      `${JSON.stringify({ ...this.meta, finishedAt: new Date().toISOString(), results: this.rows }, null, 2)}\n`,
    );
  }

  /** The Markdown table the README's Benchmarks section shows. */
  markdown(): string {
    const f = (row: ResultRow, s: Stats) =>
      row.unit === 'ms' ? `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)} ms` : `${s.p50.toFixed(0)}/s`;
    const lines = ['| Measurement | Casefile (p50 / p95) | Raw (p50 / p95) | Ratio | Bound |', '|---|---|---|---|---|'];
    for (const row of this.rows) {
      const bound = row.bound ? `${row.ok ? '✓' : '✗'} ${row.bound}` : '';
      lines.push(
        `| ${row.section}: ${row.name.replace(/\|/g, '\\|')} | ${f(row, row.ours)} | ${f(row, row.raw)} | ${row.ratio.toFixed(1)}× | ${bound} |`,
      );
    }
    return lines.join('\n');
  }
}
