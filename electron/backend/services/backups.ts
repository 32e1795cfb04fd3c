// Rolling backups of the library: SQLite's VACUUM INTO writes a consistent copy while the library
// stays open; each copy is then opened read-only and verified (integrity, audit chain, its head
// equal to the library's when it was taken) before it counts. A retention rule keeps 7 daily and
// 4 weekly copies. Restoring writes a new file and never touches the open library. While the app
// runs, a schedule takes one a day (on open when the newest is older, and by a timer), and every
// upgrade of the schema is preceded by one, verified the same way.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ContractError } from '../../../shared/contract/errors';
import type { Db } from '../db/connection';
import { nativeBindingOf } from '../db/nativeBinding';
import { auditHeadRow, verifyAuditChain, type AuditHead } from './audit';
import type { Ctx } from './context';

export interface BackupInfo {
  path: string;
  createdAt: string;
  reason: string;
  sizeBytes: number;
  /** The audit head the backup holds: an anchor taken outside the library. */
  head: AuditHead | null;
}

const SUFFIX = '.casefile-backup';

/** Backups live beside the library, in "<library>.backups/". */
export function backupDir(libraryPath: string): string {
  return `${libraryPath}.backups`;
}

/**
 * Opens a copy read-only and checks it: SQLite's integrity check and the audit chain. A copy of a
 * library whose own chain is already broken is faithful when it shows the same breaks
 * (`sourceChain`); verify names them in the library itself.
 */
function openVerified(
  file: string,
  nativeBinding: string | undefined,
  sourceChain?: () => string[],
): { head: AuditHead | null } {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.join() !== 'ok')
      throw new ContractError(
        'corrupt_library',
        `The backup ${file} fails SQLite's integrity check: ${integrity.slice(0, 3).join('; ')}.`,
      );
    const chain = verifyAuditChain(db);
    if (chain.length && (!sourceChain || sourceChain().join('\n') !== chain.join('\n')))
      throw new ContractError('corrupt_library', `The backup ${file} has a broken audit chain: ${chain[0]}.`);
    return { head: auditHeadRow(db) };
  } finally {
    db.close();
  }
}

function sidecar(file: string): string {
  return `${file}.json`;
}

export function createBackup(ctx: Ctx, reason: string): BackupInfo {
  return writeVerifiedBackup(ctx.db, ctx.libraryPath, ctx.now(), reason);
}

/**
 * The one way a backup is made: VACUUM INTO a new file beside the library, then open it read-only
 * and verify it (integrity, chain, its head equal to the library's); a copy that fails is deleted
 * and the error thrown. Then the sidecar is written and the retention rule applied.
 */
function writeVerifiedBackup(
  db: Db,
  libraryPath: string,
  createdAt: string,
  reason: string,
  options: { acceptSourceChainBreaks?: boolean } = {},
): BackupInfo {
  const dir = backupDir(libraryPath);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(
    dir,
    `${path.basename(libraryPath)}.${createdAt.replace(/[:.]/g, '-')}.${reason.replace(/\W+/g, '-')}${SUFFIX}`,
  );
  const headBefore = auditHeadRow(db);
  db.prepare('VACUUM INTO ?').run(file);
  let head: AuditHead | null;
  try {
    head = openVerified(
      file,
      nativeBindingOf(db),
      options.acceptSourceChainBreaks ? () => verifyAuditChain(db) : undefined,
    ).head;
    if (head?.hash !== headBefore?.hash) {
      throw new ContractError(
        'corrupt_library',
        `The backup's audit head (${head?.hash ?? 'empty'}) is not the library's (${headBefore?.hash ?? 'empty'}).`,
      );
    }
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
  const info: BackupInfo = { path: file, createdAt, reason, sizeBytes: fs.statSync(file).size, head };
  fs.writeFileSync(sidecar(file), `${JSON.stringify(info, null, 2)}\n`);
  applyRetention(libraryPath, new Date(createdAt));
  return info;
}

/**
 * The backup taken before the schema is upgraded (db/migrate.ts): a verified backup like any
 * other, listed and kept by the same rule. If it cannot be made or does not verify, the library is
 * not upgraded. A library whose audit chain was already broken is still upgraded (verify names
 * the breaks); its copy must show exactly the same ones.
 */
export function backupBeforeMigrating(db: Db, libraryPath: string, fromVersion: number, toVersion: number): string {
  try {
    return writeVerifiedBackup(
      db,
      libraryPath,
      new Date().toISOString(),
      `before-upgrade-${fromVersion}-to-${toVersion}`,
      {
        acceptSourceChainBreaks: true,
      },
    ).path;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ContractError(
      'io_error',
      `The library was not upgraded to schema ${toVersion}: the backup taken first failed (${reason}). It was not changed.`,
    );
  }
}

export function listBackups(libraryPath: string): BackupInfo[] {
  const dir = backupDir(libraryPath);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(SUFFIX))
    .flatMap((name) => {
      const file = path.join(dir, name);
      try {
        return [
          {
            ...(JSON.parse(fs.readFileSync(sidecar(file), 'utf8')) as BackupInfo),
            path: file,
            sizeBytes: fs.statSync(file).size,
          },
        ];
      } catch {
        return [
          {
            path: file,
            createdAt: fs.statSync(file).mtime.toISOString(),
            reason: 'unknown',
            sizeBytes: fs.statSync(file).size,
            head: null,
          },
        ];
      }
    })
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

/**
 * Keeps every backup from the last 24 hours, the newest of each of the last 7 calendar days (UTC)
 * and the newest of each of the last 4 weeks; deletes the rest. Calendar buckets (not ages) keep
 * the rule stable: the newest of a past day stays the newest.
 */
export function applyRetention(libraryPath: string, now: Date): string[] {
  const all = listBackups(libraryPath); // newest first
  const DAY = 24 * 3600 * 1000;
  const dayOf = (t: number) => Math.floor(t / DAY);
  const today = dayOf(now.getTime());
  const keep = new Set<string>();
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const b of all) {
    const t = new Date(b.createdAt).getTime();
    const day = dayOf(t);
    const week = Math.floor(day / 7);
    if (now.getTime() - t < DAY) keep.add(b.path);
    if (today - day < 7 && !days.has(day)) {
      days.add(day);
      keep.add(b.path);
    }
    if (Math.floor(today / 7) - week < 4 && !weeks.has(week)) {
      weeks.add(week);
      keep.add(b.path);
    }
  }
  const removed = all.filter((b) => !keep.has(b.path)).map((b) => b.path);
  for (const file of removed) {
    fs.rmSync(file, { force: true });
    fs.rmSync(sidecar(file), { force: true });
  }
  return removed;
}

