// The Trash: deleting an article moves it, with every row that hangs off it, out of the live tables
// into one `trash` row (migration 006). Nothing that reads the library can show it, because it is no
// longer there; restoring inserts the very same rows again (same ids, same columns, same times).
// The originals stay until the Trash is emptied, which is audited and only then removes the rows
// for good, with every original no other article, web capture or trashed article still needs.
import { ContractError } from '../../../shared/contract/errors';
import type { TrashItem } from '../../../shared/contract/schemas';
import { articleLabel } from '../../../shared/domain/untitled';
import type { Db } from '../db/connection';
import { indexField, unindexObject } from '../search/searchIndex';
import { recordAudit } from './audit';
import { currentAnalyst, mutate, type Ctx } from './context';

type Row = Record<string, unknown>;

/** Every table a trashed article takes rows from, in the order they are put back (parents first). */
const TABLES = [
  'articles',
  'article_authors',
  'web_captures',
  'excerpts',
  'mentions',
  'relationship_excerpts',
  'case_items',
  'object_tags',
  'watch_hits',
] as const;
type Table = (typeof TABLES)[number];
export type TrashedRows = Record<Table, Row[]>;

interface TrashDbRow {
  article_id: string;
  title: string;
  trashed_at: string;
  trashed_by: string;
  rows_json: string;
  originals_json: string;
}

function gatherRows(db: Db, articleId: string): TrashedRows {
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
  const excerptIds = all('SELECT id FROM excerpts WHERE article_id = ? ORDER BY id', articleId).map((r) => r.id);
  const objectIds = JSON.stringify([articleId, ...excerptIds]);
  return {
    articles: all('SELECT * FROM articles WHERE id = ?', articleId),
    article_authors: all('SELECT * FROM article_authors WHERE article_id = ? ORDER BY position', articleId),
    web_captures: all('SELECT * FROM web_captures WHERE article_id = ?', articleId),
    excerpts: all('SELECT * FROM excerpts WHERE article_id = ? ORDER BY id', articleId),
    mentions: all('SELECT * FROM mentions WHERE article_id = ? ORDER BY id', articleId),
    relationship_excerpts: all(
      `SELECT * FROM relationship_excerpts WHERE excerpt_id IN (SELECT value FROM json_each(?))
       ORDER BY relationship_id, excerpt_id`,
      JSON.stringify(excerptIds),
    ),
    case_items: all(
      'SELECT * FROM case_items WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY case_id, item_id',
      objectIds,
    ),
    // Tags by name: a tag row left unused meanwhile may be gone, and is found or made again on restore.
    watch_hits: all('SELECT * FROM watch_hits WHERE article_id = ? ORDER BY id', articleId),
    object_tags: all(
      `SELECT ot.object_id, ot.object_kind, t.name AS tag FROM object_tags ot JOIN tags t ON t.id = ot.tag_id
       WHERE ot.object_id IN (SELECT value FROM json_each(?)) ORDER BY ot.object_id, t.name`,
      objectIds,
    ),
  };
}

function originalsOf(rows: TrashedRows): string[] {
  const shas = [
    ...rows.articles.map((a) => a.original_sha256),
    ...rows.web_captures.flatMap((w) => [w.warc_sha256, w.screenshot_sha256, w.pdf_sha256]),
  ];
  return [...new Set(shas.filter((s): s is string => typeof s === 'string' && s.length > 0))].sort();
}

function toItem(row: TrashDbRow): TrashItem {
  const rows = JSON.parse(row.rows_json) as TrashedRows;
  const article = rows.articles[0] ?? {};
  return {
    articleId: row.article_id,
    title: row.title,
    trashedAt: row.trashed_at,
    trashedBy: row.trashed_by,
    capturedAt: String(article.captured_at ?? ''),
    mediaType: String(article.media_type ?? ''),
    excerpts: rows.excerpts.length,
    mentions: rows.mentions.length,
    caseItems: rows.case_items.length,
    originals: JSON.parse(row.originals_json) as string[],
  };
}

export function listTrash(ctx: Ctx): TrashItem[] {
  return (ctx.db.prepare('SELECT * FROM trash ORDER BY trashed_at DESC, article_id').all() as TrashDbRow[]).map(toItem);
}

function trashRow(ctx: Ctx, articleId: string): TrashDbRow {
  const row = ctx.db.prepare('SELECT * FROM trash WHERE article_id = ?').get(articleId) as TrashDbRow | undefined;
  if (!row) throw new ContractError('not_found', `No article with the id ${articleId} is in the Trash.`);
  return row;
}

