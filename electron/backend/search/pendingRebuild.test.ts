// Migration 003 empties the full-text index to give it a prefix index; a library upgraded from an
// older Casefile must get its index back by itself, as a job, and find what it found before.
import { describe, expect, it } from 'vitest';
import { Backend } from '../backend';
import { MIGRATIONS } from '../db/migrations';
import { openTestBackend, SEED_TEXT, tempLibraryPath } from '../testing/tempLibrary';
import { REBUILD_SETTING } from './rebuild';

describe('the search index after migration 003', () => {
  it('is rebuilt as a job when an upgraded library opens, then search finds the same things', async () => {
    const libraryPath = tempLibraryPath();
    const old = new Backend({ libraryPath, analyst: 'Old', migrations: MIGRATIONS.filter((m) => m.version < 3) });
    const { article } = await old.call('articles.createFromText', { text: SEED_TEXT, title: 'Seed article' });
    expect((await old.call('search.query', { query: 'clinker' })).results.map((r) => r.id)).toEqual([article.id]);
    await old.close();

    const upgraded = openTestBackend(libraryPath);
    expect(upgraded.searchRebuildJobId).not.toBeNull();
    expect((await upgraded.jobs.wait(upgraded.searchRebuildJobId!)).status).toBe('done');
    const db = upgraded.library.db;
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').get(REBUILD_SETTING)).toBeUndefined();
    expect((await upgraded.call('search.query', { query: 'clinker' })).results.map((r) => r.id)).toEqual([article.id]);
    expect((await upgraded.call('search.query', { query: 'cl' })).results.map((r) => r.id)).toEqual([article.id]);
    await upgraded.close();
  });

  it('is not rebuilt for a new library', async () => {
    const backend = openTestBackend();
    expect(backend.searchRebuildJobId).toBeNull();
    expect(backend.library.db.prepare('SELECT value FROM settings WHERE key = ?').get(REBUILD_SETTING)).toBeUndefined();
    await backend.close();
  });
});
