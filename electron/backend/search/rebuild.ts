// Rebuilding the whole full-text index from the library (after an upgrade of the tokenising rules,
// or to repair it). Runs as a job in batches, each batch one transaction.
import type { JobProgress } from '../../../shared/contract/methods';
import type { Ctx } from '../services/context';
import { indexField, type IndexedKind } from './searchIndex';

/** Set by migration 003 on a library whose index it emptied; cleared when a rebuild completes. */
export const REBUILD_SETTING = 'search_rebuild_needed';

interface Doc {
  kind: IndexedKind;
  id: string;
  field: string;
  text: string;
}

// Oldest first within each kind: when a query matches too much to rank, search lists the newest
// index entries first (search/plan.ts), so the index's row order should follow the library's.
const DOC_QUERIES = [
  "SELECT 'article' AS kind, id, 'title' AS field, title AS text FROM articles ORDER BY captured_at",
  "SELECT 'article' AS kind, id, 'text' AS field, text FROM articles ORDER BY captured_at",
  "SELECT 'excerpt' AS kind, id, 'exact' AS field, exact AS text FROM excerpts ORDER BY created_at",
  "SELECT 'excerpt' AS kind, id, 'note' AS field, note_text AS text FROM excerpts ORDER BY created_at",
  `SELECT 'entity' AS kind, e.id, 'name' AS field,
     e.name || coalesce((SELECT ' \n ' || group_concat(a.text, ' \n ') FROM entity_aliases a WHERE a.entity_id = e.id), '') AS text FROM entities e`,
  "SELECT 'entity' AS kind, id, 'description' AS field, description_text AS text FROM entities",
  `SELECT 'source' AS kind, s.id, 'name' AS field,
     s.name || coalesce((SELECT ' \n ' || group_concat(a.alias, ' \n ') FROM source_aliases a WHERE a.source_id = s.id), '') AS text FROM sources s`,
  "SELECT 'case' AS kind, id, 'title' AS field, title AS text FROM cases",
  "SELECT 'case' AS kind, id, 'summary' AS field, summary_text AS text FROM cases",
];

export async function rebuildSearchIndex(
  ctx: Ctx,
  report: (p: JobProgress) => void,
  signal: AbortSignal,
): Promise<{ indexed: number }> {
  const total = DOC_QUERIES.reduce(
    (n, q) => n + (ctx.db.prepare(`SELECT count(*) AS n FROM (${q})`).get() as { n: number }).n,
    0,
  );
  ctx.db
    .transaction(() => {
      ctx.db.exec('DELETE FROM search_fts; DELETE FROM search_docs;');
    })
    .immediate();
  let done = 0;
  for (const query of DOC_QUERIES) {
    const docs = ctx.db.prepare(query).all() as Doc[];
    for (let i = 0; i < docs.length; i += 500) {
      if (signal.aborted) return { indexed: done };
      ctx.db
        .transaction(() => {
          for (const doc of docs.slice(i, i + 500)) indexField(ctx.db, doc.kind, doc.id, doc.field, doc.text);
        })
        .immediate();
      done += Math.min(500, docs.length - i);
      report({ done, total, current: query.slice(8, 40), failures: 0 });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  ctx.db.prepare('DELETE FROM settings WHERE key = ?').run(REBUILD_SETTING);
  return { indexed: done };
}
