// Keeping the full-text index in step with the library, and querying it. Writes happen inside the
// caller's transaction, so the index can never disagree with the data it describes.
import { lettersAtLeast, type Reliability } from '../../../shared/domain/admiralty';
import { makeSnippet, toIndexText } from '../../../shared/domain/searchText';
import type { IndexedKind } from '../../../shared/contract/objectKinds';
import type { SearchResult } from '../../../shared/contract/schemas';
import type { Db } from '../db/connection';
import { normalizeAlias } from '../../../shared/domain/aliases';
import { snippetQuery, type AliasExpansion } from './aliasExpansion';
import { planSearch, type PlanOptions, type PlannedHit } from './plan';
import { prepared } from '../db/statements';

export type { IndexedKind };

/**
 * FTS writes held back on a connection while a plain-text import batch is open (see
 * holdIndexWrites), in the order they were asked for; null body = remove the row.
 */
interface HeldWrites {
  writes: { rowid: number; body: string | null }[];
  chars: number;
}
const held = new WeakMap<Db, HeldWrites>();

/**
 * From now until flushIndexWrites, index writes on this connection are kept in order instead of
 * written. A batch import opens this after its BEGIN: FTS5 writes its pending terms to disk at every
 * savepoint and release, so indexing file by file inside per-file savepoints wrote one index segment
 * per file (about half the import's time); held back, the batch's files become one segment, written
 * before the same COMMIT. The search_docs rows are still written at once, inside each file's
 * savepoint. Only for code that does not search the index until the flush.
 */
export function holdIndexWrites(db: Db): void {
  if (!held.has(db)) held.set(db, { writes: [], chars: 0 });
}

/** How many writes are held (a mark to drop back to when a savepoint is rolled back), or -1. */
export function heldIndexMark(db: Db): number {
  return held.get(db)?.writes.length ?? -1;
}

/** Forgets the writes held since `mark`: the savepoint that asked for them was rolled back. */
export function dropHeldIndexWrites(db: Db, mark: number): void {
  const h = held.get(db);
  if (!h || mark < 0) return;
  for (const w of h.writes.splice(mark)) h.chars -= w.body?.length ?? 0;
}

/** The characters of index text held, so a batch can close before it holds too much. */
export function heldIndexChars(db: Db): number {
  return held.get(db)?.chars ?? 0;
}

/** Writes the held index rows, in order, in the caller's still-open transaction, and stops holding. */
export function flushIndexWrites(db: Db): void {
  const h = held.get(db);
  if (!h) return;
  held.delete(db);
  for (const { rowid, body } of h.writes) {
    if (body === null) prepared(db, 'DELETE FROM search_fts WHERE rowid = ?').run(rowid);
    else prepared(db, 'INSERT INTO search_fts (rowid, body) VALUES (?, ?)').run(rowid, body);
  }
}

/** Stops holding and forgets what was held: the transaction they belonged to is gone. */
export function discardIndexWrites(db: Db): void {
  held.delete(db);
}

function writeFts(db: Db, rowid: number, body: string | null): void {
  const h = held.get(db);
  if (h) {
    h.writes.push({ rowid, body });
    h.chars += body?.length ?? 0;
  } else if (body === null) prepared(db, 'DELETE FROM search_fts WHERE rowid = ?').run(rowid);
  else prepared(db, 'INSERT INTO search_fts (rowid, body) VALUES (?, ?)').run(rowid, body);
}

export function indexField(db: Db, kind: IndexedKind, objectId: string, field: string, text: string): void {
  const existing = prepared(db, 'SELECT rowid FROM search_docs WHERE object_id = ? AND field = ?').get(
    objectId,
    field,
  ) as { rowid: number } | undefined;
  if (existing) writeFts(db, existing.rowid, null);
  if (!text.trim()) {
    if (existing) db.prepare('DELETE FROM search_docs WHERE rowid = ?').run(existing.rowid);
    return;
  }
  const rowid = existing
    ? existing.rowid
    : Number(
        prepared(db, 'INSERT INTO search_docs (object_kind, object_id, field) VALUES (?, ?, ?)').run(
          kind,
          objectId,
          field,
        ).lastInsertRowid,
      );
  writeFts(db, rowid, toIndexText(text));
}

export function unindexObject(db: Db, objectId: string): void {
  const rows = db.prepare('SELECT rowid FROM search_docs WHERE object_id = ?').all(objectId) as { rowid: number }[];
  for (const { rowid } of rows) writeFts(db, rowid, null);
  db.prepare('DELETE FROM search_docs WHERE object_id = ?').run(objectId);
}

