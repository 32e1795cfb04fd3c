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
import { ContractError } from '../../../shared/contract/errors';
import type { Reliability } from '../../../shared/domain/admiralty';
import type { Db } from '../db/connection';
import { expandEntityAliases, withAliases, type AliasExpansion } from './aliasExpansion';
import { withOtherSpellings } from './otherSpellings';
import { GRADED_KINDS } from '../../../shared/contract/objectKinds';
import { reliabilityCondition, type IndexedKind } from './searchIndex';

/** Matches we rank with bm25 (about 10 µs each on two cores, so ~10 ms at most). */
export const RANK_LIMIT = 1000;
/** Index rows a newest-first read looks at before it gives up on filling the page. */
export const SCAN_LIMIT = 20_000;

export interface PlanOptions {
  query: string;
  kinds?: readonly string[];
  minReliability?: Reliability | 'unrated';
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

/** SQL that yields the reliability a search hit is judged by (publisher, attributed source, itself). */
const HIT_RELIABILITY = `CASE d.object_kind
  WHEN 'article' THEN (SELECT c.reliability FROM articles a JOIN source_current c ON c.source_id = a.publisher_source_id WHERE a.id = d.object_id)
  WHEN 'excerpt' THEN (SELECT c.reliability FROM excerpts e JOIN source_current c ON c.source_id = e.source_id WHERE e.id = d.object_id)
  WHEN 'source' THEN (SELECT c.reliability FROM source_current c WHERE c.source_id = d.object_id)
  ELSE NULL END`;

function filterSql(options: PlanOptions): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.kinds?.length) {
    where.push(`d.object_kind IN (${options.kinds.map(() => '?').join(',')})`);
    params.push(...options.kinds);
  }
  if (options.minReliability) {
    const cond = reliabilityCondition(`(${HIT_RELIABILITY})`, options.minReliability);
    // Entities and cases carry no reliability of their own, so a reliability filter leaves them out.
    where.push(`d.object_kind IN (SELECT value FROM json_each(?)) AND ${cond.sql}`);
    params.push(JSON.stringify(GRADED_KINDS), ...cond.params);
  }
  return { sql: where.map((w) => ` AND ${w}`).join(''), params };
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
  const filter = filterSql(options);
  const collector = new HitCollector(options.limit);
  const from = 'FROM search_fts f JOIN search_docs d ON d.rowid = f.rowid WHERE search_fts MATCH ?';
  // One newest-first read serves as the probe and, when the set is huge, as the first candidates:
  // a prefix query pays for merging its doclists once, not twice.
  const probe = db
    .prepare(`SELECT f.rowid AS rowid, d.object_kind, d.object_id, d.field ${from} ORDER BY f.rowid DESC LIMIT ?`)
    .all(match, RANK_LIMIT + 1) as (Row & { rowid: number })[];

  if (probe.length <= RANK_LIMIT) {
    const rows = db
      .prepare(`SELECT d.object_kind, d.object_id, d.field ${from}${filter.sql} ORDER BY f.rank`)
      .all(match, ...filter.params) as Row[];
    for (const row of rows) collector.add(row);
    return { hits: collector.hits, ranking: 'relevance', scanStopped: false, aliases, highlight };
  }

  // Newest first: the probe's rows, filtered a slice at a time, until the page is full.
  const passing = filter.sql
    ? db
        .prepare(`SELECT d.rowid FROM search_docs d WHERE d.rowid IN (SELECT value FROM json_each(?))${filter.sql}`)
        .pluck()
    : null;
  for (let i = 0; i < probe.length && !collector.full; i += 100) {
    const slice = probe.slice(i, i + 100);
    const keep = passing
      ? new Set(passing.all(JSON.stringify(slice.map((r) => r.rowid)), ...filter.params) as number[])
      : null;
    for (const row of slice) {
      if (!keep || keep.has(row.rowid)) collector.add(row);
      if (collector.full) break;
    }
  }
  if (collector.full) return { hits: collector.hits, ranking: 'recent', scanStopped: false, aliases, highlight };
  // A filter that rejects most matches: read on, lazily, down to a floor that bounds the cost.
  const oldestRead = probe[probe.length - 1]!.rowid;
  const floor = Math.max(0, probe[0]!.rowid - SCAN_LIMIT);
  const rows = db
    .prepare(
      `SELECT d.object_kind, d.object_id, d.field ${from} AND f.rowid < ? AND f.rowid > ?${filter.sql} ORDER BY f.rowid DESC`,
    )
    .iterate(match, oldestRead, floor, ...filter.params) as IterableIterator<Row>;
  for (const row of rows) {
    collector.add(row);
    if (collector.full) break;
  }
  // A page that did not fill means the read reached the floor, unless the floor was the start.
  return { hits: collector.hits, ranking: 'recent', scanStopped: !collector.full && floor > 0, aliases, highlight };
}
