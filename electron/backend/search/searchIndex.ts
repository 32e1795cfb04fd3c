// Keeping the full-text index in step with the library, and querying it. Writes happen inside the
// caller's transaction, so the index can never disagree with the data it describes.
import { lettersAtLeast, type Reliability } from '../../../shared/domain/admiralty';
import { makeSnippet, toIndexText } from '../../../shared/domain/searchText';
import type { SearchResult } from '../../../shared/contract/schemas';
import type { Db } from '../db/connection';
import { withOtherSpellings } from './otherSpellings';

export type IndexedKind = 'article' | 'excerpt' | 'entity' | 'source' | 'case';

export function indexField(db: Db, kind: IndexedKind, objectId: string, field: string, text: string): void {
  const existing = db.prepare('SELECT rowid FROM search_docs WHERE object_id = ? AND field = ?').get(objectId, field) as
    | { rowid: number }
    | undefined;
  if (existing) db.prepare('DELETE FROM search_fts WHERE rowid = ?').run(existing.rowid);
  if (!text.trim()) {
    if (existing) db.prepare('DELETE FROM search_docs WHERE rowid = ?').run(existing.rowid);
    return;
  }
  const rowid = existing
    ? existing.rowid
    : Number(db.prepare('INSERT INTO search_docs (object_kind, object_id, field) VALUES (?, ?, ?)').run(kind, objectId, field).lastInsertRowid);
  db.prepare('INSERT INTO search_fts (rowid, body) VALUES (?, ?)').run(rowid, toIndexText(text));
}

export function unindexObject(db: Db, objectId: string): void {
  const rows = db.prepare('SELECT rowid FROM search_docs WHERE object_id = ?').all(objectId) as { rowid: number }[];
  for (const { rowid } of rows) db.prepare('DELETE FROM search_fts WHERE rowid = ?').run(rowid);
  db.prepare('DELETE FROM search_docs WHERE object_id = ?').run(objectId);
}

/** SQL that yields the reliability a search hit is judged by (publisher, attributed source, itself). */
const HIT_RELIABILITY = `CASE d.object_kind
  WHEN 'article' THEN (SELECT c.reliability FROM articles a JOIN source_current c ON c.source_id = a.publisher_source_id WHERE a.id = d.object_id)
  WHEN 'excerpt' THEN (SELECT c.reliability FROM excerpts e JOIN source_current c ON c.source_id = e.source_id WHERE e.id = d.object_id)
  WHEN 'source' THEN (SELECT c.reliability FROM source_current c WHERE c.source_id = d.object_id)
  ELSE NULL END`;

export function reliabilityCondition(column: string, min: Reliability | 'unrated'): { sql: string; params: string[] } {
  if (min === 'unrated') return { sql: `${column} IS NULL`, params: [] };
  const letters = lettersAtLeast(min);
  return { sql: `${column} IN (${letters.map(() => '?').join(',')})`, params: letters };
}

export interface SearchOptions {
  query: string;
  kinds?: readonly string[];
  minReliability?: Reliability | 'unrated';
  limit: number;
}

interface Hit {
  object_kind: IndexedKind;
  object_id: string;
  fields: string;
  rank: number;
}

export function searchLibrary(db: Db, options: SearchOptions): SearchResult[] {
  // Other spellings of a Korean or Chinese name are searched for too (otherSpellings.ts).
  const { match, highlight } = withOtherSpellings(db, options.query);
  if (!match) return [];
  const where: string[] = ['search_fts MATCH ?'];
  const params: unknown[] = [match];
  if (options.kinds?.length) {
    where.push(`d.object_kind IN (${options.kinds.map(() => '?').join(',')})`);
    params.push(...options.kinds);
  }
  if (options.minReliability) {
    const cond = reliabilityCondition(`(${HIT_RELIABILITY})`, options.minReliability);
    // Entities and cases carry no reliability of their own, so a reliability filter leaves them out.
    where.push(`d.object_kind IN ('article','excerpt','source') AND ${cond.sql}`);
    params.push(...cond.params);
  }
  const hits = db
    .prepare(
      `SELECT object_kind, object_id, group_concat(field) AS fields, min(score) AS rank FROM (
         SELECT d.object_kind, d.object_id, d.field, search_fts.rank AS score
         FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid
         WHERE ${where.join(' AND ')}
       ) GROUP BY object_id ORDER BY rank LIMIT ?`,
    )
    .all(...params, options.limit) as Hit[];
  return hits.map((hit) => describeHit(db, hit, highlight));
}

function describeHit(db: Db, hit: Hit, query: string): SearchResult {
  const base = { kind: hit.object_kind, id: hit.object_id };
  switch (hit.object_kind) {
    case 'article': {
      const a = db.prepare('SELECT title, text FROM articles WHERE id = ?').get(hit.object_id) as { title: string; text: string };
      const inText = hit.fields.split(',').includes('text');
      const snippet = makeSnippet(inText ? a.text : a.title, query);
      return { ...base, title: a.title || '(untitled article)', snippet: snippet.text, highlights: snippet.highlights };
    }
    case 'excerpt': {
      const e = db
        .prepare(
          `SELECT e.exact, e.note_text, e.credibility, a.title, c.reliability FROM excerpts e JOIN articles a ON a.id = e.article_id
           LEFT JOIN source_current c ON c.source_id = e.source_id WHERE e.id = ?`,
        )
        .get(hit.object_id) as { exact: string; note_text: string; credibility: number | null; title: string; reliability: string | null };
      const inQuote = hit.fields.split(',').includes('exact');
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
      const n = db.prepare('SELECT name, description_text FROM entities WHERE id = ?').get(hit.object_id) as { name: string; description_text: string };
      const aliases = (db.prepare('SELECT text FROM entity_aliases WHERE entity_id = ?').all(hit.object_id) as { text: string }[]).map((r) => r.text);
      const snippet = makeSnippet([n.name, ...aliases].join(' · ') + (n.description_text ? ` — ${n.description_text}` : ''), query);
      return { ...base, title: n.name, snippet: snippet.text, highlights: snippet.highlights };
    }
    case 'source': {
      const s = db.prepare('SELECT name, description FROM sources WHERE id = ?').get(hit.object_id) as { name: string; description: string };
      const aliases = (db.prepare('SELECT alias FROM source_aliases WHERE source_id = ?').all(hit.object_id) as { alias: string }[]).map((r) => r.alias);
      const snippet = makeSnippet([s.name, ...aliases].join(' · '), query);
      return { ...base, title: s.name, snippet: snippet.text, highlights: snippet.highlights };
    }
    case 'case': {
      const c = db.prepare('SELECT title, summary_text FROM cases WHERE id = ?').get(hit.object_id) as { title: string; summary_text: string };
      const snippet = makeSnippet(c.summary_text || c.title, query);
      return { ...base, title: c.title, snippet: snippet.text, highlights: snippet.highlights };
    }
  }
}
