// Watch terms: the analyst's list of names, aliases and phrases to flag in new evidence. Every
// capture or import is scanned as it is stored (same transaction), with the same tolerant matching
// as entity names (case, hyphens, apostrophes and diacritics folded for Latin script; Hangul and Han
// exact, particles allowed), and each occurrence becomes a hit shown in the Library and in the
// notifications list in its sentence. A new term is also looked for in the articles already in the
// library: inline when few contain its words, otherwise as a job in batches (scanArticlesForTerm).
import { ContractError } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/methods';
import type { WatchHit, WatchTerm } from '../../../shared/contract/schemas';
import { normalizeAlias } from '../../../shared/domain/aliases';
import { codePointToUtf16 } from '../../../shared/domain/anchoring';
import { findAliasOccurrences } from '../../../shared/domain/entityMatching';
import { sentenceContext } from '../../../shared/domain/kwic';
import { toFtsPhrase } from '../../../shared/domain/searchText';
import { articleLabel } from '../../../shared/domain/untitled';
import { REBUILD_SETTING } from '../search/rebuild';
import { recordAudit } from './audit';
import { currentAnalyst, mutate, type Ctx } from './context';
import { prepared } from '../db/statements';

interface TermRow {
  id: string;
  term: string;
  normalized: string;
  created_at: string;
  created_by: string;
}

function toTerm(ctx: Ctx, r: TermRow): WatchTerm {
  const hits = ctx.db.prepare('SELECT count(*) FROM watch_hits WHERE term_id = ?').pluck().get(r.id) as number;
  return { id: r.id, term: r.term, createdAt: r.created_at, createdBy: r.created_by, hits };
}

export function getWatchTerm(ctx: Ctx, id: string): WatchTerm {
  const row = ctx.db.prepare('SELECT * FROM watch_terms WHERE id = ?').get(id) as TermRow | undefined;
  if (!row) throw new ContractError('not_found', `No watch term has the id ${id}.`);
  return toTerm(ctx, row);
}

export function listWatchTerms(ctx: Ctx): WatchTerm[] {
  const rows = ctx.db.prepare('SELECT * FROM watch_terms ORDER BY term COLLATE NOCASE').all() as TermRow[];
  return rows.map((r) => toTerm(ctx, r));
}

/** Up to this many candidate articles, a new term is looked for in the same transaction that adds it. */
export const INLINE_SCAN_LIMIT = 200;
/** Articles scanned per transaction when the look-back runs as a job. */
export const SCAN_BATCH = 100;

/**
 * Adds a term and looks for it in the articles already in the library. When more than
 * INLINE_SCAN_LIMIT articles may contain it, `scanNeeded` is true and the caller runs
 * scanArticlesForTerm as a job (the term is stored either way).
 */
export function addWatchTerm(ctx: Ctx, term: string): WatchTerm & { scanNeeded: boolean } {
  const text = term.trim();
  const normalized = normalizeAlias(text);
  if (!normalized) throw new ContractError('invalid_input', 'A watch term needs at least one letter or digit.');
  return mutate(ctx, () => {
    const existing = ctx.db.prepare('SELECT * FROM watch_terms WHERE normalized = ?').get(normalized) as
      TermRow | undefined;
    if (existing) {
      throw new ContractError('invalid_input', `“${existing.term}” is already on the watch list (the same term).`);
    }
    const row: TermRow = {
      id: ctx.newId(),
      term: text,
      normalized,
      created_at: ctx.now(),
      created_by: currentAnalyst(ctx),
    };
    ctx.db
      .prepare(
        'INSERT INTO watch_terms (id, term, normalized, created_at, created_by) VALUES (@id, @term, @normalized, @created_at, @created_by)',
      )
      .run(row);
    recordAudit(ctx, 'watch.add', 'watch-term', row.id, null, toTerm(ctx, row));
    const candidates = candidateArticles(ctx, text);
    const scanNeeded = candidates.length > INLINE_SCAN_LIMIT;
    if (!scanNeeded) for (const id of candidates) flagExistingArticle(ctx, row, id);
    return { ...toTerm(ctx, row), scanNeeded };
  });
}

