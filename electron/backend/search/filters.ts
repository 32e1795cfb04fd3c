// Search filters as restrictions on the candidate set (issue 14). Each filter becomes a condition on
// the index row `d` (search_docs: object_kind, object_id), checked by primary-key or index lookups,
// never by a scan. Filters that can name a small set of objects through an index (an entity's
// mentions, a case's items, a date range or a language) also say how to list that set: when it is
// small, plan.ts asks the full-text index about those objects only, instead of walking every match
// of a common word hoping to meet them.
import { ContractError } from '../../../shared/contract/errors';
import type { SearchFilters } from '../../../shared/contract/schemas';
import { GRADED_KINDS } from '../../../shared/contract/objectKinds';
import type { Db } from '../db/connection';
import { reliabilityCondition } from './searchIndex';

export interface Restriction {
  /** A condition on the index row `d`; joined to the others with AND. */
  sql: string;
  params: unknown[];
  /** An indexed query for every object id the restriction admits (more may be read than kept). */
  candidates?: (db: Db, limit: number) => string[] | null;
}

/**
 * An article looked up by id for its publisher, dates or language: from the covering index of
 * migration 013. SQLite would pick the primary key's index (unique, so it sees no difference), and
 * then read the row, walking the text's overflow pages to reach the columns after it.
 */
const ARTICLE_KEYS = 'articles a INDEXED BY articles_filter_keys';

/** SQL that yields the reliability a search hit is judged by (publisher, attributed source, itself). */
const HIT_RELIABILITY = `CASE d.object_kind
  WHEN 'article' THEN (SELECT c.reliability FROM ${ARTICLE_KEYS} JOIN source_current c ON c.source_id = a.publisher_source_id WHERE a.id = d.object_id)
  WHEN 'excerpt' THEN (SELECT c.reliability FROM excerpts e JOIN source_current c ON c.source_id = e.source_id WHERE e.id = d.object_id)
  WHEN 'source' THEN (SELECT c.reliability FROM source_current c WHERE c.source_id = d.object_id)
  ELSE NULL END`;

/** The ids a query lists, or null when there are more than `limit` (the set is not small). */
function upTo(db: Db, sql: string, params: unknown[], limit: number): string[] | null {
  const ids = db
    .prepare(`${sql} LIMIT ?`)
    .pluck()
    .all(...params, limit + 1) as string[];
  return ids.length > limit ? null : ids;
}

/** Articles passing `conditions` (on `a`), with their excerpts, when there are few of them. */
function articlesAndTheirExcerpts(conditions: string, params: unknown[]) {
  return (db: Db, limit: number): string[] | null => {
    // An article brings its excerpts, ten or so on average: read few enough articles to stay near the limit.
    const articles = upTo(db, `SELECT a.id FROM articles a WHERE ${conditions}`, params, Math.ceil(limit / 4));
    if (!articles) return null;
    const excerpts = upTo(
      db,
      'SELECT x.id FROM excerpts x WHERE x.article_id IN (SELECT value FROM json_each(?))',
      [JSON.stringify(articles)],
      limit - articles.length,
    );
    return excerpts ? [...articles, ...excerpts] : null;
  };
}

/** The end of a range as a string bound: '2020' and '2020-03' include the whole year or month. */
const through = (to: string) => `${to}~`;

function articleRestriction(filters: SearchFilters): Restriction | null {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filters.language) {
    conditions.push('a.language = ?');
    params.push(filters.language);
  }
  if (filters.captured?.from) {
    conditions.push('a.captured_at >= ?');
    params.push(filters.captured.from);
  }
  if (filters.captured?.to) {
    conditions.push('a.captured_at < ?');
    params.push(through(filters.captured.to));
  }
  // A partial publication date ('2020-03') is a period: it passes when the period overlaps the range.
  if (filters.published?.from) {
    // The first bound is for the index (no period that overlaps starts before the range's year).
    conditions.push("a.published >= ? AND a.published || '~' >= ?");
    params.push(filters.published.from.slice(0, 4), filters.published.from);
  }
  if (filters.published?.to) {
    conditions.push("a.published <> '' AND a.published < ?");
    params.push(through(filters.published.to));
  }
  if (!conditions.length) return null;
  const where = conditions.join(' AND ');
  return {
    sql: `((d.object_kind = 'article' AND EXISTS (SELECT 1 FROM ${ARTICLE_KEYS} WHERE a.id = d.object_id AND ${where}))
      OR (d.object_kind = 'excerpt' AND EXISTS (SELECT 1 FROM excerpts x JOIN ${ARTICLE_KEYS} ON a.id = x.article_id WHERE x.id = d.object_id AND ${where})))`,
    params: [...params, ...params],
    candidates: articlesAndTheirExcerpts(where, params),
  };
}

