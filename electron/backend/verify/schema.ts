// The library's schema against the one Casefile's migrations build: a trigger dropped (the
// append-only guards), altered or added, or a table or index changed, is named.
import Database from 'better-sqlite3';
import type { Db } from '../db/connection';
import { nativeBindingOf } from '../db/nativeBinding';
import { MIGRATIONS } from '../db/migrations';

interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

function schemaOf(db: Db): Map<string, SchemaObject> {
  const rows = db
    .prepare("SELECT type, name, sql FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as SchemaObject[];
  return new Map(rows.map((r) => [`${r.type} ${r.name}`, r]));
}

function referenceSchema(version: number, nativeBinding: string | undefined): Map<string, SchemaObject> {
  const reference = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    for (const m of MIGRATIONS.filter((m) => m.version <= version)) reference.exec(m.up);
    return schemaOf(reference);
  } finally {
    reference.close();
  }
}

export function checkSchema(db: Db): string[] {
  const version = db.pragma('user_version', { simple: true }) as number;
  const expected = referenceSchema(version, nativeBindingOf(db));
  const actual = schemaOf(db);
  const problems: string[] = [];
  for (const [key, want] of expected) {
    const have = actual.get(key);
    if (!have)
      problems.push(`${key} was dropped${want.type === 'trigger' ? ': what it guarded is no longer protected' : ''}`);
    else if (have.sql !== want.sql) problems.push(`${key} was altered: it now reads ${JSON.stringify(have.sql)}`);
  }
  for (const key of actual.keys())
    if (!expected.has(key)) problems.push(`${key} was added: it is not part of Casefile's schema`);
  return problems;
}