/**
 * Looks for a term in every article already in the library, SCAN_BATCH articles per transaction,
 * reporting progress. Cancelling keeps the batches already written; running it again adds only
 * the occurrences not yet recorded.
 */
export async function scanArticlesForTerm(
  ctx: Ctx,
  termId: string,
  report: (p: JobProgress) => void,
  signal: AbortSignal,
): Promise<{ termId: string; articles: number; hits: number }> {
  const row = ctx.db.prepare('SELECT * FROM watch_terms WHERE id = ?').get(termId) as TermRow | undefined;
  if (!row) throw new ContractError('not_found', `No watch term has the id ${termId}.`);
  const ids = candidateArticles(ctx, row.term);
  let articles = 0;
  let hits = 0;
  for (let i = 0; i < ids.length; i += SCAN_BATCH) {
    if (signal.aborted) break;
    report({ done: i, total: ids.length, current: row.term, failures: 0 });
    await new Promise((resolve) => setImmediate(resolve));
    mutate(ctx, () => {
      // Removed while the job ran: stop flagging for it.
      if (!ctx.db.prepare('SELECT 1 FROM watch_terms WHERE id = ?').get(termId)) return;
      for (const id of ids.slice(i, i + SCAN_BATCH)) {
        const found = flagExistingArticle(ctx, row, id);
        if (found) articles++;
        hits += found;
      }
    });
  }
  if (!signal.aborted) report({ done: ids.length, total: ids.length, current: '', failures: 0 });
  return { termId, articles, hits };
}

/**
 * The live articles that may contain the term: the full-text index narrows the library to those
 * with its words (the matcher confirms each); while the index waits for a rebuild, every article.
 */