export function reliabilityCondition(column: string, min: Reliability | 'unrated'): { sql: string; params: string[] } {
  if (min === 'unrated') return { sql: `${column} IS NULL`, params: [] };
  const letters = lettersAtLeast(min);
  return { sql: `${column} IN (${letters.map(() => '?').join(',')})`, params: letters };
}

/** The answer to `search.query`: one page of hits, how they were ordered, and which aliases were added. */
export function searchLibrary(db: Db, options: PlanOptions) {
  const plan = planSearch(db, options);
  const marked = snippetQuery(plan.highlight, plan.aliases);
  return {
    results: plan.hits.map((hit): SearchResult => withMatchedAliases(describeHit(db, hit, marked), plan.aliases)),
    ranking: plan.ranking,
    scanStopped: plan.scanStopped,
    aliases: plan.aliases,
  };
}

/**
 * The entity's other spellings this hit was found by ("matched alias 김여정"): those marked in its
 * snippet, when none of the marks is what was typed. A hit that also has the typed words needs no note.
 */
function withMatchedAliases(result: SearchResult, aliases: readonly AliasExpansion[]): SearchResult {
  if (!aliases.length || !result.highlights.length) return result;
  const marked = new Set(result.highlights.map((h) => normalizeAlias(result.snippet.slice(h.start, h.end))));
  const spellings = [...new Set(aliases.flatMap((a) => a.spellings))];
  const matched = spellings.filter((s) => marked.has(normalizeAlias(s)));
  const other = [...marked].filter((m) => !spellings.some((s) => normalizeAlias(s) === m));
  return matched.length && !other.length ? { ...result, matchedAliases: matched } : result;
}

function describeHit(db: Db, hit: PlannedHit, query: string): SearchResult {
  const base = { kind: hit.object_kind, id: hit.object_id };
  switch (hit.object_kind) {
    case 'article': {
      const a = db.prepare('SELECT title, text FROM articles WHERE id = ?').get(hit.object_id) as {
        title: string;
        text: string;
      };
      const inText = hit.fields.includes('text');
      const snippet = makeSnippet(inText ? a.text : a.title, query);
      return { ...base, title: a.title || '(untitled article)', snippet: snippet.text, highlights: snippet.highlights };
    }
    case 'excerpt': {
      const e = db
        .prepare(
          `SELECT e.exact, e.note_text, e.credibility, a.title, c.reliability FROM excerpts e JOIN articles a ON a.id = e.article_id
           LEFT JOIN source_current c ON c.source_id = e.source_id WHERE e.id = ?`,
        )
        .get(hit.object_id) as {
        exact: string;
        note_text: string;
        credibility: number | null;
        title: string;
        reliability: string | null;
      };
      const inQuote = hit.fields.includes('exact');
      const snippet = makeSnippet(inQuote ? e.exact : e.note_text, query);
      return {
        ...base,
        title: `Excerpt from ${e.title || '(untitled article)'}`,
        snippet: snippet.text,
        highlights: snippet.highlights,
        grade: `${e.reliability ?? '?'}${e.credibility ?? '?'}`,
      };
    }
    case 'entity': {
      const n = db.prepare('SELECT name, description_text FROM entities WHERE id = ?').get(hit.object_id) as {
        name: string;
        description_text: string;
      };
      const aliases = (
        db.prepare('SELECT text FROM entity_aliases WHERE entity_id = ?').all(hit.object_id) as { text: string }[]
      ).map((r) => r.text);
      const snippet = makeSnippet(
        [n.name, ...aliases].join(' · ') + (n.description_text ? ` — ${n.description_text}` : ''),
        query,
      );
      return { ...base, title: n.name, snippet: snippet.text, highlights: snippet.highlights };
    }
    case 'source': {
      const s = db.prepare('SELECT name, description FROM sources WHERE id = ?').get(hit.object_id) as {
        name: string;
        description: string;
      };
      const aliases = (
        db.prepare('SELECT alias FROM source_aliases WHERE source_id = ?').all(hit.object_id) as { alias: string }[]
      ).map((r) => r.alias);
      const snippet = makeSnippet([s.name, ...aliases].join(' · '), query);
      return { ...base, title: s.name, snippet: snippet.text, highlights: snippet.highlights };
    }
    case 'case': {
      const c = db.prepare('SELECT title, summary_text FROM cases WHERE id = ?').get(hit.object_id) as {
        title: string;
        summary_text: string;
      };
      const snippet = makeSnippet(c.summary_text || c.title, query);
      return { ...base, title: c.title, snippet: snippet.text, highlights: snippet.highlights };
    }
  }
}
