// Query planning for search on a real-size library (issue 14). FTS5's `ORDER BY rank` computes
// bm25 for every matching row before it can return the first one: cheap for a rare word, hundreds
// of milliseconds for "the" in 100,000 articles. Reading matches newest-first, on the other hand,
// is lazy: FTS5 walks the doclist backwards and stops when we stop. So:
//
// 1. Probe: read at most RANK_LIMIT + 1 matching index rows newest-first (bounded cost).
// 2. If the whole match set fits in RANK_LIMIT, rank it with bm25 exactly as the bare query does
//    (the results are the bare bm25 top documents; search.test.ts checks it).
// 3. Otherwise the match set is huge and ranking it would blow the time budget: list the newest
//    matches first, reading lazily until a page is full, and say so (`ranking: 'recent'`), so
//    the analyst knows to add a word. A filter that rejects almost everything could make that
//    read walk the whole index, so it stops after SCAN_LIMIT index rows and says it did.
//
// Filters (filters.ts) are conditions on each index row, checked by index lookups. A filter that
// names a small set of objects (an entity's mentions, a case's items, a narrow date range) is
// planned the other way round: the word's matches are read among those objects only, newest
// first, however common the word, so none of them is missed.
import { ContractError } from '../../../shared/contract/errors';
import type { SearchFilters } from '../../../shared/contract/schemas';
import type { Db } from '../db/connection';
import { expandEntityAliases, withAliases, type AliasExpansion } from './aliasExpansion';
import { restrictionsFor, restrictionSql, smallestCandidateSet } from './filters';
import { withOtherSpellings } from './otherSpellings';
import type { IndexedKind } from './searchIndex';

/** Matches we rank with bm25 (about 10 µs each on two cores, so ~10 ms at most). */
export const RANK_LIMIT = 1000;
/** Index rows a newest-first read looks at before it gives up on filling the page. */
export const SCAN_LIMIT = 5000;
/** Objects a filter may name for the full-text index to be asked about them alone. */
export const CANDIDATE_LIMIT = 2000;

export interface PlanOptions extends SearchFilters {
  query: string;
  limit: number;
}

export interface PlannedHit {
  object_kind: IndexedKind;
  object_id: string;
  /** Every indexed field of the object that matched, best first. */
  fields: string[];
}

export interface Plan {
  hits: PlannedHit[];
  /** 'relevance': bm25 over every match; 'recent': too many matches to rank, newest first. */
  ranking: 'relevance' | 'recent';
  /** True when a newest-first read stopped at SCAN_LIMIT rows with the page not full. */
  scanStopped: boolean;
  /** Other spellings searched for because the query names an entity. */
  aliases: AliasExpansion[];
  /** What snippets mark: the query and every other spelling of a name it was searched with. */
  highlight: string;
}

interface Row {
  object_kind: IndexedKind;
  object_id: string;
  field: string;
}

/** Folds index rows (one per field) into objects, keeping the order of their first row. */
class HitCollector {
  private readonly byId = new Map<string, PlannedHit>();
  constructor(private readonly limit: number) {}
  add(row: Row): void {
    const hit = this.byId.get(row.object_id);
    if (hit) hit.fields.push(row.field);
    else if (!this.full)
      this.byId.set(row.object_id, { object_kind: row.object_kind, object_id: row.object_id, fields: [row.field] });
  }
  get full(): boolean {
    return this.byId.size >= this.limit;
  }
  get hits(): PlannedHit[] {
    return [...this.byId.values()];
  }
}

/** Words a query may have: each one is another doclist to walk, and a pasted paragraph would walk hundreds. */
export const MAX_QUERY_WORDS = 32;

