import { describe, expect, it } from 'vitest';
import { compareIso, formatCount } from './format';

describe('formatCount', () => {
  it('groups thousands as English does, without ICU', () => {
    for (const n of [0, 7, 999, 1000, 12345, 100000, 1234567]) expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
  });
});

describe('compareIso', () => {
  it('orders stored timestamps by time', () => {
    const times = ['2024-06-01T10:00:00.000Z', '2020-03-06T14:05:00.000Z', '2024-06-01T09:59:59.999Z'];
    expect([...times].sort(compareIso)).toEqual([times[1], times[2], times[0]]);
    expect(compareIso(times[0]!, times[0]!)).toBe(0);
  });
});
