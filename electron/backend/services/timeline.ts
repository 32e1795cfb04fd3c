// The library timeline: every dated excerpt (on the event lane, by when it says things happened)
// and every dated article (on the report lane, by when it was published), narrowed to a case, an
// entity, a source, a grade or a date range. Partial dates become the whole span they can mean.
import { z } from 'zod';
import { ContractError } from '../../../shared/contract/errors';
import type { TimelineBuildInput, TimelineItem } from '../../../shared/contract/network';
import { formatGrade, meetsReliability, type Credibility, type Reliability } from '../../../shared/domain/admiralty';
import { partialDateSpan } from '../../../shared/domain/partialDate';
import type { Ctx } from './context';
import { caseArticleIds, caseExcerptIds, dateRange, overlapsRange } from './networkScope';

type Input = z.output<typeof TimelineBuildInput>;

interface ExcerptRow {
  id: string;
  article_id: string;
  title: string;
  exact: string;
  event_date: string;
  event_date_qualifier: string;
  credibility: Credibility | null;
  reliability: Reliability | null;
  source_id: string | null;
  source_name: string | null;
}
interface ArticleRow {
  id: string;
  title: string;
  published: string;
  published_qualifier: string;
  reliability: Reliability | null;
  publisher_source_id: string | null;
  source_name: string | null;
}

/** Excerpts and articles the entity is in: by accepted mention, and excerpts backing its relationships. */
function entityScope(ctx: Ctx, entityId: string): { excerpts: Set<string>; articles: Set<string> } {
  if (!ctx.db.prepare('SELECT 1 FROM entities WHERE id = ?').get(entityId))
    throw new ContractError('not_found', `No entity has the id ${entityId}.`);
  const excerpts = ctx.db
    .prepare(
      `SELECT e.id FROM excerpts e JOIN mentions m ON m.article_id = e.article_id AND m.entity_id = @id AND m.status = 'accepted'
         AND (m.excerpt_id = e.id OR (m.start >= e.start AND m."end" <= e."end"))
       UNION SELECT re.excerpt_id FROM relationship_excerpts re JOIN relationships r ON r.id = re.relationship_id
         WHERE r.from_entity_id = @id OR r.to_entity_id = @id`,
    )
    .all({ id: entityId }) as { id: string }[];
  const articles = ctx.db
    .prepare("SELECT DISTINCT article_id AS id FROM mentions WHERE entity_id = ? AND status = 'accepted'")
    .all(entityId) as { id: string }[];
  return { excerpts: new Set(excerpts.map((r) => r.id)), articles: new Set(articles.map((r) => r.id)) };
}

function intersect(a: Set<string> | null, b: Iterable<string>): Set<string> {
  const next = new Set(b);
  return a ? new Set([...a].filter((x) => next.has(x))) : next;
}

export function buildTimeline(ctx: Ctx, input: Input): { items: TimelineItem[] } {
  const range = dateRange(input.from, input.to);
  if (range && range.start > range.end)
    throw new ContractError(
      'invalid_input',
      `The date range ends (${input.to}) before it starts (${input.from}); swap them.`,
    );
  let excerptScope: Set<string> | null = null;
  let articleScope: Set<string> | null = null;
  if (input.caseId) {
    articleScope = intersect(articleScope, caseArticleIds(ctx, input.caseId));
    excerptScope = intersect(excerptScope, caseExcerptIds(ctx, input.caseId));
  }
  if (input.entityId) {
    const scope = entityScope(ctx, input.entityId);
    articleScope = intersect(articleScope, scope.articles);
    excerptScope = intersect(excerptScope, scope.excerpts);
  }
  if (input.sourceId && !ctx.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(input.sourceId)) {
    throw new ContractError('not_found', `No source has the id ${input.sourceId}.`);
  }
  const keep = (date: string, reliability: Reliability | null) =>
    (!range || overlapsRange(date, range)) &&
    (!input.minReliability || (reliability !== null && meetsReliability(reliability, input.minReliability)));

  const excerpts = (
    ctx.db
      .prepare(
        `SELECT e.id, e.article_id, a.title, e.exact, e.event_date, e.event_date_qualifier, e.credibility, c.reliability, e.source_id, s.name AS source_name
         FROM excerpts e JOIN articles a ON a.id = e.article_id LEFT JOIN sources s ON s.id = e.source_id
         LEFT JOIN source_current c ON c.source_id = e.source_id WHERE e.event_date <> ''`,
      )
      .all() as ExcerptRow[]
  ).filter(
    (e) =>
      (!excerptScope || excerptScope.has(e.id)) &&
      (!input.sourceId || e.source_id === input.sourceId) &&
      keep(e.event_date, e.reliability),
  );

  const articles = (
    ctx.db
      .prepare(
        `SELECT a.id, a.title, a.published, a.published_qualifier, c.reliability, a.publisher_source_id, s.name AS source_name
         FROM articles a LEFT JOIN sources s ON s.id = a.publisher_source_id LEFT JOIN source_current c ON c.source_id = a.publisher_source_id
         WHERE a.published <> '' ${input.sourceId ? 'AND (a.publisher_source_id = @source OR a.id IN (SELECT article_id FROM article_authors WHERE source_id = @source))' : ''}`,
      )
      .all(input.sourceId ? { source: input.sourceId } : {}) as ArticleRow[]
  ).filter((a) => (!articleScope || articleScope.has(a.id)) && keep(a.published, a.reliability));

  const items: TimelineItem[] = [
    ...excerpts.map((e) => ({
      id: e.id,
      kind: 'excerpt' as const,
      lane: 'event' as const,
      articleId: e.article_id,
      title: e.title,
      text: e.exact,
      date: { value: e.event_date, qualifier: e.event_date_qualifier },
      ...partialDateSpan(e.event_date),
      grade: e.reliability || e.credibility ? formatGrade(e.reliability, e.credibility) : null,
      reliability: e.reliability,
      sourceName: e.source_name ?? '',
    })),
    ...articles.map((a) => ({
      id: a.id,
      kind: 'article' as const,
      lane: 'report' as const,
      articleId: a.id,
      title: a.title,
      text: '',
      date: { value: a.published, qualifier: a.published_qualifier },
      ...partialDateSpan(a.published),
      grade: null,
      reliability: a.reliability,
      sourceName: a.source_name ?? '',
    })),
  ];
  items.sort(
    (x, y) =>
      x.start.localeCompare(y.start) ||
      x.end.localeCompare(y.end) ||
      x.title.localeCompare(y.title) ||
      x.id.localeCompare(y.id),
  );
  return { items };
}
