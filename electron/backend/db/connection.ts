// Opening a library: the pragmas every connection must have, a crash check, and migrations.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ContractError } from '../../../shared/contract/errors';
import { installChangeTracking } from '../verify/changeTracking';
import { writeStateBaseline } from '../verify/baseline';
import { CASEFILE_APPLICATION_ID } from './applicationId';
import { backupBeforeMigrating } from '../services/backups';
import { migrate } from './migrate';
import { rememberNativeBinding } from './nativeBinding';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron needs its own build). */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  /** Open read-only; by default a library whose file or folder cannot be written opens read-only. */
  readonly?: boolean;
  /** Refuse a path with no file instead of creating a library there (every CLI command but init). */
  mustExist?: boolean;
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
  if (db.readonly) {
    // A read-only file cannot switch its journal mode; reading needs only the query-time pragmas.
    db.pragma('foreign_keys = ON');
    db.pragma('trusted_schema = OFF');
    db.pragma('busy_timeout = 5000');
    return;
  }
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
      throw new ContractError(
        'corrupt_library',
        `SQLite refused "${name} = ${String(expected)}" (got ${String(actual)}).`,
      );
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

export { nativeBindingOf } from './nativeBinding';

/** The schema from which audit rows record object states (migration 002). */
const STATES_SINCE_VERSION = 2;

/**
 * Refuses, before anything is written, a file that is not SQLite or is another program's SQLite
 * database. A Casefile library has Casefile's application id (from schema 2) or, written before
 * that, Casefile's schema version with no other application's id; a new library is empty.
 */
function checkIsCasefileLibrary(db: Db, file: string): void {
  let applicationId: number;
  let version: number;
  let objects: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
    objects = db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number;
  } catch (error) {
    throw new ContractError(
      'not_a_library',
      `${file} is not a Casefile library (SQLite cannot read it: ${(error as Error).message}). It was not changed.`,
    );
  }
  if (applicationId === CASEFILE_APPLICATION_ID) return;
  if (applicationId !== 0) {
    throw new ContractError(
      'not_a_library',
      `${file} is another program's SQLite database (application id ${applicationId}), not a Casefile library. It was not changed.`,
    );
  }
  const casefileV1 =
    version === 1 &&
    Boolean(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get());
  if (objects > 0 && !casefileV1) {
    throw new ContractError(
      'not_a_library',
      `${file} is an SQLite database but not a Casefile library (it has no Casefile application id). It was not changed.`,
    );
  }
}

/** What is at the path, before SQLite sees it: nothing, a regular file, or something else. */
function checkLibraryPath(resolved: string, file: string, mustExist: boolean): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    if (mustExist) {
      throw new ContractError(
        'not_a_library',
        `There is no library at ${resolved}; create it with "casefile init ${file}" (or check the path for typing mistakes).`,
      );
    }
    return;
  }
  if (stat.isDirectory())
    throw new ContractError(
      'not_a_library',
      `${resolved} is a folder, not a library file. Give the path of a .casefile file.`,
    );
  if (!stat.isFile())
    throw new ContractError(
      'not_a_library',
      `${resolved} is not a regular file (a device, pipe or socket), so it cannot be a library. It was not opened.`,
    );
}

/**
 * Whether a library can be written: the file (permissions, an immutable flag, a read-only mount)
 * and its folder, where SQLite keeps the -wal and -shm files beside it.
 */
export function libraryIsWritable(file: string): boolean {
  try {
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * SQLite reads a WAL library through its -shm file, which it must create beside the library; in a
 * folder that cannot be written it cannot (SQLITE_READONLY_DIRECTORY / CANTINIT). Such a library is
 * then read from a copy in memory, its header switched to a rollback journal (which an in-memory
 * image needs), read-only; the file itself is only read.
 */
function readOnlyImage(db: Db, resolved: string, nativeBinding: string | undefined): Db {
  try {
    db.pragma('schema_version');
    return db;
  } catch (error) {
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test(String((error as { code?: unknown }).code))) return db;
  }
  db.close();
  if (closedUncleanly(resolved)) {
    throw new ContractError(
      'read_only',
      `The library ${resolved} was not closed cleanly and its recovery file (-wal) can only be applied where the library can be written. Open it once on a writable copy of its folder.`,
    );
  }
  const image = fs.readFileSync(resolved);
  if (image.length >= 100 && image[18] === 2 && image[19] === 2) {
    image[18] = 1;
    image[19] = 1;
  }
  return new Database(image, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
}

export function openLibrary(file: string, options: OpenOptions = {}): OpenedLibrary {
  const resolved = path.resolve(file);
  checkLibraryPath(resolved, file, options.mustExist ?? false);
  // An existing library that cannot be written opens read-only rather than failing: reading works.
  const readonly = options.readonly ?? (fs.existsSync(resolved) && !libraryIsWritable(resolved));
  if (!readonly) fs.mkdirSync(path.dirname(resolved), { recursive: true });
  const uncleanBefore = closedUncleanly(resolved);
  let db: Db;
  try {
    db = new Database(resolved, {
      readonly,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    if (readonly) db = readOnlyImage(db, resolved, options.nativeBinding);
  } catch (error) {
    if (error instanceof ContractError) throw error;
    throw new ContractError('io_error', `Could not open the library ${resolved}: ${(error as Error).message}`);
  }
  if (options.nativeBinding) rememberNativeBinding(db, options.nativeBinding);
  try {
    checkIsCasefileLibrary(db, resolved);
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
    if (db.readonly && version < latest) {
      throw new ContractError(
        'read_only',
        `The library ${resolved} needs upgrading to this Casefile's schema (${version} → ${latest}), which writes to it, but it can only be opened read-only. Open a writable copy instead.`,
      );
    }
    const backupPath = migrate(db, migrations, (target) => backupBeforeMigrating(db, resolved, version, target));
    if (!db.readonly) {
      const statesColumn = (db.pragma('table_info(audit_log)') as { name: string }[]).some(
        (c) => c.name === 'states_json',
      );
      if (statesColumn && version > 0 && version < STATES_SINCE_VERSION)
        writeStateBaseline(db, version, new Date().toISOString());
      if (statesColumn) installChangeTracking(db);
    }
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
