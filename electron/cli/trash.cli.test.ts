// `casefile delete` and `casefile trash`: the Trash from the command line, verified after each step.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backend } from '../backend/backend';
import { SEED_PATH, tempDir } from '../backend/testing/tempLibrary';
import { runCasefile } from './runCasefile';

async function json(library: string, ...args: string[]) {
  const result = await runCasefile(['--library', library, '--analyst', 'CLI Tester', '--json', ...args]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe('casefile delete / trash', () => {
  it('deletes, lists, restores and empties, and the library verifies after each', async () => {
    const library = path.join(tempDir(), 'lib.casefile');
    await new Backend({ libraryPath: library }).close();
    const { imported } = await json(library, 'import', SEED_PATH, '--title', 'Masks');
    const id = imported[0].id;

    expect((await json(library, 'delete', id)).trashed).toMatchObject([{ articleId: id, title: 'Masks' }]);
    expect((await json(library, 'verify')).ok).toBe(true);
    expect((await json(library, 'list', 'articles')).items).toEqual([]);
    expect((await json(library, 'search', 'clinker')).results).toEqual([]);
    expect((await json(library, 'trash')).items.map((i: { articleId: string }) => i.articleId)).toEqual([id]);

    expect(await json(library, 'trash', 'restore', id)).toEqual({ restored: [id], dropped: [] });
    expect((await json(library, 'verify')).ok).toBe(true);
    expect((await json(library, 'search', 'clinker')).results).toHaveLength(1);

    await json(library, 'delete', id);
    const emptied = await json(library, 'trash', 'empty');
    expect(emptied).toMatchObject({ emptied: [id], originalsRemoved: [imported[0].sha256] });
    expect((await json(library, 'verify')).ok).toBe(true);
    expect((await json(library, 'trash')).items).toEqual([]);
  });
});
