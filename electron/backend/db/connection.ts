// Opening a library: the pragmas every connection must have, a crash check, and migrations.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ContractError } from '../../../shared/contract/errors';
import { migrate } from './migrate';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron needs its own build). */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  readonly?: boolean;
}

export interface OpenedLibrary {
  db: Db;
  path: string;
  /** True when the previous session did not close the library cleanly (integrity was checked). */
  recoveredFromCrash: boolean;
  /** Path of the copy taken before migrating, if a migration ran on an existing library. */
  backupPath: string | null;
}


function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
  db.pragma('busy_timeout = 5000');
  const checks: [string, unknown][] = [
    ['journal_mode', 'wal'],
    ['synchronous', 2],
    ['foreign_keys', 1],
    ['trusted_schema', 0],
  ];
  for (const [name, expected] of checks) {
    const actual = db.pragma(name, { simple: true });
    if (actual !== expected) {
      throw new ContractError('corrupt_library', `SQLite refused "${name} = ${String(expected)}" (got ${String(actual)}).`);
    }
  }
}

/**
 * A clean close checkpoints the WAL and SQLite removes it, so a non-empty WAL beside the file means
 * the last session ended abruptly (or another process has the library open, which costs only a
 * needless check). Detecting it this way writes nothing, so merely opening a library never
 * changes its bytes.
 */
function closedUncleanly(file: string): boolean {
  try {
    return fs.statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

export function openLibrary(file: string, options: OpenOptions = {}): OpenedLibrary {
  const resolved = path.resolve(file);
  fs.mkdirSync(path.dirname(resolved), { recursive: true });
  const uncleanBefore = closedUncleanly(resolved);
  let db: Db;
  try {
    db = new Database(resolved, { readonly: options.readonly ?? false, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch (error) {
    throw new ContractError('io_error', `Could not open the library ${resolved}: ${(error as Error).message}`);
  }
  try {
    applyPragmas(db);
    const migrations = options.migrations ?? MIGRATIONS;
    const latest = migrations.length ? migrations[migrations.length - 1]!.version : LATEST_VERSION;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) {
      throw new ContractError(
        'newer_library',
        `This library was written by a newer Casefile (schema ${version}; this version understands up to ${latest}). Update Casefile to open it; the file was not changed.`,
        { schemaVersion: version, supported: latest },
      );
    }
    const recoveredFromCrash = uncleanBefore && version > 0;
    if (recoveredFromCrash) {
      const result = db.pragma('integrity_check') as { integrity_check: string }[];
      if (result.length !== 1 || result[0]!.integrity_check !== 'ok') {
        throw new ContractError(
          'corrupt_library',
          `The library was not closed cleanly and SQLite's integrity check failed: ${result.map((r) => r.integrity_check).join('; ')}. Restore it from a backup.`,
        );
      }
    }
    const backupPath = migrate(db, resolved, migrations);
    return { db, path: resolved, recoveredFromCrash, backupPath };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Checkpoints the WAL into the main file and closes, so the next open knows this was clean. */
export function closeLibrary(db: Db): void {
  if (!db.open) return;
  if (!db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
