// What "in this case" and "in this date range" mean for the link chart and the library timeline,
// defined once so both views (and `casefile export-graph`) agree.
import { partialDateSpan } from '../../../shared/domain/partialDate';
import { getCase } from './cases';
import type { Ctx } from './context';

/** A case's articles: its article items and the articles its excerpt items were cut from. */
export function caseArticleIds(ctx: Ctx, caseId: string): string[] {
  getCase(ctx, caseId); // a clear not_found for an unknown case
  const rows = ctx.db
    .prepare(
      `SELECT item_id AS id FROM case_items WHERE case_id = ? AND item_kind = 'article'
       UNION SELECT e.article_id FROM case_items ci JOIN excerpts e ON e.id = ci.item_id WHERE ci.case_id = ? AND ci.item_kind = 'excerpt'`,
    )
    .all(caseId, caseId) as { id: string }[];
  return rows.map((r) => r.id);
}

/** A case's excerpts: its excerpt items and every excerpt of its articles. */
export function caseExcerptIds(ctx: Ctx, caseId: string): string[] {
  const rows = ctx.db
    .prepare(
      `SELECT item_id AS id FROM case_items WHERE case_id = ? AND item_kind = 'excerpt'
       UNION SELECT e.id FROM case_items ci JOIN excerpts e ON e.article_id = ci.item_id WHERE ci.case_id = ? AND ci.item_kind = 'article'`,
    )
    .all(caseId, caseId) as { id: string }[];
  return rows.map((r) => r.id);
}

/** A case's entities: its entity items and every entity with an accepted mention in its articles. */
export function caseEntityIds(ctx: Ctx, caseId: string): Set<string> {
  const articles = caseArticleIds(ctx, caseId);
  const rows = ctx.db
    .prepare(
      `SELECT item_id AS id FROM case_items WHERE case_id = ? AND item_kind = 'entity'
       UNION SELECT DISTINCT entity_id FROM mentions WHERE status = 'accepted' AND article_id IN (SELECT value FROM json_each(?))`,
    )
    .all(caseId, JSON.stringify(articles)) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

export interface DateRange {
  /** first day, YYYY-MM-DD */
  start: string;
  /** last day, YYYY-MM-DD */
  end: string;
}

/** The days between two partial dates, each read as widely as it can mean ("2020" to "2021-03" → 2020-01-01…2021-03-31). */
export function dateRange(from: string | undefined, to: string | undefined): DateRange | null {
  if (!from && !to) return null;
  return { start: from ? partialDateSpan(from).start : '0001-01-01', end: to ? partialDateSpan(to).end : '9999-12-31' };
}

/** True when something dated `value` may fall in the range; undated things never do. */
export function overlapsRange(value: string, range: DateRange): boolean {
  if (!value) return false;
  const span = partialDateSpan(value);
  return span.start <= range.end && span.end >= range.start;
}
