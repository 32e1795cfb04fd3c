// Deterministic JSON: object keys sorted, no whitespace. Used wherever bytes are hashed (the audit
// chain, case-file entries), so the same value always gives the same hash.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The definition: every value written by hand, keys sorted. Also the path for unusual values. */
function writeCanonical(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined) return 'null';
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError('canonicalJson: numbers must be finite');
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(writeCanonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${writeCanonical(v)}`).join(',')}}`;
}

const UNUSUAL = Symbol('unusual');

/**
 * `value` with every object's keys in sorted order (the object itself where they already are, a
 * sorted copy where not), which JSON.stringify (native, several times faster than writing by hand)
 * then writes exactly as writeCanonical does; UNUSUAL for anything where the two could differ: a
 * non-finite number, a function, symbol or bigint, an undefined array element, a class instance
 * (Date, Uint8Array: JSON.stringify would call toJSON or write them otherwise), an object with
 * non-enumerable properties, and keys starting with a digit (V8 enumerates integer keys first, in
 * numeric order, whatever the insertion order) or named __proto__.
 */
function inKeyOrder(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : UNUSUAL;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        let copy: unknown[] | null = null;
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          const ordered = item === undefined ? UNUSUAL : inKeyOrder(item);
          if (ordered === UNUSUAL) return UNUSUAL;
          if (ordered !== item && !copy) copy = value.slice(0, i);
          if (copy) copy.push(ordered);
        }
        return copy ?? value;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return UNUSUAL;
      const keys = Object.keys(value);
      if (Object.getOwnPropertyNames(value).length !== keys.length) return UNUSUAL;
      let sorted = true;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const first = key.charCodeAt(0);
        if ((first >= 48 && first <= 57) || key === '__proto__') return UNUSUAL;
        if (i > 0 && keys[i - 1]! > key) sorted = false;
      }
      const record = value as Record<string, unknown>;
      if (sorted) {
        let i = 0;
        for (; i < keys.length; i++) {
          const item = record[keys[i]!];
          if (item === undefined) continue;
          const ordered = inKeyOrder(item);
          if (ordered === UNUSUAL) return UNUSUAL;
          if (ordered !== item) break;
        }
        if (i === keys.length) return value;
      } else keys.sort();
      const copy: Record<string, unknown> = {};
      for (const key of keys) {
        const item = record[key];
        if (item === undefined) continue;
        const ordered = inKeyOrder(item);
        if (ordered === UNUSUAL) return UNUSUAL;
        copy[key] = ordered;
      }
      return copy;
    }
    default:
      return UNUSUAL;
  }
}

export function canonicalJson(value: unknown): string {
  const ordered = value === undefined ? UNUSUAL : inKeyOrder(value);
  return ordered === UNUSUAL ? writeCanonical(value) : JSON.stringify(ordered);
}

/** The hand-written definition, exported so a test can hold the fast path to it. */
export const canonicalJsonReference = writeCanonical;
