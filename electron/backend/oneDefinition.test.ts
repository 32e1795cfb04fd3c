// Size limits and IPC channel names are each defined once (shared/contract/limits.ts and
// shared/contract/facade.ts's IPC_CHANNELS) and imported everywhere else. Two definitions drift:
// before they had one home, a pasted article allowed 50 MB while a text file stopped at 32 MB. This
// test reads the source tree and fails on a second one.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/contract/facade';
import { REPO_ROOT, sourceFiles } from './testing/sourceFiles';

/** A size in megabytes or more, however it is spelled. */
const SIZE = /\b1024\s*\*\s*1024\b|\b1_?048_?576\b/g;
const CHANNEL = new RegExp(`['"](?:${Object.values(IPC_CHANNELS).join('|')})['"]`, 'g');

const CONCEPTS = [
  { name: 'size limit', pattern: SIZE, home: 'shared/contract/limits.ts' },
  { name: 'IPC channel', pattern: CHANNEL, home: 'shared/contract/facade.ts' },
];

/** Test fixtures that build oversized inputs on purpose (a gzip bomb, an endless body). */
const FIXTURES = /\/testing\//;

describe('one definition per concept', () => {
  it('recognises each concept however it is written', () => {
    expect('const LIMIT = 32 * 1024 * 1024;'.match(SIZE)).not.toBeNull();
    expect('maxBytes: 1_048_576,'.match(SIZE)).not.toBeNull();
    expect("ipcMain.handle('casefile:invoke', handler)".match(CHANNEL)).not.toBeNull();
    expect('const KB = 1024;'.match(SIZE)).toBeNull();
  });

  it.each(CONCEPTS)('defines every $name only in $home', ({ pattern, home }) => {
    const found: string[] = [];
    for (const dir of ['shared', 'electron', 'renderer/src']) {
      for (const file of sourceFiles(join(REPO_ROOT, dir))) {
        const path = relative(REPO_ROOT, file);
        if (path === home || FIXTURES.test(`/${path}`)) continue;
        for (const m of readFileSync(file, 'utf8').matchAll(pattern)) found.push(`${path}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
