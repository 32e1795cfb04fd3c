// Scheduled backups while the app runs, and the backup before a schema upgrade: both made and
// verified the way every backup is (services/backups.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Backend } from '../backend';
import { closeLibrary, openLibrary } from '../db/connection';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../db/migrations';
import { librarySnapshot, SEED_TEXT, tempDir, tempLibraryPath } from '../testing/tempLibrary';
import { createBackup, DAY_MS, listBackups, restoreBackup } from './backups';

const HOUR = 3600 * 1000;

/** A closed library holding one article. */
async function libraryWithAnArticle(): Promise<string> {
  const file = tempLibraryPath();
  const backend = new Backend({ libraryPath: file, analyst: 'Test Analyst' });
  await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Masks' });
  await backend.close();
  return file;
}

function openApp(file: string): Backend {
  return new Backend({ libraryPath: file, analyst: 'Test Analyst', backupEveryMs: DAY_MS });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('scheduled backups', () => {
  it('makes a due backup when the app opens the library, verified and holding its head', async () => {
    const file = await libraryWithAnArticle();
    // The newest backup is two days old and the library has changed since.
    const old = new Backend({ libraryPath: file, analyst: 'Test Analyst' });
    createBackup({ ...old.ctx, now: () => new Date(Date.now() - 2 * DAY_MS).toISOString() }, 'manual');
    await old.call('sources.create', { name: 'Daily NK', kind: 'publication' });
    await old.close();

    const app = openApp(file);
    try {
      const [newest, older] = listBackups(file);
      expect(older).toMatchObject({ reason: 'manual' });
      expect(newest).toMatchObject({ reason: 'scheduled', head: await app.call('library.head', {}) });
      const restored = path.join(tempDir(), 'restored.casefile');
      expect(restoreBackup(newest!.path, restored).head).toEqual(newest!.head);
    } finally {
      await app.close();
    }
  });

  it('does not duplicate a fresh backup, nor copy a library unchanged since its newest backup', async () => {
    const file = await libraryWithAnArticle();
    const first = openApp(file); // no backup yet: one is made
    await first.close();
    expect(listBackups(file).map((b) => b.reason)).toEqual(['scheduled']);

    const second = openApp(file); // an hour later, say: fresh, so none
    await second.call('sources.create', { name: 'Daily NK', kind: 'publication' });
    await second.close();
    expect(listBackups(file)).toHaveLength(1);

    // A library unchanged since its backup gets no identical copy, however old that backup is.
    const unchanged = await libraryWithAnArticle();
    const a = new Backend({ libraryPath: unchanged, analyst: 'Test Analyst' });
    createBackup({ ...a.ctx, now: () => new Date(Date.now() - 3 * DAY_MS).toISOString() }, 'manual');
    await a.close();
    const b = openApp(unchanged);
    await b.close();
    expect(listBackups(unchanged).map((x) => x.reason)).toEqual(['manual']);

    // The CLI and tests take none of their own (no backupEveryMs).
    const quiet = await libraryWithAnArticle();
    await new Backend({ libraryPath: quiet, analyst: 'Test Analyst' }).close();
    expect(listBackups(quiet)).toEqual([]);
  });

  it('backs up by a timer while the library stays open, and clears the timer on close', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const file = await libraryWithAnArticle();
    const app = openApp(file);
    expect(listBackups(file)).toHaveLength(1); // made on open
    expect(vi.getTimerCount()).toBe(1);
    await app.call('sources.create', { name: 'Daily NK', kind: 'publication' });
    vi.advanceTimersByTime(23 * HOUR);
    expect(listBackups(file)).toHaveLength(1); // not a day yet
    vi.advanceTimersByTime(HOUR);
    const [newest] = listBackups(file);
    expect(listBackups(file)).toHaveLength(2);
    expect(newest).toMatchObject({ reason: 'scheduled', head: await app.call('library.head', {}) });
    await app.close();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(7 * DAY_MS);
    expect(listBackups(file)).toHaveLength(2);
  });

  it('moves the schedule to the library the app switches to', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const first = await libraryWithAnArticle();
    const second = await libraryWithAnArticle();
    const app = openApp(first);
    await app.call('library.open', { path: second, create: false });
    expect(vi.getTimerCount()).toBe(1);
    expect(listBackups(second).map((b) => b.reason)).toEqual(['scheduled']);
    await app.close();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the backup before a schema upgrade', () => {
  const next: Migration = {
    version: LATEST_VERSION + 1,
    name: 'test',
    up: 'CREATE TABLE extra (x INTEGER NOT NULL) STRICT;',
  };

  it('is a verified backup: listed with the head it holds, restorable, at the old schema', async () => {
    const file = await libraryWithAnArticle();
    const before = new Backend({ libraryPath: file, analyst: 'Test Analyst' });
    const head = await before.call('library.head', {});
    await before.close();
    const { db, backupPath } = openLibrary(file, { migrations: [...MIGRATIONS, next] });
    closeLibrary(db);
    expect(path.dirname(backupPath!)).toBe(`${file}.backups`);
    expect(listBackups(file)).toEqual([
      expect.objectContaining({
        path: backupPath,
        reason: `before-upgrade-${LATEST_VERSION}-to-${LATEST_VERSION + 1}`,
        head,
      }),
    ]);
    const restored = path.join(tempDir(), 'before-upgrade.casefile');
    expect(restoreBackup(backupPath!, restored).head).toEqual(head);
    const old = openLibrary(restored, { migrations: MIGRATIONS });
    expect(old.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    closeLibrary(old.db);
  });

  it('refuses to upgrade, leaving the library unchanged, when the backup cannot be made', async () => {
    const file = await libraryWithAnArticle();
    fs.writeFileSync(`${file}.backups`, 'a file where the backups folder should be');
    const before = librarySnapshot(file);
    expect(() => openLibrary(file, { migrations: [...MIGRATIONS, next] })).toThrow(
      /was not upgraded to schema \d+: the backup taken first failed .* It was not changed\./,
    );
    expect(librarySnapshot(file)).toBe(before);
    const { db } = openLibrary(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    closeLibrary(db);
  });

  it('still upgrades a library whose audit chain was already broken, with a copy showing the same breaks', async () => {
    const file = await libraryWithAnArticle();
    const raw = openLibrary(file);
    const trigger = raw.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'").pluck().get() as
      string | undefined;
    if (trigger) raw.db.exec('DROP TRIGGER audit_log_no_update');
    raw.db.prepare("UPDATE audit_log SET analyst = 'Someone Else' WHERE seq = 1").run();
    if (trigger) raw.db.exec(trigger);
    closeLibrary(raw.db);
    const { db, backupPath } = openLibrary(file, { migrations: [...MIGRATIONS, next] });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    closeLibrary(db);
    expect(fs.existsSync(backupPath!)).toBe(true);
  });
});
