import { describe, expect, it } from 'vitest';
import { dayNumber, placeInLanes, scale, spanOf, ticks, timelineDomain } from './timelineLayout';

const span = (value: string, qualifier = '') => spanOf({ value, qualifier })!;

describe('spanOf', () => {
  it('draws a month as the whole month, whatever the qualifier says', () => {
    expect(span('2020-02', 'early')).toEqual({
      start: dayNumber('2020-02-01'),
      end: dayNumber('2020-03-01'),
      point: false,
    });
    expect(span('2020-03')).toEqual({ start: dayNumber('2020-03-01'), end: dayNumber('2020-04-01'), point: false });
  });
  it('draws a day as a point one day wide, and a year as the whole year', () => {
    expect(span('2020-03-06')).toEqual({ start: dayNumber('2020-03-06'), end: dayNumber('2020-03-07'), point: true });
    expect(span('2019')).toMatchObject({ start: dayNumber('2019-01-01'), end: dayNumber('2020-01-01') });
  });
  it('has nothing to draw for an undated item', () => {
    expect(spanOf({ value: '', qualifier: '' })).toBeNull();
  });
});

describe('timelineDomain and scale', () => {
  it('covers whole months around every span', () => {
    const domain = timelineDomain([span('2020-02', 'early'), span('2020-03-06')])!;
    expect(domain).toEqual({ from: dayNumber('2020-02-01'), to: dayNumber('2020-04-01') });
    const x = scale(domain, 600);
    expect(x(dayNumber('2020-02-01'))).toBe(0);
    expect(x(dayNumber('2020-04-01'))).toBe(600);
    // February 2020 had 29 of the 60 days.
    expect(x(dayNumber('2020-03-01'))).toBeCloseTo(290);
  });
  it('is null with nothing dated', () => {
    expect(timelineDomain([])).toBeNull();
  });
});

describe('ticks', () => {
  it('marks month starts, naming the year on the first', () => {
    const domain = timelineDomain([span('2020-02'), span('2020-03')])!;
    expect(ticks(domain, 600).map((t) => t.label)).toEqual(['Feb 2020', 'Mar', 'Apr']);
  });
  it('falls back to years when months would be crowded', () => {
    const domain = timelineDomain([span('2015'), span('2020-03')])!;
    expect(ticks(domain, 600).map((t) => t.label)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
  });
});

describe('placeInLanes', () => {
  const domain = { from: dayNumber('2020-02-01'), to: dayNumber('2020-04-01') };
  const x = scale(domain, 600);
  it('keeps bars and their labels from overlapping', () => {
    const { placed, lanes } = placeInLanes(
      [
        { item: 'march', span: span('2020-03') },
        { item: 'february', span: span('2020-02', 'early') },
        { item: 'mar6', span: span('2020-03-06') },
      ],
      x,
      { labelWidth: 200 },
    );
    const byItem = Object.fromEntries(placed.map((p) => [p.item, p]));
    expect(byItem.february!.lane).toBe(0);
    expect(byItem.february!.width).toBeCloseTo(290);
    // March starts right where February ends (no gap), so it needs a lane of its own; 6 March
    // lies inside March's bar but clear of February's, so it goes back to the first lane.
    expect(byItem.march!.lane).toBe(1);
    expect(byItem.mar6!.lane).toBe(0);
    expect(byItem.mar6!.width).toBe(8);
    expect(lanes).toBe(2);
    for (const a of placed)
      for (const b of placed)
        if (a !== b && a.lane === b.lane)
          expect(a.x + Math.max(a.width, 200) <= b.x || b.x + Math.max(b.width, 200) <= a.x).toBe(true);
  });
  it('reuses a lane once a label has ended', () => {
    const { placed, lanes } = placeInLanes(
      [
        { item: 'a', span: span('2020-02-01') },
        { item: 'b', span: span('2020-03-20') },
      ],
      x,
      { labelWidth: 100 },
    );
    expect(placed.map((p) => p.lane)).toEqual([0, 0]);
    expect(lanes).toBe(1);
  });
});
