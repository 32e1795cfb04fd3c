// Ids are random UUIDs unique across kinds, so any object's kind can be found from its id alone.
// Its own module (not objects.ts, which reads every kind) so that services can ask without a cycle.
import type { OBJECT_KINDS } from '../../../shared/contract/schemas';
import type { Ctx } from './context';

type ObjectKind = (typeof OBJECT_KINDS)[number];

/** The table that holds each kind of object. */
export const KIND_TABLES = {
  article: 'articles',
  source: 'sources',
  excerpt: 'excerpts',
  entity: 'entities',
  case: 'cases',
  relationship: 'relationships',
  mention: 'mentions',
} as const satisfies Record<ObjectKind, string>;

const ENTRIES = Object.entries(KIND_TABLES) as [ObjectKind, string][];

export function kindOf(ctx: Ctx, id: string): ObjectKind | null {
  for (const [kind, table] of ENTRIES) {
    if (ctx.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)) return kind;
  }
  return null;
}
