// Every kind of object whose state the audit log proves, as one small entry each.
//
// An entry says which tables hold the kind (so writes to them are noticed), how to list the ids
// stored now, and how to read one object's state as plain JSON. The same `snapshot` function
// writes the state into the audit log (at commit, see ./changeTracking) and reads the stored
// state back when `verify` replays the log, so the two can only differ when something changed
// the file outside Casefile.
//
// To add a kind (web captures, watch terms, trash…): append one entry to STATE_KINDS with the
// tables that hold it. Nothing else is needed: writes are tracked, logged and compared from here.
import { createHash } from 'node:crypto';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';

export type State = Record<string, unknown>;

/** A table whose rows belong to objects of a kind: a write to a row marks its object as changed. */
export interface Watch {
  table: string;
  /** The column (of NEW or OLD) holding the object's id. */
  idColumn: string;
  /** A column holding the object's kind, for tables shared by several kinds (object_tags). */
  kindColumn?: string;
}

export interface StateKind {
  kind: string;
  /** What a person calls one of these in a problem report. */
  label: string;
  watches: Watch[];
  /** Every id of this kind stored now. */
  ids(db: Db): string[];
  /** The object's state as stored now, or null when it does not exist. */
  snapshot(db: Db, id: string): State | null;
}

// Prepared once per connection: every audited write snapshots the objects it changed through these.
const one = (db: Db, sql: string, id: string) => (prepared(db, sql).get(id) as State | undefined) ?? null;
const all = (db: Db, sql: string, id: string) => prepared(db, sql).all(id) as State[];
const idList = (db: Db, sql: string) => db.prepare(sql).pluck().all() as string[];
const tagsOf = (db: Db, id: string) =>
  (
    prepared(
      db,
      'SELECT t.name FROM object_tags ot JOIN tags t ON t.id = ot.tag_id WHERE ot.object_id = ? ORDER BY t.name',
    ).all(id) as { name: string }[]
  ).map((t) => t.name);

/** A row plus the rows hanging off it; null when the row itself is gone. */
function withParts(row: State | null, parts: () => State): State | null {
  return row ? { ...row, ...parts() } : null;
}

const tagWatch = (): Watch => ({ table: 'object_tags', idColumn: 'object_id', kindColumn: 'object_kind' });