/** Verifies a backup and copies it to a new file; never writes over an existing file. */
export function restoreBackup(
  backup: string,
  to: string,
  nativeBinding?: string,
): { path: string; head: AuditHead | null } {
  const target = path.resolve(to);
  if (fs.existsSync(target))
    throw new ContractError(
      'invalid_input',
      `${target} already exists; restore writes a new file and never overwrites one. Choose a new path.`,
    );
  if (!fs.existsSync(backup))
    throw new ContractError('not_found', `There is no backup at ${backup}; list them with "casefile backups".`);
  const { head } = openVerified(backup, nativeBinding);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(backup, target, fs.constants.COPYFILE_EXCL);
  return { path: target, head };
}

/** A backup before risky work (case-file imports) unless one was made within the hour. */
export function backupIfDue(ctx: Ctx, reason: string, withinMs = 3600 * 1000): BackupInfo | null {
  const newest = listBackups(ctx.libraryPath)[0];
  if (newest && Date.now() - new Date(newest.createdAt).getTime() < withinMs) return null;
  return createBackup(ctx, reason);
}

export const DAY_MS = 24 * 3600 * 1000;

/**
 * Whether the schedule should take a backup now: the library can be written, holds at least one
 * change, is not inside a transaction, and its newest backup (of any reason) is `everyMs` old or
 * more and holds an older head. An unchanged library gets no identical copies.
 */
export function scheduledBackupDue(ctx: Ctx, everyMs = DAY_MS): boolean {
  if (ctx.db.readonly || ctx.db.inTransaction) return false;
  const head = auditHeadRow(ctx.db);
  if (!head) return false;
  const newest = listBackups(ctx.libraryPath)[0];
  if (!newest) return true;
  if (newest.head?.hash === head.hash) return false;
  return new Date(ctx.now()).getTime() - new Date(newest.createdAt).getTime() >= everyMs;
}

export interface BackupSchedule {
  /** Runs one check now (the timer calls it too); the backup made, if one was due. */
  check(): BackupInfo | null;
  stop(): void;
}

/**
 * A rolling backup while the library is open: checked at once (so a library opened after a day
 * away is backed up on open) and then every `checkEveryMs` (an hour by default, so a machine
 * that slept catches up soon after waking). The timer is unref'd, so it never keeps a process
 * alive, and `stop` clears it. A failed backup is reported to `onError` and retried next check.
 */
export function startBackupSchedule(
  ctx: Ctx,
  options: { everyMs?: number; checkEveryMs?: number; onError?: (error: unknown) => void } = {},
): BackupSchedule {
  const everyMs = options.everyMs ?? DAY_MS;
  const check = (): BackupInfo | null => {
    try {
      return scheduledBackupDue(ctx, everyMs) ? createBackup(ctx, 'scheduled') : null;
    } catch (error) {
      options.onError?.(error);
      return null;
    }
  };
  const timer = setInterval(check, options.checkEveryMs ?? Math.min(everyMs, 3600 * 1000));
  timer.unref();
  check();
  return {
    check,
    stop: () => clearInterval(timer),
  };
}
