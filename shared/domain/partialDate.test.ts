import { describe, expect, it } from 'vitest';
import { formatPartialDate, isPartialDateValue, parsePartialDate, partialDateSpan } from './partialDate';

describe('partial dates', () => {
  it.each([
    ['2020', '2020', ''],
    ['2020-03', '2020-03', ''],
    ['2020-3-6', '2020-03-06', ''],
    ['March 2020', '2020-03', ''],
    ['Mar. 6, 2020', '2020-03-06', ''],
    ['6 March 2020', '2020-03-06', ''],
    ['early February 2020', '2020-02', 'early'],
    ['  late 2019 ', '2019', 'late'],
  ])('reads %j', (input, value, qualifier) => {
    expect(parsePartialDate(input)).toEqual({ value, qualifier });
  });

  it.each(['', 'soon', '2020-13', '2021-02-29', 'Smarch 2020', '20201'])('refuses %j with a message', (input) => {
    expect(() => parsePartialDate(input)).toThrow(RangeError);
  });

  it('accepts a leap day', () => {
    expect(parsePartialDate('2020-02-29').value).toBe('2020-02-29');
  });

  it('formats for people and spans for timelines', () => {
    expect(formatPartialDate({ value: '2020-02', qualifier: 'early' })).toBe('early February 2020');
    expect(formatPartialDate({ value: '2020-03-06', qualifier: '' })).toBe('6 March 2020');
    expect(partialDateSpan('2020-02')).toEqual({ start: '2020-02-01', end: '2020-02-29' });
    expect(partialDateSpan('2020')).toEqual({ start: '2020-01-01', end: '2020-12-31' });
  });

  it('validates stored values', () => {
    expect(isPartialDateValue('2020-03')).toBe(true);
    expect(isPartialDateValue('March 2020')).toBe(false);
  });
});
