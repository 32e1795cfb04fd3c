import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonReference } from './canonicalJson';

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const KEYS = ['a', 'b', 'Z', 'z', 'aa', 'é', '한', '\u{1F600}', 'x y', 'quote"', '_id', 'Apple', 'apple'];
const STRINGS = ['', 'plain', 'quote " and \\ back', 'line\nbreak\t\u0001', '김여정', 'lone \uD800 surrogate', '😀'];

function value(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * (depth > 3 ? 5 : 8));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return [0, -0, 1.5, -3, 1e21, 1e-7, 2 ** 53, 123456789.125][Math.floor(next() * 8)];
    case 3:
    case 4:
      return STRINGS[Math.floor(next() * STRINGS.length)];
    case 5: {
      const list: unknown[] = [];
      for (let i = Math.floor(next() * 4); i > 0; i--) list.push(value(next, depth + 1));
      return list;
    }
    default: {
      const object: Record<string, unknown> = {};
      for (let i = Math.floor(next() * 6); i > 0; i--) {
        const key = KEYS[Math.floor(next() * KEYS.length)]!;
        object[key] = next() < 0.1 ? undefined : value(next, depth + 1);
      }
      return object;
    }
  }
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"e":2,"f":1}]},"b":1}',
    );
  });

  it('writes exactly what the hand-written definition writes, for a thousand random values', () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const v = value(random(seed), 0);
      expect(canonicalJson(v), `seed ${seed}`).toBe(canonicalJsonReference(v));
    }
  });

  it('writes unusual values as the definition does rather than as JSON.stringify would', () => {
    const unusual: unknown[] = [
      undefined,
      [1, undefined, 2],
      { 10: 'a', 9: 'b', x: 1 },
      { when: new Date(0) },
      { bytes: new Uint8Array([1, 2]) },
      { toJSON: () => 'replaced', a: 1 },
      Object.assign(Object.create(null) as object, { b: 1, a: 2 }),
      Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }),
      [{ a: 1 }, { b: { d: 1, c: 2 } }],
      { a: { b: 1 }, c: { e: 1, d: undefined } },
      { fn: () => 1, a: 1 },
    ];
    for (const v of unusual) expect(canonicalJson(v)).toBe(canonicalJsonReference(v));
    expect(canonicalJson([1, undefined])).toBe('[1,null]');
    expect(canonicalJson({ 10: 'a', 9: 'b' })).toBe('{"10":"a","9":"b"}');
    expect(canonicalJson({ when: new Date(0) })).toBe('{"when":{}}');
  });

  it('writes what the definition writes for real text, holes, Buffers and Maps', () => {
    const seed = fs.readFileSync(
      new URL('../../../shared/corpus/seed/000_7b2b4f9a55c89497.txt', import.meta.url),
      'utf8',
    );
    // eslint-disable-next-line no-sparse-arrays -- a hole must stay as the definition's join left it
    const sparse = [1, , 3];
    const values: unknown[] = [
      -0,
      'text with "quotes", \\ and \u2028 and 혜산',
      seed,
      sparse,
      [undefined, null, { a: undefined }],
      { b: 1, a: [2, { d: 4, c: 3 }], ä: 'x', Z: 'upper first', '10': 'digits', '9': 'sort as text', '': 'empty' },
      { buffer: Buffer.from('ab'), map: new Map([[1, 2]]), nested: { deeper: { deepest: true } } },
    ];
    for (const v of values) expect(canonicalJson(v)).toBe(canonicalJsonReference(v));
  });

  it('refuses numbers that JSON cannot hold, nested or not', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(/finite/);
    expect(() => canonicalJson({ a: [Infinity] })).toThrow(/finite/);
  });
});
