import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson';

/** The definition before it was built by concatenation: every audit hash so far was made with it. */
function plain(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined) return 'null';
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(plain).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${plain(v)}`).join(',')}}`;
}

describe('canonicalJson', () => {
  it('writes exactly what the plain definition wrote, on real and random values', () => {
    const seed = fs.readFileSync(
      new URL('../../../shared/corpus/seed/000_7b2b4f9a55c89497.txt', import.meta.url),
      'utf8',
    );
    // eslint-disable-next-line no-sparse-arrays -- a hole must stay as the join left it
    const sparse = [1, , 3];
    const values: unknown[] = [
      null,
      undefined,
      0,
      -0,
      1.5e-7,
      'text with "quotes", \\ and \u2028 and 혜산',
      seed,
      [],
      {},
      sparse,
      [undefined, null, { a: undefined }],
      { b: 1, a: [2, { d: 4, c: 3 }], ä: 'x', Z: 'upper first', '10': 'digits', '9': 'sort as text', '': 'empty' },
      { date: new Date(0), buffer: Buffer.from('ab'), map: new Map([[1, 2]]), nested: { deeper: { deepest: true } } },
    ];
    // Random nested values (a fixed seed: repeatable), keys from a small alphabet so that order matters.
    let state = 7;
    const random = (n: number) => ((state = (state * 48271) % 2147483647), state % n);
    const make = (depth: number): unknown => {
      const roll = random(depth > 3 ? 5 : 8);
      if (roll === 0) return null;
      if (roll === 1) return random(2) === 0;
      if (roll === 2) return random(100000) / (random(3) + 1) - 500;
      if (roll === 3) return 'αβγ abc\n"\t'.slice(random(5), 5 + random(8));
      if (roll === 4) return undefined;
      if (roll === 5) return Array.from({ length: random(5) }, () => make(depth + 1));
      return Object.fromEntries(
        Array.from({ length: random(6) }, () => ['ba_Ab9é'.slice(random(4), 3 + random(5)), make(depth + 1)]),
      );
    };
    for (let i = 0; i < 500; i++) values.push(make(0));
    for (const value of values) expect(canonicalJson(value)).toBe(plain(value));
    expect(canonicalJson({ b: [1, undefined], a: 'x', c: undefined })).toBe('{"a":"x","b":[1,null]}');
    expect(() => canonicalJson({ a: [Number.NaN] })).toThrow(TypeError);
  });
});
