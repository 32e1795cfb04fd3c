// The library timeline's geometry and its CSV, free of React so they can be tested. Days are UTC
// day numbers as on the case timeline (cases/timeline/timelineLayout); a span's end is exclusive.
import type { TimelineItem } from '../../../../shared/contract/network';
import { formatPartialDate } from '../../../../shared/domain/partialDate';
import { dayNumber, type Domain } from '../../ui/timeline/timelineLayout';

export const MIN_DAYS = 7; // a week across the whole width: days are readable
export const MAX_DAYS = 365.25 * 120; // a century and more: decades are readable

export function itemDays(item: TimelineItem): { start: number; end: number } {
  return { start: dayNumber(item.start), end: dayNumber(item.end) + 1 };
}

/** Every item with a margin either side; a single day gets a month around it. */
export function fitDomain(items: readonly TimelineItem[]): Domain | null {
  if (!items.length) return null;
  const from = Math.min(...items.map((i) => itemDays(i).start));
  const to = Math.max(...items.map((i) => itemDays(i).end));
  const margin = Math.max(15, (to - from) * 0.04);
  return clampDomain({ from: from - margin, to: to + margin });
}

export function clampDomain(d: Domain): Domain {
  const days = Math.min(MAX_DAYS, Math.max(MIN_DAYS, d.to - d.from));
  const centre = (d.from + d.to) / 2;
  return { from: centre - days / 2, to: centre + days / 2 };
}

/** Zooms by `factor` (below 1 zooms in) keeping the day under `atFraction` (0–1 across) where it is. */
export function zoomDomain(d: Domain, factor: number, atFraction = 0.5): Domain {
  const days = Math.min(MAX_DAYS, Math.max(MIN_DAYS, (d.to - d.from) * factor));
  const pivot = d.from + (d.to - d.from) * atFraction;
  return { from: pivot - days * atFraction, to: pivot + days * (1 - atFraction) };
}

export function panDomain(d: Domain, fraction: number): Domain {
  const shift = (d.to - d.from) * fraction;
  return { from: d.from + shift, to: d.to + shift };
}

export type Mark =
  | { kind: 'item'; item: TimelineItem; x: number; width: number; row: number }
  | { kind: 'cluster'; items: TimelineItem[]; x: number; width: number; row: number; start: number; end: number };

/**
 * Marks for one lane: items whose starts fall within `bucketPx` of each other become one cluster
 * (with how many it holds) once there are `clusterAt` of them; the rest are bars or points,
 * stacked in rows so that none overlaps.
 */
export function laneMarks(
  items: readonly TimelineItem[],
  domain: Domain,
  width: number,
  { bucketPx = 28, clusterAt = 3 } = {},
): { marks: Mark[]; rows: number } {
  const x = (day: number) => ((day - domain.from) / (domain.to - domain.from)) * width;
  const visible = items
    .map((item) => ({ item, days: itemDays(item) }))
    .filter(({ days }) => days.end > domain.from && days.start < domain.to)
    .sort((a, b) => a.days.start - b.days.start);
  const groups: { items: typeof visible; left: number }[] = [];
  for (const entry of visible) {
    const left = x(entry.days.start);
    const last = groups[groups.length - 1];
    if (last && left - last.left < bucketPx) last.items.push(entry);
    else groups.push({ items: [entry], left });
  }
  const marks: Mark[] = [];
  const rowEnds: number[] = [];
  const place = (left: number, right: number) => {
    let row = rowEnds.findIndex((end) => end + 4 <= left);
    if (row < 0) row = rowEnds.push(right) - 1;
    else rowEnds[row] = right;
    return row;
  };
  for (const group of groups) {
    if (group.items.length >= clusterAt) {
      const start = Math.min(...group.items.map((g) => g.days.start));
      const end = Math.max(...group.items.map((g) => g.days.end));
      const left = Math.max(0, x(start));
      const w = Math.max(22, Math.min(width, x(end)) - left);
      marks.push({
        kind: 'cluster',
        items: group.items.map((g) => g.item),
        x: left,
        width: w,
        row: place(left, left + w),
        start,
        end,
      });
      continue;
    }
    for (const { item, days } of group.items) {
      const point = days.end - days.start <= 1;
      const left = point ? x(days.start + 0.5) - 5 : Math.max(0, x(days.start));
      const w = point ? 10 : Math.max(4, Math.min(width, x(days.end)) - left);
      marks.push({ kind: 'item', item, x: left, width: w, row: place(left, left + w) });
    }
  }
  return { marks, rows: rowEnds.length };
}

function csvCell(value: string): string {
  // A leading =, +, - or @ would be run as a formula by spreadsheet programs; quote it as text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The items as CSV (UTF-8 with BOM, CRLF), one row per item, in timeline order. */
export function timelineCsv(items: readonly TimelineItem[]): string {
  const header = [
    'lane',
    'kind',
    'date',
    'first_day',
    'last_day',
    'grade',
    'source',
    'article_title',
    'text',
    'id',
    'article_id',
  ];
  const rows = items.map((i) => [
    i.lane,
    i.kind,
    formatPartialDate(i.date),
    i.start,
    i.end,
    i.grade ?? '',
    i.sourceName,
    i.title,
    i.text,
    i.id,
    i.articleId,
  ]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