export function planSearch(db: Db, options: PlanOptions): Plan {
  const words = options.query.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
  if (words > MAX_QUERY_WORDS) {
    throw new ContractError(
      'invalid_input',
      `Search takes up to ${MAX_QUERY_WORDS} words; this query has ${words}. Keep the most telling words or names, or quote a short exact phrase.`,
    );
  }
  // Other spellings of a Korean or Chinese name are searched for too (otherSpellings.ts).
  const { match: typed, highlight } = withOtherSpellings(db, options.query);
  if (!typed) return { hits: [], ranking: 'relevance', scanStopped: false, aliases: [], highlight };
  const aliases = expandEntityAliases(db, options.query);
  const match = withAliases(typed, aliases);
  const restrictions = restrictionsFor(db, options);
  const filter = restrictionSql(restrictions);
  const collector = new HitCollector(options.limit);
  const from = 'FROM search_fts f JOIN search_docs d ON d.rowid = f.rowid WHERE search_fts MATCH ?';

  // One newest-first read serves as the probe and, when the set is huge, goes on to fill the page:
  // a prefix query pays for merging its doclists once, not twice.
  const newest = db
    .prepare(`SELECT f.rowid AS rowid, d.object_kind, d.object_id, d.field ${from} ORDER BY f.rowid DESC`)
    .iterate(match) as IterableIterator<IndexRow>;
  try {
    const probe = take(newest, RANK_LIMIT + 1);
    if (probe.length <= RANK_LIMIT) {
      const rows = db
        .prepare(`SELECT d.object_kind, d.object_id, d.field ${from}${filter.sql} ORDER BY f.rank`)
        .all(match, ...filter.params) as Row[];
      for (const row of rows) collector.add(row);
      return { hits: collector.hits, ranking: 'relevance', scanStopped: false, aliases, highlight };
    }

    // A filter that names few objects (an entity's mentions, a case's items): walk the matches among
    // them alone, newest first. FTS5 would compute bm25 for every match of the word to rank them, so
    // these are 'recent' too; but the walk covers every candidate, so nothing older is missed.
    const candidates = smallestCandidateSet(db, restrictions, CANDIDATE_LIMIT);
    if (candidates) {
      const docs = db
        .prepare('SELECT rowid FROM search_docs WHERE object_id IN (SELECT value FROM json_each(?))')
        .pluck()
        .all(JSON.stringify(candidates)) as number[];
      if (!docs.length) return { hits: [], ranking: 'recent', scanStopped: false, aliases, highlight };
      // `+f.rowid` keeps SQLite from handing the list to FTS5 as one lookup per id (each as dear as a
      // whole query for a common word). No rowid range either: FTS5 then decodes the whole doclist
      // before the first row (~40 ms for "the*" at 100,000 articles, however narrow the range), more
      // than reading it lazily to the end (~26 ms).
      const rows = db
        .prepare(
          `SELECT d.object_kind, d.object_id, d.field ${from}
           AND +f.rowid IN (SELECT value FROM json_each(?))${filter.sql} ORDER BY f.rowid DESC`,
        )
        .iterate(match, JSON.stringify(docs), ...filter.params) as IterableIterator<Row>;
      for (const row of rows) {
        collector.add(row);
        if (collector.full) break;
      }
      return { hits: collector.hits, ranking: 'recent', scanStopped: false, aliases, highlight };
    }

    // Newest first: the probe's rows, filtered a slice at a time, until the page is full.
    const passing = filter.sql
      ? db
          .prepare(`SELECT d.rowid FROM search_docs d WHERE d.rowid IN (SELECT value FROM json_each(?))${filter.sql}`)
          .pluck()
      : null;
    const addPassing = (rows: readonly IndexRow[]) => {
      for (let i = 0; i < rows.length && !collector.full; i += 100) {
        const slice = rows.slice(i, i + 100);
        const keep = passing
          ? new Set(passing.all(JSON.stringify(slice.map((r) => r.rowid)), ...filter.params) as number[])
          : null;
        for (const row of slice) {
          if (!keep || keep.has(row.rowid)) collector.add(row);
          if (collector.full) break;
        }
      }
    };
    addPassing(probe);
    if (collector.full) return { hits: collector.hits, ranking: 'recent', scanStopped: false, aliases, highlight };
    // A filter that rejects most matches: read on, newest first and lazily, up to SCAN_LIMIT rows. (A
    // rowid bound would not make this cheaper: FTS5 then decodes the word's whole doclist first.)
    let read = probe.length;
    while (!collector.full && read < SCAN_LIMIT) {
      const batch = take(newest, Math.min(1000, SCAN_LIMIT - read));
      if (!batch.length) break;
      read += batch.length;
      addPassing(batch);
    }
    // A page that did not fill means every match was read, unless the read stopped at SCAN_LIMIT.
    return {
      hits: collector.hits,
      ranking: 'recent',
      scanStopped: !collector.full && read >= SCAN_LIMIT,
      aliases,
      highlight,
    };
  } finally {
    newest.return?.();
  }
}

type IndexRow = Row & { rowid: number };

/** Up to `count` more rows of a newest-first read, fewer when it ends. */
function take(rows: Iterator<IndexRow>, count: number): IndexRow[] {
  const out: IndexRow[] = [];
  while (out.length < count) {
    const next = rows.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}
