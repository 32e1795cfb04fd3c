// Ids are random UUIDs unique across kinds, so any object's kind can be found from its id alone.
// Its own module (not objects.ts, which reads every kind) so that services can ask without a cycle.
import { KIND_TABLES, OBJECT_KINDS, type ObjectKind } from '../../../shared/contract/objectKinds';
import type { Ctx } from './context';

export function kindOf(ctx: Ctx, id: string): ObjectKind | null {
  for (const kind of OBJECT_KINDS) {
    if (ctx.db.prepare(`SELECT 1 FROM ${KIND_TABLES[kind]} WHERE id = ?`).get(id)) return kind;
  }
  return null;
}
