// Noticing which objects a transaction changed, so the audit log can record their new states.
//
// TEMP triggers (they exist only on Casefile's own connection, never in the file) note the kind and
// id of every row written to a tracked table into a TEMP table. When the transaction's audit rows
// are written, the noted objects are read back with their kind's `snapshot` and their states go
// into the last audit row. A write made with any other tool is therefore never logged, and
// `verify`'s replay names it. TEMP tables take part in transactions, so a rollback forgets its
// notes too.
import type { Db } from '../db/connection';
import { STATE_KINDS, stateKind, type State } from './stateKinds';
import { prepared } from '../db/statements';

export interface ObjectState {
  kind: string;
  id: string;
  /** null: the object no longer exists. */
  state: State | null;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Creates the TEMP table and triggers on this connection (idempotent). */
export function installChangeTracking(db: Db): void {
  db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS casefile_changed (kind TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID',
  );
  const tables = new Set(
    db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table'").pluck().all() as string[],
  );
  let n = 0;
  for (const kind of STATE_KINDS) {
    for (const watch of kind.watches) {
      if (!tables.has(watch.table)) continue;
      const kindExpr = (row: 'NEW' | 'OLD') =>
        watch.kindColumn ? `${row}.${quote(watch.kindColumn)}` : literal(kind.kind);
      const note = (row: 'NEW' | 'OLD') =>
        `INSERT OR IGNORE INTO temp.casefile_changed (kind, id) VALUES (${kindExpr(row)}, ${row}.${quote(watch.idColumn)});`;
      // A table shared by several kinds (object_tags) gets one set of triggers, not one per kind.
      const name = `casefile_track_${watch.table}_${watch.kindColumn ? 'shared' : kind.kind.replace(/\W/g, '_')}`;
      if (watch.kindColumn && kind !== STATE_KINDS.find((k) => k.watches.some((w) => w.table === watch.table)))
        continue;
      db.exec(`
        CREATE TEMP TRIGGER IF NOT EXISTS ${quote(`${name}_i`)} AFTER INSERT ON main.${quote(watch.table)} BEGIN ${note('NEW')} END;
        CREATE TEMP TRIGGER IF NOT EXISTS ${quote(`${name}_u`)} AFTER UPDATE ON main.${quote(watch.table)} BEGIN ${note('OLD')} ${note('NEW')} END;
        CREATE TEMP TRIGGER IF NOT EXISTS ${quote(`${name}_d`)} AFTER DELETE ON main.${quote(watch.table)} BEGIN ${note('OLD')} END;`);
      n++;
    }
  }
  if (!n) db.exec('DROP TABLE temp.casefile_changed');
}

function tracking(db: Db): boolean {
  return Boolean(prepared(db, "SELECT 1 FROM temp.sqlite_master WHERE name = 'casefile_changed'").get());
}

/** The states of every object changed since the last call, and forgets them. Call inside the transaction. */
export function takeChangedStates(db: Db): ObjectState[] {
  if (!tracking(db)) return [];
  const changed = prepared(db, 'SELECT kind, id FROM temp.casefile_changed ORDER BY kind, id').all() as {
    kind: string;
    id: string;
  }[];
  if (!changed.length) return [];
  prepared(db, 'DELETE FROM temp.casefile_changed').run();
  return changed.flatMap(({ kind, id }) => {
    const k = stateKind(kind);
    return k ? [{ kind, id, state: k.snapshot(db, id) }] : [];
  });
}

/** Whether anything changed and has not been logged yet (a write outside a mutation). */
export function hasUnloggedChanges(db: Db): boolean {
  return tracking(db) && Boolean(db.prepare('SELECT 1 FROM temp.casefile_changed LIMIT 1').get());
}
