import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

/**
 * Applies the migrations newer than the library's user_version, all in one transaction, after a
 * verified backup of an existing library (`backup`, given the version it migrates to, returns the
 * copy's path and throws when the copy cannot be made or does not verify: then nothing is migrated).
 * Returns the backup's path, or null when nothing was migrated or the library was new.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  backup: (targetVersion: number) => string,
): string | null {
  const version = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > version);
  if (!pending.length) return null;
  const backupPath = version > 0 ? backup(pending[pending.length - 1]!.version) : null;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.up);
      db.pragma(`user_version = ${Number(m.version)}`);
    }
  }).immediate();
  return backupPath;
}
