// Statements prepared once per connection, for the hot paths that run per row (capture, the search
// index, the audit chain): preparing costs as much as running a small insert. Only for statements
// used as they come: a cached statement must never be switched to .pluck() or .raw(), since every
// caller shares it.
import type Database from 'better-sqlite3';
import type { Db } from './connection';

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

export function prepared(db: Db, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}