function candidateArticles(ctx: Ctx, term: string): string[] {
  const indexPending = ctx.db.prepare('SELECT 1 FROM settings WHERE key = ?').get(REBUILD_SETTING);
  if (indexPending) return ctx.db.prepare('SELECT id FROM articles ORDER BY captured_at').pluck().all() as string[];
  const phrases = [...new Set([term, term.replace(/['’]/g, '')])].map(toFtsPhrase).filter((q): q is string => !!q);
  const found = new Set<string>();
  const query = ctx.db.prepare(
    "SELECT DISTINCT d.object_id FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid WHERE search_fts MATCH ? AND d.object_kind = 'article' AND d.field = 'text'",
  );
  for (const phrase of phrases) for (const id of query.pluck().all(phrase) as string[]) found.add(id);
  return [...found];
}

/** Records the term's occurrences in one stored article that are not recorded yet; inside a mutation. */
function flagExistingArticle(ctx: Ctx, term: TermRow, articleId: string): number {
  const text = ctx.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string | undefined;
  if (text === undefined) return 0;
  const known = new Set(
    (
      ctx.db
        .prepare('SELECT start, "end" FROM watch_hits WHERE term_id = ? AND article_id = ?')
        .all(term.id, articleId) as {
        start: number;
        end: number;
      }[]
    ).map((h) => `${h.start}:${h.end}`),
  );
  const found = findAliasOccurrences(text, [{ entityId: term.id, name: term.term, alias: term.term }]).filter(
    (o) => !known.has(`${o.start}:${o.end}`),
  );
  if (!found.length) return 0;
  const now = ctx.now();
  const insert = ctx.db.prepare(
    'INSERT INTO watch_hits (id, term_id, term, article_id, start, "end", found_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const hit of found) insert.run(ctx.newId(), term.id, term.term, articleId, hit.start, hit.end, now);
  recordAudit(ctx, 'watch.hits', 'article', articleId, null, { terms: [term.term], hits: found.length, rescan: true });
  return found.length;
}

export function removeWatchTerm(ctx: Ctx, id: string): void {
  mutate(ctx, () => {
    const row = ctx.db.prepare('SELECT * FROM watch_terms WHERE id = ?').get(id) as TermRow | undefined;
    if (!row) throw new ContractError('not_found', `No watch term has the id ${id}.`);
    ctx.db.prepare('DELETE FROM watch_terms WHERE id = ?').run(id);
    recordAudit(ctx, 'watch.remove', 'watch-term', id, toTerm(ctx, row), null);
  });
}

/**
 * Records a hit for every watch term in a newly stored article. Call inside the capture's
 * mutation, so the article and its hits land together.
 */
export function flagWatchTerms(ctx: Ctx, articleId: string, text: string): number {
  if (!hasWatchTables(ctx)) return 0;
  const terms = prepared(ctx.db, 'SELECT id, term FROM watch_terms').all() as { id: string; term: string }[];
  if (!terms.length) return 0;
  const found = findAliasOccurrences(
    text,
    terms.map((t) => ({ entityId: t.id, name: t.term, alias: t.term })),
  );
  const now = ctx.now();
  const insert = ctx.db.prepare(
    'INSERT INTO watch_hits (id, term_id, term, article_id, start, "end", found_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const hit of found) insert.run(ctx.newId(), hit.entityId, hit.name, articleId, hit.start, hit.end, now);
  if (found.length) {
    recordAudit(ctx, 'watch.hits', 'article', articleId, null, {
      terms: [...new Set(found.map((h) => h.name))].sort(),
      hits: found.length,
    });
  }
  return found.length;
}

const watchTables = new WeakSet<object>();
/** A library opened with an older migration list (the migration tests) has no watch list to check. */
function hasWatchTables(ctx: Ctx): boolean {
  if (watchTables.has(ctx.db)) return true;
  const found = Boolean(
    ctx.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'watch_terms'").get(),
  );
  if (found) watchTables.add(ctx.db);
  return found;
}

interface HitRow {
  id: string;
  term_id: string;
  term: string;
  article_id: string;
  start: number;
  end: number;
  found_at: string;
  seen_at: string;
  title: string;
  original_filename: string;
  language: string;
  text: string;
}

/** The notifications list: hits newest first, each in its sentence. */
export function listWatchHits(
  ctx: Ctx,
  input: { unseenOnly: boolean; limit: number },
): {
  items: WatchHit[];
  unseen: number;
} {
  const rows = ctx.db
    .prepare(
      `SELECT h.*, a.title, a.original_filename, a.language, a.text FROM watch_hits h JOIN articles a ON a.id = h.article_id
       ${input.unseenOnly ? "WHERE h.seen_at = ''" : ''}
       ORDER BY h.found_at DESC, h.article_id, h.start LIMIT ?`,
    )
    .all(input.limit) as HitRow[];
  const unseen = ctx.db.prepare("SELECT count(*) FROM watch_hits WHERE seen_at = ''").pluck().get() as number;
  return {
    unseen,
    items: rows.map((r) => {
      const from = codePointToUtf16(r.text, r.start);
      const to = codePointToUtf16(r.text, r.end);
      return {
        id: r.id,
        termId: r.term_id,
        term: r.term,
        articleId: r.article_id,
        articleTitle: articleLabel(r.title, r.original_filename),
        language: r.language,
        start: r.start,
        end: r.end,
        foundAt: r.found_at,
        seen: r.seen_at !== '',
        context: sentenceContext(r.text, from, to),
      };
    }),
  };
}

/** Marks hits seen (all of them when no ids are given). */
export function markWatchHitsSeen(ctx: Ctx, ids?: readonly string[]): { marked: number } {
  return mutate(ctx, () => {
    const now = ctx.now();
    const changes = ids?.length
      ? ctx.db
          .prepare("UPDATE watch_hits SET seen_at = ? WHERE seen_at = '' AND id IN (SELECT value FROM json_each(?))")
          .run(now, JSON.stringify(ids)).changes
      : ctx.db.prepare("UPDATE watch_hits SET seen_at = ? WHERE seen_at = ''").run(now).changes;
    if (changes) recordAudit(ctx, 'watch.seen', 'library', 'library', null, { marked: changes });
    return { marked: changes };
  });
}

/** How many hits each of these articles has (for the Library's flag). */
export function watchHitCounts(ctx: Ctx, articleIds: readonly string[]): Map<string, number> {
  const rows = ctx.db
    .prepare(
      'SELECT article_id, count(*) AS n FROM watch_hits WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY article_id',
    )
    .all(JSON.stringify(articleIds)) as { article_id: string; n: number }[];
  return new Map(rows.map((r) => [r.article_id, r.n]));
}
