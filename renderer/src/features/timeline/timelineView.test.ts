import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../../shared/contract/network';
import { dayNumber } from '../../ui/timeline/timelineLayout';
import { clampDomain, laneMarks, MAX_DAYS, MIN_DAYS, timelineCsv, zoomDomain } from './timelineView';

let n = 0;
function item(start: string, end: string, extra: Partial<TimelineItem> = {}): TimelineItem {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    kind: 'excerpt',
    lane: 'event',
    articleId: '00000000-0000-4000-8000-000000000999',
    title: 'Seed',
    text: 'quote',
    date: { value: start.slice(0, 7), qualifier: '' },
    start,
    end,
    grade: 'B3',
    reliability: 'B',
    sourceName: 'Daily NK',
    ...extra,
  };
}

describe('the library timeline', () => {
  it('zooms between a week and more than a century, around the pointer', () => {
    const d = { from: 0, to: 100 };
    expect(zoomDomain(d, 0.5, 0)).toEqual({ from: 0, to: 50 });
    const tight = zoomDomain(d, 0.001);
    expect(tight.to - tight.from).toBe(MIN_DAYS);
    expect(clampDomain({ from: 0, to: 1e9 }).to - clampDomain({ from: 0, to: 1e9 }).from).toBe(MAX_DAYS);
  });

  it('draws a month as a bar across the month, a day as a point, and clusters crowded items', () => {
    const domain = { from: dayNumber('2020-01-01'), to: dayNumber('2021-01-01') };
    const month = item('2020-03-01', '2020-03-31');
    const day = item('2020-09-06', '2020-09-06');
    const { marks } = laneMarks([month, day], domain, 366);
    const bar = marks.find((m) => m.kind === 'item' && m.item.id === month.id)!;
    expect(Math.round(bar.width)).toBe(31);
    expect(marks.find((m) => m.kind === 'item' && m.item.id === day.id)!.width).toBe(10);
    const crowd = [
      item('2020-06-01', '2020-06-01'),
      item('2020-06-02', '2020-06-02'),
      item('2020-06-03', '2020-06-03'),
    ];
    const clustered = laneMarks(crowd, domain, 366).marks;
    expect(clustered).toHaveLength(1);
    expect(clustered[0]!.kind === 'cluster' && clustered[0]!.items.length).toBe(3);
    // Zoomed in to June, the same three items stand apart.
    expect(
      laneMarks(crowd, { from: dayNumber('2020-06-01'), to: dayNumber('2020-06-08') }, 700).marks.every(
        (m) => m.kind === 'item',
      ),
    ).toBe(true);
  });

  it('exports CSV with a BOM, quoted text and formulas defused', () => {
    const csv = timelineCsv([
      item('2020-03-01', '2020-03-31', {
        text: '=HYPERLINK("x"), "quoted"',
        date: { value: '2020-03', qualifier: 'early' },
      }),
    ]);
    expect(csv.startsWith('\uFEFFlane,kind,date,first_day,last_day')).toBe(true);
    expect(csv).toContain(
      'event,excerpt,early March 2020,2020-03-01,2020-03-31,B3,Daily NK,Seed,"\'=HYPERLINK(""x""), ""quoted"""',
    );
  });
});
