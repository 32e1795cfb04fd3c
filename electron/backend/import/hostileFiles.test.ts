// Files an attacker or a careless user hands to import: devices and pipes (which never end or
// block), deeply nested HTML, UTF-16 without a byte-order mark, and names with control characters.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { openTestBackend, tempDir } from '../testing/tempLibrary';

async function importPaths(backend: Backend, paths: string[]) {
  const { jobId } = await backend.call('articles.importFiles', { paths });
  const state = await backend.jobs.wait(jobId);
  expect(state.status).toBe('done');
  return state.result as { imported: { id: string }[]; failed: { path: string; error: string }[] };
}

describe('imports refuse what is not a regular file', () => {
  it('refuses /dev/zero and a FIFO at once, without reading them', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const result = await importPaths(openTestBackend(), ['/dev/zero', fifo]);
    expect(result.imported).toEqual([]);
    expect(result.failed).toEqual([
      {
        path: '/dev/zero',
        error: 'zero is not a regular file (a device, pipe or socket), so there is nothing to import from it.',
      },
      {
        path: fifo,
        error: 'pipe.txt is not a regular file (a device, pipe or socket), so there is nothing to import from it.',
      },
    ]);
  });
});

describe('content that used to crash or be mangled', () => {
  it('refuses 50,000 nested <div> elements with a clear message, not a stack overflow', async () => {
    const file = path.join(tempDir(), 'deep.html');
    fs.writeFileSync(file, `<html><body>${'<div>'.repeat(50_000)}deep${'</div>'.repeat(50_000)}</body></html>`);
    const result = await importPaths(openTestBackend(), [file]);
    expect(result.failed).toEqual([
      {
        path: file,
        error:
          'deep.html nests its HTML elements too deeply to read (more than 1000 levels; real pages use a few dozen). Nothing was imported.',
      },
    ]);
  });

  it('reads UTF-16 without a byte-order mark as text, in either byte order', async () => {
    const dir = tempDir();
    const text = 'Report from Hyesan: 혜산 customs office, March 2020.\n';
    const le = path.join(dir, 'le.txt');
    const be = path.join(dir, 'be.txt');
    fs.writeFileSync(le, Buffer.from(text, 'utf16le'));
    fs.writeFileSync(be, Buffer.from(text, 'utf16le').swap16());
    const backend = openTestBackend();
    const result = await importPaths(backend, [le, be]);
    expect(result.failed).toEqual([]);
    const articles = await Promise.all(result.imported.map((a) => backend.call('articles.get', { id: a.id })));
    const byCharset = articles.map((a) => [a.charset, a.text]).sort();
    expect(byCharset).toEqual([
      ['utf-16be (detected, no byte-order mark)', text],
      ['utf-16le (detected, no byte-order mark)', text],
    ]);
  });

  it('shows control characters in file names escaped', async () => {
    const file = path.join(tempDir(), 'evil\u001b[31mred\u0007.txt');
    fs.writeFileSync(file, '');
    const result = await importPaths(openTestBackend(), [file]);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]!.path).toMatch(/evil\\x1b\[31mred\\x07\.txt$/);
    expect(result.failed[0]!.error).toBe('evil\\x1b[31mred\\x07.txt is empty: there is nothing to import.');
    // eslint-disable-next-line no-control-regex -- no raw control character may remain
    expect(result.failed[0]!.path + result.failed[0]!.error).not.toMatch(/[\u0000-\u001f]/);
  });
});
