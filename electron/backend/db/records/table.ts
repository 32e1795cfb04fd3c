// A table described once by its row schema: the column list, the SELECT and INSERT built from it,
// and a fast-forward UPDATE of the columns an analyst edits. Column names come from the schema (never
// from input), and every value is bound as a parameter.
import type { z } from 'zod';
import type { Db } from '../connection';
import { prepared } from '../statements';

type Shape = Record<string, z.ZodType>;

export interface RecordTable<Row> {
  name: string;
  columns: readonly (keyof Row & string)[];
  /** The columns for a SELECT list, each prefixed with `alias.` when given. */
  list(alias?: string, except?: readonly (keyof Row & string)[]): string;
  /** The row with this id, every column, or undefined. */
  get(db: Db, id: string): Row | undefined;
  /** Inserts the row's columns (other fields of a record are left out); returns the rows written. */
  insert(db: Db, row: Row, options?: { orIgnore?: boolean }): number;
  /** Writes `columns` of `row` over the stored row with its id. */
  update(db: Db, row: Pick<Row, 'id' & keyof Row>, columns: readonly (keyof Row & string)[]): void;
}

const quote = (column: string) => `"${column}"`;

export function recordTable<S extends Shape & { id: z.ZodType<string> }>(
  name: string,
  row: z.ZodObject<S>,
): RecordTable<z.infer<z.ZodObject<S>>> {
  type Row = z.infer<z.ZodObject<S>>;
  const columns = Object.keys(row.shape) as (keyof Row & string)[];
  const select = `SELECT ${columns.map(quote).join(', ')} FROM ${name} WHERE id = ?`;
  const insert = `INTO ${name} (${columns.map(quote).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
  return {
    name,
    columns,
    list: (alias, except = []) =>
      columns
        .filter((c) => !except.includes(c))
        .map((c) => (alias ? `${alias}.${quote(c)}` : quote(c)))
        .join(', '),
    // Prepared once per connection: a case-file import reads and writes thousands of rows of a kind.
    get: (db, id) => prepared(db, select).get(id) as Row | undefined,
    insert: (db, r, options) =>
      prepared(db, `INSERT ${options?.orIgnore ? 'OR IGNORE ' : ''}${insert}`).run(
        Object.fromEntries(columns.map((c) => [c, r[c]])),
      ).changes,
    update: (db, r, edited) => {
      const values = r as Record<string, unknown>;
      prepared(db, `UPDATE ${name} SET ${edited.map((c) => `${quote(c)} = @${c}`).join(', ')} WHERE id = @id`).run(
        Object.fromEntries(['id', ...edited].map((c) => [c, values[c]])),
      );
    },
  };
}

/** The same value read the same way everywhere a merge compares versions. */
export const orNull = (v: unknown) => v ?? null;
