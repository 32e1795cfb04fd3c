// `casefile delete`, `casefile trash` and `casefile watch` from the command line, verified after each step.
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

describe('casefile watch', () => {
  it('adds a term, flags an import that contains it, lists the hit in context and marks it seen', async () => {
    const library = path.join(tempDir(), 'lib.casefile');
    await new Backend({ libraryPath: library }).close();
    const term = await json(library, 'watch', 'add', 'Kimbongsokyong', 'Trading', 'Company');
    expect(term).toMatchObject({ term: 'Kimbongsokyong Trading Company', hits: 0 });
    const { imported } = await json(library, 'import', SEED_PATH);
    const { items, unseen } = await json(library, 'watch', 'hits', '--unseen');
    expect(unseen).toBeGreaterThan(0);
    expect(items[0]).toMatchObject({ articleId: imported[0].id, context: { match: 'Kimbongsokyong Trading Company' } });
    expect((await json(library, 'watch')).items[0].hits).toBe(items.length);
    expect((await json(library, 'watch', 'seen')).marked).toBe(items.length);
    expect((await json(library, 'watch', 'hits', '--unseen')).items).toEqual([]);
    // A term added later is looked for in the articles already stored.
    const later = await json(library, 'watch', 'add', 'Hyesan customs office');
    expect(later).toMatchObject({ term: 'Hyesan customs office', hits: 2 });
    expect((await json(library, 'watch', 'hits', '--unseen')).items).toHaveLength(2);
    expect((await json(library, 'verify')).ok).toBe(true);
  });
});
