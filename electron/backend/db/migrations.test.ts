import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/errors';
import { librarySnapshot, tempLibraryPath } from '../testing/tempLibrary';
import { closeLibrary, openLibrary } from './connection';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

describe('opening a library', () => {
  it('creates the whole schema from empty with the required settings', () => {
    const file = tempLibraryPath();
    const { db, backupPath } = openLibrary(file);
    expect(backupPath).toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    const tables = db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search_fts%' AND name NOT LIKE 'sqlite_%'",
      )
      .all() as { name: string; sql: string }[];
    for (const t of tables) expect(t.sql, `${t.name} is STRICT`).toMatch(/\) STRICT$/);
    closeLibrary(db);
  });

  it.each(MIGRATIONS.map((m) => m.version - 1))('migrates from version %i to the latest', (from) => {
    const file = tempLibraryPath();
    const early = openLibrary(file, { migrations: MIGRATIONS.filter((m) => m.version <= from) });
    closeLibrary(early.db);
    const { db } = openLibrary(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    closeLibrary(db);
  });

  it('copies the file before migrating an existing library, in one transaction', () => {
    const file = tempLibraryPath();
    const v1 = openLibrary(file);
    v1.db.prepare("INSERT INTO settings (key, value) VALUES ('marker', 'kept')").run();
    closeLibrary(v1.db);
    const next: Migration = {
      version: LATEST_VERSION + 1,
      name: 'test',
      up: 'CREATE TABLE extra (x INTEGER NOT NULL) STRICT;',
    };
    const { db, backupPath } = openLibrary(file, { migrations: [...MIGRATIONS, next] });
    expect(backupPath).not.toBeNull();
    const backup = new Database(backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(backup.prepare("SELECT value FROM settings WHERE key = 'marker'").get()).toEqual({ value: 'kept' });
    backup.close();
    closeLibrary(db);
  });

  it('rolls a failing migration back completely', () => {
    const file = tempLibraryPath();
    closeLibrary(openLibrary(file).db);
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up: 'CREATE TABLE half (x INTEGER NOT NULL) STRICT; SELECT no_such_function();',
    };
    expect(() => openLibrary(file, { migrations: [...MIGRATIONS, broken] })).toThrow();
    const { db } = openLibrary(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half'").get()).toEqual({ n: 0 });
    closeLibrary(db);
  });

  it('refuses a library written by a newer version and leaves it untouched', () => {
    const file = tempLibraryPath();
    const { db } = openLibrary(file);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    closeLibrary(db);
    const before = librarySnapshot(file);
    let error: unknown;
    try {
      openLibrary(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).code).toBe('newer_library');
    expect((error as ContractError).message).toMatch(/newer Casefile/);
    expect(librarySnapshot(file)).toBe(before);
  });

  it('runs an integrity check after a session that was not closed cleanly', () => {
    const file = tempLibraryPath();
    closeLibrary(openLibrary(file).db);
    // A process killed mid-session leaves its WAL behind.
    const crash = spawnSync('node', [
      '-e',
      `
      const db = new (require('better-sqlite3'))(${JSON.stringify(file)});
      db.exec("INSERT INTO settings (key, value) VALUES ('x', 'y')");
      process.kill(process.pid, 'SIGKILL');`,
    ]);
    expect(crash.signal).toBe('SIGKILL');
    const reopened = openLibrary(file);
    expect(reopened.recoveredFromCrash).toBe(true);
    closeLibrary(reopened.db);
    const clean = openLibrary(file);
    expect(clean.recoveredFromCrash).toBe(false);
    closeLibrary(clean.db);
    expect(fs.existsSync(file)).toBe(true);
  });
});
