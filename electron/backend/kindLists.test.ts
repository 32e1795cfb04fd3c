// One list of object kinds (shared/contract/objectKinds.ts): a second literal list of three or more
// kinds, as an array, a union type or an SQL IN (...), drifts the day a kind is added. This test
// reads the source tree and fails on one.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OBJECT_KINDS } from '../../shared/contract/objectKinds';
import { REPO_ROOT as ROOT, sourceFiles } from './testing/sourceFiles';

/** Where kinds legitimately appear as literals, and why. */
const ALLOWED = new Set([
  // The one list.
  'shared/contract/objectKinds.ts',
  // Each method's own effect (the kinds that method reads or writes), not a list of the concept.
  'shared/contract/effects.ts',
]);

const KIND = `['"](?:${OBJECT_KINDS.join('|')})['"]`;
/** Three or more kind literals separated only by commas, bars and white space. */
export const SECOND_LIST = new RegExp(`${KIND}(?:\\s*[,|]\\s*${KIND}){2,}`, 'g');

describe('one list of object kinds', () => {
  it('recognises a second list in each form it can take', () => {
    for (const code of [
      "const KINDS = ['article', 'excerpt', 'source'] as const;",
      "type Kind = 'article' | 'source' | 'entity';",
      "where.push(`d.object_kind IN ('article','excerpt','source')`);",
      "z.enum([\n  'article',\n  'source',\n  'excerpt',\n])",
    ])
      expect(code.match(SECOND_LIST), code).not.toBeNull();
    for (const code of ["kind === 'article' || kind === 'excerpt'", "read('article', 'case')"])
      expect(code.match(SECOND_LIST), code).toBeNull();
  });

  it('finds none outside shared/contract/objectKinds.ts', () => {
    const found: string[] = [];
    for (const dir of ['shared', 'electron', 'renderer/src']) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        const path = relative(ROOT, file);
        if (ALLOWED.has(path)) continue;
        for (const m of readFileSync(file, 'utf8').matchAll(SECOND_LIST)) found.push(`${path}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