/** An accepted mention of the entity inside the excerpt `x` (or attached to it). */
const MENTION_IN_EXCERPT = `m.entity_id = ? AND m.status = 'accepted' AND m.article_id = x.article_id
  AND (m.excerpt_id = x.id OR (m.start >= x.start AND m."end" <= x."end"))`;

function entityRestriction(db: Db, entityId: string): Restriction {
  const name = db.prepare('SELECT name FROM entities WHERE id = ?').pluck().get(entityId) as string | undefined;
  if (name === undefined) {
    throw new ContractError(
      'not_found',
      `No entity has the id ${entityId}: it may have been merged or deleted. Pick the entity again, or remove the entity filter.`,
    );
  }
  return {
    sql: `((d.object_kind = 'article' AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = ? AND m.article_id = d.object_id AND m.status = 'accepted'))
      OR (d.object_kind = 'excerpt' AND EXISTS (SELECT 1 FROM excerpts x JOIN mentions m ON ${MENTION_IN_EXCERPT} WHERE x.id = d.object_id)))`,
    params: [entityId, entityId],
    candidates: (db, limit) =>
      upTo(
        db,
        `SELECT m.article_id FROM mentions m WHERE m.entity_id = ? AND m.status = 'accepted'
         UNION SELECT x.id FROM mentions m JOIN excerpts x ON x.article_id = m.article_id
           AND (m.excerpt_id = x.id OR (m.start >= x.start AND m."end" <= x."end"))
         WHERE m.entity_id = ? AND m.status = 'accepted'`,
        [entityId, entityId],
        limit,
      ),
  };
}

function caseRestriction(db: Db, caseId: string): Restriction {
  if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) {
    throw new ContractError(
      'not_found',
      `No case has the id ${caseId}: it may have been deleted. Pick the case again, or remove the case filter.`,
    );
  }
  return {
    sql: 'EXISTS (SELECT 1 FROM case_items ci WHERE ci.case_id = ? AND ci.item_id = d.object_id)',
    params: [caseId],
    candidates: (db, limit) => upTo(db, 'SELECT item_id FROM case_items WHERE case_id = ?', [caseId], limit),
  };
}

/** Every filter of a search as restrictions; an unknown entity or case is a clear not_found error. */
export function restrictionsFor(db: Db, filters: SearchFilters): Restriction[] {
  const out: Restriction[] = [];
  if (filters.kinds?.length) {
    out.push({ sql: `d.object_kind IN (${filters.kinds.map(() => '?').join(',')})`, params: [...filters.kinds] });
  }
  if (filters.minReliability) {
    const cond = reliabilityCondition(`(${HIT_RELIABILITY})`, filters.minReliability);
    // Entities and cases carry no reliability of their own, so a reliability filter leaves them out.
    out.push({
      sql: `d.object_kind IN (${GRADED_KINDS.map(() => '?').join(',')}) AND ${cond.sql}`,
      params: [...GRADED_KINDS, ...cond.params],
    });
  }
  if (filters.minCredibility) {
    // Credibility is a judgement of one piece of information: only excerpts carry it.
    out.push(
      filters.minCredibility === 'ungraded'
        ? {
            sql: "d.object_kind = 'excerpt' AND EXISTS (SELECT 1 FROM excerpts x WHERE x.id = d.object_id AND x.credibility IS NULL)",
            params: [],
          }
        : {
            sql: "d.object_kind = 'excerpt' AND EXISTS (SELECT 1 FROM excerpts x WHERE x.id = d.object_id AND x.credibility <= ?)",
            params: [filters.minCredibility],
          },
    );
  }
  if (filters.entityId) out.push(entityRestriction(db, filters.entityId));
  if (filters.caseId) out.push(caseRestriction(db, filters.caseId));
  const articles = articleRestriction(filters);
  if (articles) out.push(articles);
  return out;
}

/** The restrictions as one SQL suffix (` AND …`) and its parameters. */
export function restrictionSql(restrictions: readonly Restriction[]): { sql: string; params: unknown[] } {
  return {
    sql: restrictions.map((r) => ` AND (${r.sql})`).join(''),
    params: restrictions.flatMap((r) => r.params),
  };
}

/** The smallest candidate set any restriction can list within `limit` objects, or null. */
export function smallestCandidateSet(db: Db, restrictions: readonly Restriction[], limit: number): string[] | null {
  let best: string[] | null = null;
  for (const r of restrictions) {
    const ids: string[] | null | undefined = r.candidates?.(db, best ? Math.min(limit, best.length) : limit);
    if (ids && (!best || ids.length < best.length)) best = ids;
  }
  return best;
}