/** Moves articles (and everything hanging off them) to the Trash, all in one transaction. */
export function trashArticles(ctx: Ctx, ids: readonly string[]): TrashItem[] {
  return mutate(ctx, () => {
    const analyst = currentAnalyst(ctx);
    const now = ctx.now();
    return [...new Set(ids)].map((id) => {
      const rows = gatherRows(ctx.db, id);
      const article = rows.articles[0];
      if (!article) throw new ContractError('not_found', `No article has the id ${id}.`);
      const later = ctx.db
        .prepare('SELECT article_id FROM web_captures WHERE previous_article_id = ? AND article_id <> ?')
        .pluck()
        .get(id, id) as string | undefined;
      if (later) {
        throw new ContractError(
          'invalid_input',
          `“${articleLabel(String(article.title), String(article.original_filename))}” cannot be deleted: a later capture of the same address (article ${later}) records it as the earlier version. Delete that capture first.`,
        );
      }
      // The trash row goes in first: the web capture's guard lets it leave only for the Trash.
      ctx.db
        .prepare(
          `INSERT INTO trash (article_id, title, trashed_at, trashed_by, rows_json, originals_json)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(id, article.title, now, analyst, JSON.stringify(rows), JSON.stringify(originalsOf(rows)));
      const excerptIds = rows.excerpts.map((e) => String(e.id));
      const objectIds = JSON.stringify([id, ...excerptIds]);
      const run = (sql: string, ...params: unknown[]) => ctx.db.prepare(sql).run(...params);
      run('DELETE FROM relationship_excerpts WHERE excerpt_id IN (SELECT value FROM json_each(?))', objectIds);
      run('DELETE FROM mentions WHERE article_id = ?', id);
      run('DELETE FROM case_items WHERE item_id IN (SELECT value FROM json_each(?))', objectIds);
      run('DELETE FROM object_tags WHERE object_id IN (SELECT value FROM json_each(?))', objectIds);
      run('DELETE FROM excerpts WHERE article_id = ?', id);
      run('DELETE FROM watch_hits WHERE article_id = ?', id);
      run('DELETE FROM article_authors WHERE article_id = ?', id);
      run('DELETE FROM web_captures WHERE article_id = ?', id);
      run('DELETE FROM articles WHERE id = ?', id);
      for (const objectId of [id, ...excerptIds]) unindexObject(ctx.db, objectId);
      const item = toItem(trashRow(ctx, id));
      recordAudit(ctx, 'article.trash', 'article', id, { title: article.title }, item);
      return item;
    });
  });
}

export interface RestoreOutcome {
  restored: string[];
  /** Links that could not come back because what they pointed to is gone (a deleted case, entity…). */
  dropped: string[];
}

/** Puts trashed articles back exactly as they were. */
export function restoreArticles(ctx: Ctx, ids: readonly string[]): RestoreOutcome {
  return mutate(ctx, () => {
    const dropped: string[] = [];
    const restored = [...new Set(ids)].map((id) => {
      const trashed = trashRow(ctx, id);
      const rows = JSON.parse(trashed.rows_json) as TrashedRows;
      const article = rows.articles[0]!;
      const again = ctx.db
        .prepare('SELECT id FROM articles WHERE original_sha256 = ?')
        .pluck()
        .get(article.original_sha256) as string | undefined;
      if (again) {
        throw new ContractError(
          'invalid_input',
          `“${articleLabel(trashed.title)}” cannot be restored: the same original was captured again meanwhile as article ${again}.`,
        );
      }
      const exists = (table: string, key: unknown) =>
        key === null || Boolean(ctx.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(key));
      const keep = (what: string, ok: boolean) => (ok ? true : (dropped.push(what), false));
      for (const table of TABLES) {
        for (const row of rows[table] ?? []) {
          if (table === 'object_tags') {
            ctx.db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(row.tag);
            ctx.db
              .prepare(
                'INSERT OR IGNORE INTO object_tags (tag_id, object_id, object_kind) SELECT id, ?, ? FROM tags WHERE name = ?',
              )
              .run(row.object_id, row.object_kind, row.tag);
            continue;
          }
          const put = { ...row };
          // A source merged or deleted meanwhile: the link is dropped (and said), the evidence comes back.
          if (table === 'articles' && !exists('sources', put.publisher_source_id)) {
            dropped.push(`publisher ${String(put.publisher_source_id)}`);
            put.publisher_source_id = null;
          }
          if (table === 'excerpts' && !exists('sources', put.source_id)) {
            dropped.push(`source ${String(put.source_id)} of excerpt ${String(put.id)}`);
            put.source_id = null;
          }
          if (table === 'web_captures' && !exists('articles', put.previous_article_id)) {
            dropped.push(`earlier capture ${String(put.previous_article_id)}`);
            put.previous_article_id = null;
          }
          if (table === 'article_authors' && !keep(`author ${String(put.source_id)}`, exists('sources', put.source_id)))
            continue;
          if (table === 'mentions' && !keep(`mention ${String(put.id)}`, exists('entities', put.entity_id))) continue;
          if (
            table === 'relationship_excerpts' &&
            !keep(`relationship ${String(put.relationship_id)}`, exists('relationships', put.relationship_id))
          )
            continue;
          if (table === 'case_items' && !keep(`case item in case ${String(put.case_id)}`, exists('cases', put.case_id)))
            continue;
          insertRow(ctx.db, table, put);
        }
      }
      ctx.db.prepare('DELETE FROM trash WHERE article_id = ?').run(id);
      indexField(ctx.db, 'article', id, 'title', String(article.title));
      indexField(ctx.db, 'article', id, 'text', String(article.text));
      for (const e of rows.excerpts) {
        indexField(ctx.db, 'excerpt', String(e.id), 'exact', String(e.exact));
        indexField(ctx.db, 'excerpt', String(e.id), 'note', String(e.note_text ?? ''));
      }
      recordAudit(ctx, 'article.restore', 'article', id, toItem(trashed), { title: article.title });
      return id;
    });
    return { restored, dropped };
  });
}

function insertRow(db: Db, table: Table, row: Row): void {
  const columns = Object.keys(row);
  const quoted = columns.map((c) => `"${c.replace(/"/g, '""')}"`).join(', ');
  db.prepare(`INSERT INTO ${table} (${quoted}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    ...columns.map((c) => row[c]),
  );
}

export interface EmptyOutcome {
  emptied: string[];
  originalsRemoved: string[];
}

/**
 * Empties the Trash (every article in it, or the ones named). Each emptied article gets its own
 * audit row first; then its trash row goes, and each of its originals that nothing else needs is
 * recorded in `purged_originals` and deleted (the originals' guard trigger allows nothing else).
 */
export function emptyTrash(ctx: Ctx, ids?: readonly string[]): EmptyOutcome {
  return mutate(ctx, () => {
    const analyst = currentAnalyst(ctx);
    const now = ctx.now();
    const targets = ids?.length
      ? [...new Set(ids)].map((id) => trashRow(ctx, id))
      : (ctx.db.prepare('SELECT * FROM trash ORDER BY trashed_at, article_id').all() as TrashDbRow[]);
    const originalsRemoved: string[] = [];
    for (const entry of targets) {
      recordAudit(ctx, 'trash.empty', 'article', entry.article_id, toItem(entry), null);
      ctx.db.prepare('DELETE FROM trash WHERE article_id = ?').run(entry.article_id);
      for (const sha of JSON.parse(entry.originals_json) as string[]) {
        if (stillNeeded(ctx.db, sha)) continue;
        const size = ctx.db.prepare('SELECT size FROM originals WHERE sha256 = ?').pluck().get(sha) as
          number | undefined;
        if (size === undefined) continue;
        ctx.db
          .prepare(
            'INSERT INTO purged_originals (sha256, size, article_id, purged_at, purged_by) VALUES (?, ?, ?, ?, ?)',
          )
          .run(sha, size, entry.article_id, now, analyst);
        ctx.db.prepare('DELETE FROM originals WHERE sha256 = ?').run(sha);
        originalsRemoved.push(sha);
      }
    }
    return { emptied: targets.map((t) => t.article_id), originalsRemoved };
  });
}

function stillNeeded(db: Db, sha: string): boolean {
  const live = db
    .prepare(
      `SELECT 1 FROM articles WHERE original_sha256 = @sha
       UNION ALL SELECT 1 FROM web_captures WHERE @sha IN (warc_sha256, screenshot_sha256, pdf_sha256)
       UNION ALL SELECT 1 FROM trash, json_each(trash.originals_json) WHERE json_each.value = @sha
       LIMIT 1`,
    )
    .get({ sha });
  return Boolean(live);
}
