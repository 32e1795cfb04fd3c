// Free tags, shared by every kind of object that can carry them.
import type { TaggableKind } from '../../../shared/contract/objectKinds';
import type { Ctx } from './context';

export type { TaggableKind };

export function tagsOf(ctx: Ctx, objectId: string): string[] {
  return (
    ctx.db
      .prepare(
        'SELECT t.name FROM object_tags ot JOIN tags t ON t.id = ot.tag_id WHERE ot.object_id = ? ORDER BY t.name COLLATE NOCASE',
      )
      .all(objectId) as { name: string }[]
  ).map((r) => r.name);
}

/** The tags of many objects, read in one statement (a list page's rows); an untagged object is absent. */
export function tagsOfMany(ctx: Ctx, objectIds: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const rows = ctx.db
    .prepare(
      'SELECT ot.object_id AS id, t.name FROM object_tags ot JOIN tags t ON t.id = ot.tag_id WHERE ot.object_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE',
    )
    .all(JSON.stringify(objectIds)) as { id: string; name: string }[];
  for (const r of rows) {
    const list = out.get(r.id);
    if (list) list.push(r.name);
    else out.set(r.id, [r.name]);
  }
  return out;
}

/** Replaces an object's tags. Call inside a mutation. */
export function setTags(ctx: Ctx, objectId: string, kind: TaggableKind, tags: readonly string[]): void {
  ctx.db.prepare('DELETE FROM object_tags WHERE object_id = ?').run(objectId);
  for (const name of new Set(tags.map((t) => t.trim()).filter(Boolean))) {
    ctx.db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(name);
    const { id } = ctx.db.prepare('SELECT id FROM tags WHERE name = ?').get(name) as { id: number };
    ctx.db
      .prepare('INSERT OR IGNORE INTO object_tags (tag_id, object_id, object_kind) VALUES (?, ?, ?)')
      .run(id, objectId, kind);
  }
}

export function listTags(ctx: Ctx): { name: string; count: number }[] {
  return ctx.db
    .prepare(
      'SELECT t.name, count(ot.object_id) AS count FROM tags t LEFT JOIN object_tags ot ON ot.tag_id = t.id GROUP BY t.id HAVING count > 0 ORDER BY t.name COLLATE NOCASE',
    )
    .all() as { name: string; count: number }[];
}
