// Backups: verified copies, a retention rule, restore into a new file only, and one taken before
// a case-file import merges into the library.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestBackend, SEED_TEXT, tempDir, tempLibraryPath } from '../testing/tempLibrary';
import { applyRetention, createBackup, listBackups, restoreBackup } from './backups';

async function seeded() {
  const backend = openTestBackend(tempLibraryPath());
  const { article } = await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Masks' });
  await backend.call('excerpts.create', {
    articleId: article.id,
    quote: 'they were sterilized immediately',
    credibility: 3,
  });
  return backend;
}

describe('backups', () => {
  it('makes a verified copy holding the audit head, lists it, and restores it into a new file that verifies', async () => {
    const backend = await seeded();
    const info = await backend.call('backups.create', {});
    const head = await backend.call('library.head', {});
    expect(info).toMatchObject({ reason: 'manual', head, sizeBytes: expect.any(Number) });
    expect((await backend.call('backups.list', {})).items).toEqual([info]);

    const restoredPath = path.join(tempDir(), 'restored.casefile');
    expect(restoreBackup(info.path, restoredPath)).toEqual({ path: restoredPath, head });
    const restored = openTestBackend(restoredPath);
    expect((await restored.call('library.verify', {})).ok).toBe(true);
    expect(await restored.call('library.head', {})).toEqual(head);
    expect(() => restoreBackup(info.path, restoredPath)).toThrow(
      /already exists; restore writes a new file and never overwrites one/,
    );
    expect(() => restoreBackup(info.path, backend.library.path)).toThrow(/already exists/);
  });

  it('refuses to restore a damaged backup', async () => {
    const backend = await seeded();
    const info = await backend.call('backups.create', {});
    const bytes = fs.readFileSync(info.path);
    bytes.fill(0x41, 4096, 8192);
    fs.writeFileSync(info.path, bytes);
    expect(() => restoreBackup(info.path, path.join(tempDir(), 'x.casefile'))).toThrow(
      /integrity|not a database|malformed|broken audit chain/,
    );
  });

  it('keeps 7 daily and 4 weekly backups', async () => {
    const backend = await seeded();
    const now = new Date('2026-06-30T12:00:00.000Z');
    // One backup every 12 hours for 40 days.
    for (let i = 80; i >= 0; i--) {
      const at = new Date(now.getTime() - i * 12 * 3600 * 1000).toISOString();
      createBackup({ ...backend.ctx, now: () => at }, 'scheduled');
    }
    applyRetention(backend.library.path, now);
    const kept = listBackups(backend.library.path).map((b) => b.createdAt);
    const DAY = 24 * 3600 * 1000;
    const ages = kept.map((t) => (now.getTime() - new Date(t).getTime()) / DAY);
    const days = kept.map((t) => Math.floor(new Date(t).getTime() / DAY));
    const today = Math.floor(now.getTime() / DAY);
    expect(ages.filter((a) => a < 1)).toHaveLength(2); // every backup of the last 24 hours
    for (let d = 1; d < 7; d++) expect(days.filter((x) => x === today - d)).toHaveLength(1); // one per day for a week
    const older = days.filter((x) => today - x >= 7);
    expect(new Set(older.map((x) => Math.floor(x / 7))).size).toBe(older.length); // at most one per week beyond
    expect(older.length).toBeGreaterThanOrEqual(2);
    expect(ages.filter((a) => a >= 28)).toEqual([]); // nothing past four weeks
  }, 120_000);

  it('takes one before merging two sources', async () => {
    const backend = await seeded();
    const a = await backend.call('sources.create', { name: 'Ryanggang source', kind: 'human-source' });
    const b = await backend.call('sources.create', { name: 'Ryanggang informant', kind: 'human-source' });
    await backend.call('sources.merge', { keepId: a.id, mergeId: b.id });
    const [backup] = (await backend.call('backups.list', {})).items;
    expect(backup).toMatchObject({ reason: 'before-merge' });
    // The copy is from before the merge: both sources are still in it.
    const restored = path.join(tempDir(), 'before-merge.casefile');
    restoreBackup(backup!.path, restored);
    const old = openTestBackend(restored);
    expect((await old.call('sources.list', {})).items.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Ryanggang source', 'Ryanggang informant']),
    );
  });

  it('takes one before a case-file import merges', async () => {
    const alice = await seeded();
    const c = await alice.call('cases.create', { title: 'Border' });
    const exported = await alice.jobs.wait((await alice.call('cases.exportFile', { id: c.id })).jobId);
    const bob = openTestBackend(tempLibraryPath(), 'Bob');
    const state = await bob.jobs.wait(
      (await bob.call('cases.importFile', { bytesBase64: (exported.result as { bytesBase64: string }).bytesBase64 }))
        .jobId,
    );
    expect(state.status).toBe('done');
    expect((await bob.call('backups.list', {})).items.map((b) => b.reason)).toEqual(['before-case-import']);
  });
});
