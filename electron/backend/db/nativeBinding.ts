// Which SQLite build a connection was opened with, so helper databases (backups being verified,
// the reference schema) open with the same one (Electron needs its own build).
import type Database from 'better-sqlite3';

const nativeBindings = new WeakMap<Database.Database, string>();

export function rememberNativeBinding(db: Database.Database, nativeBinding: string): void {
  nativeBindings.set(db, nativeBinding);
}

/** The SQLite build a connection was opened with, for opening a helper database the same way. */
export function nativeBindingOf(db: Database.Database): string | undefined {
  return nativeBindings.get(db);
}
