// The short crash test for CI: a few SIGKILLs of `casefile import` and `casefile import-case`;
// `npm run crash-test` runs 100.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCrashTest } from './crashTest';
import { openTestBackend, SEED_TEXT, tempDir, tempLibraryPath } from './tempLibrary';

describe('crash safety', () => {
  it('loses no committed row and verifies after every SIGKILL during imports and case-file imports', async () => {
    const source = openTestBackend(tempLibraryPath());
    const dir = tempDir();
    // Two case files with different articles, so the second case-file import writes too.
    const caseFiles: string[] = [];
    for (const n of [1, 2]) {
      const { article } = await source.call('articles.createFromText', {
        text: `${SEED_TEXT}\n\nCase ${n}.`,
        title: `Seed ${n}`,
      });
      const c = await source.call('cases.create', { title: `Crash case ${n}` });
      await source.call('cases.addItems', { id: c.id, itemIds: [article.id] });
      const caseFile = path.join(dir, `case-${n}.zip`);
      expect(
        (await source.jobs.wait((await source.call('cases.exportFile', { id: c.id, path: caseFile })).jobId)).status,
      ).toBe('done');
      caseFiles.push(caseFile);
    }
    const result = await runCrashTest({ dir, kills: 4, caseFiles, maxDelayMs: 1500 });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ committedRowsLost: 0, failedChecks: 0 });
    expect(result.kills).toBe(4);
    // The kills landed while writing: something was committed before them, and kept.
    expect(result.articles).toBeGreaterThan(0);
    expect(result.auditRows).toBeGreaterThan(0);
  }, 300_000);
});