export const STATE_KINDS: StateKind[] = [
  {
    kind: 'original',
    label: 'original',
    watches: [{ table: 'originals', idColumn: 'sha256' }],
    ids: (db) => idList(db, 'SELECT sha256 FROM originals'),
    // The bytes are proven by their address (the `originals` check); the log proves which exist.
    snapshot: (db, id) => one(db, 'SELECT sha256, size FROM originals WHERE sha256 = ?', id),
  },
  {
    kind: 'article',
    label: 'article',
    watches: [{ table: 'articles', idColumn: 'id' }, { table: 'article_authors', idColumn: 'article_id' }, tagWatch()],
    ids: (db) => idList(db, 'SELECT id FROM articles'),
    // The text itself is proven by text_sha256 (the `article_texts` check), so it is left out here.
    snapshot: (db, id) =>
      withParts(one(db, 'SELECT * FROM articles WHERE id = ?', id), () => ({
        text: undefined,
        authors: all(
          db,
          'SELECT source_id, position FROM article_authors WHERE article_id = ? ORDER BY position, source_id',
          id,
        ),
        tags: tagsOf(db, id),
      })),
  },
  {
    kind: 'source',
    label: 'source',
    watches: [{ table: 'sources', idColumn: 'id' }, { table: 'source_aliases', idColumn: 'source_id' }, tagWatch()],
    ids: (db) => idList(db, 'SELECT id FROM sources'),
    snapshot: (db, id) =>
      withParts(one(db, 'SELECT * FROM sources WHERE id = ?', id), () => ({
        aliases: db.prepare('SELECT alias FROM source_aliases WHERE source_id = ? ORDER BY alias').pluck().all(id),
        tags: tagsOf(db, id),
      })),
  },
  {
    kind: 'rating',
    label: 'rating',
    watches: [{ table: 'source_ratings', idColumn: 'id' }],
    ids: (db) => idList(db, 'SELECT id FROM source_ratings'),
    snapshot: (db, id) => one(db, 'SELECT * FROM source_ratings WHERE id = ?', id),
  },
  {
    kind: 'excerpt',
    label: 'excerpt',
    watches: [{ table: 'excerpts', idColumn: 'id' }, tagWatch()],
    ids: (db) => idList(db, 'SELECT id FROM excerpts'),
    snapshot: (db, id) =>
      withParts(one(db, 'SELECT * FROM excerpts WHERE id = ?', id), () => ({ tags: tagsOf(db, id) })),
  },
  {
    kind: 'entity',
    label: 'entity',
    watches: [
      { table: 'entities', idColumn: 'id' },
      { table: 'entity_aliases', idColumn: 'entity_id' },
      { table: 'entity_external_ids', idColumn: 'entity_id' },
      tagWatch(),
    ],
    ids: (db) => idList(db, 'SELECT id FROM entities'),
    snapshot: (db, id) =>
      withParts(one(db, 'SELECT * FROM entities WHERE id = ?', id), () => ({
        aliases: all(db, 'SELECT id, text, script, normalized FROM entity_aliases WHERE entity_id = ? ORDER BY id', id),
        externalIds: all(db, 'SELECT key, value FROM entity_external_ids WHERE entity_id = ? ORDER BY key, value', id),
        tags: tagsOf(db, id),
      })),
  },
  {
    kind: 'mention',
    label: 'mention',
    watches: [{ table: 'mentions', idColumn: 'id' }],
    ids: (db) => idList(db, 'SELECT id FROM mentions'),
    snapshot: (db, id) => one(db, 'SELECT * FROM mentions WHERE id = ?', id),
  },
  {
    kind: 'relationship',
    label: 'relationship',
    watches: [
      { table: 'relationships', idColumn: 'id' },
      { table: 'relationship_excerpts', idColumn: 'relationship_id' },
    ],
    ids: (db) => idList(db, 'SELECT id FROM relationships'),
    snapshot: (db, id) =>
      withParts(one(db, 'SELECT * FROM relationships WHERE id = ?', id), () => ({
        excerpts: db
          .prepare('SELECT excerpt_id FROM relationship_excerpts WHERE relationship_id = ? ORDER BY excerpt_id')
          .pluck()
          .all(id),
      })),
  },
  {
    kind: 'case',
    label: 'case',
    watches: [
      { table: 'cases', idColumn: 'id' },
      { table: 'case_items', idColumn: 'case_id' },
    ],
    ids: (db) => idList(db, 'SELECT id FROM cases'),
    snapshot: (db, id) =>
      withParts(one(db, 'SELECT * FROM cases WHERE id = ?', id), () => ({
        items: all(
          db,
          'SELECT item_id, item_kind, added_at, added_by FROM case_items WHERE case_id = ? ORDER BY item_id',
          id,
        ),
      })),
  },
  {
    kind: 'merge',
    label: 'merge',
    watches: [{ table: 'merges', idColumn: 'id' }],
    ids: (db) => idList(db, 'SELECT id FROM merges'),
    snapshot: (db, id) => one(db, 'SELECT * FROM merges WHERE id = ?', id),
  },
  {
    kind: 'conflict',
    label: 'conflict',
    watches: [{ table: 'conflicts', idColumn: 'id' }],
    ids: (db) => idList(db, 'SELECT id FROM conflicts'),
    snapshot: (db, id) => one(db, 'SELECT * FROM conflicts WHERE id = ?', id),
  },
  {
    kind: 'imported-audit',
    label: "teammate's audit entry",
    watches: [{ table: 'imported_audit', idColumn: 'hash' }],
    ids: (db) => idList(db, 'SELECT hash FROM imported_audit'),
    snapshot: (db, id) => one(db, 'SELECT * FROM imported_audit WHERE hash = ?', id),
  },
  {
    kind: 'trash',
    label: 'trashed article',
    watches: [{ table: 'trash', idColumn: 'article_id' }],
    ids: (db) => idList(db, 'SELECT article_id FROM trash'),
    // The moved rows enter the log as their digest: the log stays small and any edit to them shows.
    snapshot: (db, id) => {
      const row = one(db, 'SELECT * FROM trash WHERE article_id = ?', id);
      if (!row) return null;
      const { rows_json: rows, ...rest } = row;
      return { ...rest, rows_sha256: createHash('sha256').update(String(rows)).digest('hex') };
    },
  },
  {
    kind: 'purged-original',
    label: 'original removed by emptying the Trash',
    watches: [{ table: 'purged_originals', idColumn: 'sha256' }],
    ids: (db) => idList(db, 'SELECT DISTINCT sha256 FROM purged_originals'),
    snapshot: (db, id) => {
      const rows = all(db, 'SELECT * FROM purged_originals WHERE sha256 = ? ORDER BY article_id', id);
      return rows.length ? { purges: rows } : null;
    },
  },
  {
    kind: 'watch-term',
    label: 'watch term',
    watches: [{ table: 'watch_terms', idColumn: 'id' }],
    ids: (db) => idList(db, 'SELECT id FROM watch_terms'),
    snapshot: (db, id) => one(db, 'SELECT * FROM watch_terms WHERE id = ?', id),
  },
  {
    kind: 'watch-hit',
    label: 'watch-term hit',
    watches: [{ table: 'watch_hits', idColumn: 'id' }],
    ids: (db) => idList(db, 'SELECT id FROM watch_hits'),
    snapshot: (db, id) => one(db, 'SELECT * FROM watch_hits WHERE id = ?', id),
  },
  {
    kind: 'saved-search',
    label: 'saved search',
    watches: [{ table: 'saved_searches', idColumn: 'id' }],
    ids: (db) => idList(db, 'SELECT id FROM saved_searches'),
    snapshot: (db, id) => one(db, 'SELECT * FROM saved_searches WHERE id = ?', id),
  },
  {
    kind: 'setting',
    label: 'setting',
    watches: [{ table: 'settings', idColumn: 'key' }],
    ids: (db) => idList(db, 'SELECT key FROM settings'),
    snapshot: (db, id) => one(db, 'SELECT * FROM settings WHERE key = ?', id),
  },
];

export function stateKind(kind: string): StateKind | undefined {
  return STATE_KINDS.find((k) => k.kind === kind);
}
