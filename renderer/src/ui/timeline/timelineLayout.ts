// The case timeline's geometry, kept free of React so it can be tested. A partial date is drawn
// as everything it can mean: "March 2020" covers the whole of March, "early February 2020" the
// whole of February (the qualifier is shown, never turned into invented days), a full date is a
// point. Days are whole UTC day numbers; a span's end is exclusive so a month is 28–31 days wide.
import { partialDateSpan, type PartialDate } from '../../../../shared/domain/partialDate';

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface DaySpan {
  /** first day (inclusive) */
  start: number;
  /** the day after the last day (exclusive) */
  end: number;
  /** a single known day, drawn as a point */
  point: boolean;
}

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

function monthStart(day: number, monthOffset = 0): number {
  const date = new Date(day * DAY_MS);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + monthOffset, 1) / DAY_MS);
}

/** The days a partial date can mean, or null when it has no value. */
export function spanOf(date: PartialDate): DaySpan | null {
  if (!date.value) return null;
  const { start, end } = partialDateSpan(date.value);
  return { start: dayNumber(start), end: dayNumber(end) + 1, point: start === end };
}

export interface Domain {
  from: number;
  to: number;
}

/** Whole months around every span, so bars never touch the edges and ticks fall on month starts. */
export function timelineDomain(spans: readonly DaySpan[]): Domain | null {
  if (!spans.length) return null;
  const from = Math.min(...spans.map((s) => s.start));
  const to = Math.max(...spans.map((s) => s.end));
  return { from: monthStart(from), to: monthStart(to - 1, 1) };
}

export function scale(domain: Domain, width: number): (day: number) => number {
  const days = Math.max(1, domain.to - domain.from);
  return (day) => ((day - domain.from) / days) * width;
}

export interface Tick {
  x: number;
  label: string;
}

/** Month starts (the domain's end included), or year starts when months would be closer than `minSpacing` pixels. */
export function ticks(domain: Domain, width: number, minSpacing = 48): Tick[] {
  const x = scale(domain, width);
  const out: Tick[] = [];
  const monthWidth = (30.4 / Math.max(1, domain.to - domain.from)) * width;
  const step = monthWidth >= minSpacing ? 1 : monthWidth * 3 >= minSpacing ? 3 : 12;
  for (let day = domain.from; day <= domain.to; day = monthStart(day, 1)) {
    const date = new Date(day * DAY_MS);
    const month = date.getUTCMonth();
    if (month % step !== 0 && day !== domain.from) continue;
    if (step === 12 && month !== 0) continue;
    const year = date.getUTCFullYear();
    const label =
      step === 12 ? String(year) : month === 0 || out.length === 0 ? `${MONTHS[month]} ${year}` : MONTHS[month]!;
    out.push({ x: x(day), label });
  }
  return out;
}

export interface Placed<T> {
  item: T;
  span: DaySpan;
  /** left edge and width of the bar in pixels (a point gets `pointWidth`, centred on its day) */
  x: number;
  width: number;
  lane: number;
}

/**
 * Bars in lanes so that no two overlap, counting each bar's label (drawn from the bar's left edge,
 * `labelWidth` wide) as part of it. Greedy by start: the first lane with room, else a new one.
 */
export function placeInLanes<T>(
  entries: readonly { item: T; span: DaySpan }[],
  x: (day: number) => number,
  { labelWidth, pointWidth = 8, gap = 6 }: { labelWidth: number; pointWidth?: number; gap?: number },
): { placed: Placed<T>[]; lanes: number } {
  const sorted = [...entries].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const laneEnds: number[] = [];
  const placed = sorted.map(({ item, span }) => {
    const left = span.point ? x(span.start + 0.5) - pointWidth / 2 : x(span.start);
    const width = span.point ? pointWidth : Math.max(2, x(span.end) - x(span.start));
    const right = left + Math.max(width, labelWidth);
    let lane = laneEnds.findIndex((end) => end + gap <= left);
    if (lane < 0) lane = laneEnds.push(right) - 1;
    else laneEnds[lane] = right;
    return { item, span, x: left, width, lane };
  });
  return { placed, lanes: laneEnds.length };
}
