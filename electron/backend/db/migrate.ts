import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

/**
 * Applies the migrations newer than the library's user_version, all in one transaction, after
 * copying the file (VACUUM INTO) so a failed or regretted upgrade can be undone by hand.
 * Returns the backup's path, or null when nothing was migrated or the library was new.
 */
export function migrate(db: Database.Database, file: string, migrations: readonly Migration[]): string | null {
  const version = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > version);
  if (!pending.length) return null;
  let backupPath: string | null = null;
  if (version > 0) {
    backupPath = `${file}.before-v${pending[pending.length - 1]!.version}-${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
    db.prepare('VACUUM INTO ?').run(backupPath);
  }
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.up);
      db.pragma(`user_version = ${Number(m.version)}`);
    }
  }).immediate();
  return backupPath;
}
