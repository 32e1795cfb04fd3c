// The rows that refer to a merged source or entity, moved to the kept one and back on undo: every
// column the kind's record module lists, each the way its entry says (db/records/reference.ts). A new
// referring column is an entry in that list; nothing here names a table. Table and column names
// come from the record modules and the schema, never from input; every value is bound.
import type { Db } from '../db/connection';
import type { MergedReference, Reference } from '../db/records';

type Row = Record<string, unknown>;

/** What a merge did to one referring column, enough to undo it. */
export interface MovedReference extends Reference {
  /** The rows now pointing at the kept object, each by its key as it was before the merge. */
  moved: Row[];
  /** The rows that went with the merged object, whole. */
  removed: Row[];
  /** Rows that referred to a removed row and went with it, whole. */
  dependents: { table: string; rows: Row[] }[];
}

const quote = (name: string) => `"${name}"`;

/** How a row of the table is found again: its id, or else its primary key. */
function keyColumns(db: Db, table: string): string[] {
  const columns = db.pragma(`table_info(${quote(table)})`) as { name: string; pk: number }[];
  if (columns.some((c) => c.name === 'id')) return ['id'];
  return columns
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => c.name);
}

const rowsWhere = (db: Db, table: string, column: string, value: unknown) =>
  db.prepare(`SELECT * FROM ${quote(table)} WHERE ${quote(column)} = ?`).all(value) as Row[];

/** Points every listed reference to `mergedId` at `keptId`, removes the rest, and says what it did. */
export function moveReferences(
  db: Db,
  references: readonly MergedReference[],
  keptId: string,
  mergedId: string,
): MovedReference[] {
  return references.map(({ table, column, onMerge, dependents = [] }) => {
    const key = keyColumns(db, table);
    const keyOf = (row: Row) => JSON.stringify(key.map((c) => row[c]));
    const before = rowsWhere(db, table, column, mergedId);
    if (onMerge !== 'owned') {
      const or = onMerge === 'move-unless-kept-has' ? 'OR IGNORE ' : '';
      db.prepare(`UPDATE ${or}${quote(table)} SET ${quote(column)} = ? WHERE ${quote(column)} = ?`).run(
        keptId,
        mergedId,
      );
    }
    const removed = onMerge === 'owned' ? before : rowsWhere(db, table, column, mergedId);
    const stayed = new Set(removed.map(keyOf));
    const moved = before
      .filter((row) => !stayed.has(keyOf(row)))
      .map((row) => Object.fromEntries(key.map((c) => [c, row[c]])));
    const dependentRows = dependents.map((d) => ({
      table: d.table,
      rows: removed.flatMap((row) => rowsWhere(db, d.table, d.column, row.id)),
    }));
    db.prepare(`DELETE FROM ${quote(table)} WHERE ${quote(column)} = ?`).run(mergedId);
    return { table, column, moved, removed, dependents: dependentRows };
  });
}

/** Puts a removed row back; one whose other references are gone since stays gone with them. */
function insertRow(db: Db, table: string, row: Row): void {
  const columns = Object.keys(row);
  const values = columns.map(() => '?').join(', ');
  try {
    db.prepare(`INSERT OR IGNORE INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${values})`).run(
      ...columns.map((c) => row[c]),
    );
  } catch (error) {
    // e.g. a mention whose article went to the Trash after the merge: it is kept there with it.
    if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') throw error;
  }
}

/**
 * Undoes `moveReferences` once the merged object's row is back: the moved rows that still point at
 * the kept object point back, and the removed rows are re-inserted.
 */
export function restoreReferences(db: Db, moves: readonly MovedReference[], keptId: string, mergedId: string): void {
  for (const { table, column, moved, removed, dependents } of moves) {
    for (const key of moved) {
      const columns = Object.keys(key);
      const where = [...columns.map((c) => `${quote(c)} = ?`), `${quote(column)} = ?`].join(' AND ');
      db.prepare(`UPDATE ${quote(table)} SET ${quote(column)} = ? WHERE ${where}`).run(
        mergedId,
        ...columns.map((c) => (c === column ? keptId : key[c])),
        keptId,
      );
    }
    for (const row of removed) insertRow(db, table, row);
    for (const d of dependents) for (const row of d.rows) insertRow(db, d.table, row);
  }
}
