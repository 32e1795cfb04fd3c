// Each record module lists the columns elsewhere that refer to its kind. The lists are checked here
// against the schema itself: every foreign key that points at the kind's table, plus the two
// columns that can hold any kind (a case's items, and free tags) exactly where objectKinds.ts says
// the kind can be one. A migration that adds a referring column fails here until the module says so.
import { describe, expect, it } from 'vitest';
import { CASE_ITEM_KINDS, KIND_TABLES, TAGGABLE_KINDS } from '../../../../shared/contract/objectKinds';
import { openTestBackend } from '../../testing/tempLibrary';
import { ARTICLE_REFERENCES } from './article';
import { CASE_REFERENCES } from './case';
import { ENTITY_REFERENCES } from './entity';
import { EXCERPT_REFERENCES } from './excerpt';
import { RELATIONSHIP_REFERENCES } from './relationship';
import { SOURCE_REFERENCES } from './source';

const LISTS = {
  article: ARTICLE_REFERENCES,
  source: SOURCE_REFERENCES,
  excerpt: EXCERPT_REFERENCES,
  entity: ENTITY_REFERENCES,
  relationship: RELATIONSHIP_REFERENCES,
  case: CASE_REFERENCES,
} as const;

describe('the columns that refer to each kind', () => {
  it('are every foreign key to its table, and the case-item and tag columns where the kind can be one', async () => {
    const backend = openTestBackend();
    try {
      const db = backend.ctx.db;
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .pluck()
        .all() as string[];
      const foreignKeys = tables.flatMap((table) =>
        (db.pragma(`foreign_key_list("${table}")`) as { table: string; from: string }[]).map((fk) => ({
          table,
          column: fk.from,
          target: fk.table,
        })),
      );
      const listed: Record<string, string[]> = {};
      const expected: Record<string, string[]> = {};
      for (const [kind, list] of Object.entries(LISTS)) {
        const table = KIND_TABLES[kind as keyof typeof LISTS];
        const columns = foreignKeys.filter((fk) => fk.target === table).map((fk) => `${fk.table}.${fk.column}`);
        if ((CASE_ITEM_KINDS as readonly string[]).includes(kind)) columns.push('case_items.item_id');
        if ((TAGGABLE_KINDS as readonly string[]).includes(kind)) columns.push('object_tags.object_id');
        expected[kind] = [...new Set(columns)].sort();
        listed[kind] = list.map((r) => `${r.table}.${r.column}`).sort();
      }
      expect(listed).toEqual(expected);
    } finally {
      await backend.close();
    }
  });
});
