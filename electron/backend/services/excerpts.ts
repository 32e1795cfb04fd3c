// Excerpts: spans of an article's immutable text, anchored by W3C selectors, graded and annotated.
import { excerptFields, excerpts, type ExcerptRow } from '../db/records';
import { ContractError } from '../../../shared/contract/errors';
import type { ParsedInput } from '../../../shared/contract/methods';
import type { Excerpt } from '../../../shared/contract/schemas';
import {
  credibilityMachineTag,
  describeGrade,
  reliabilityMachineTag,
  type Credibility,
  type Reliability,
} from '../../../shared/domain/admiralty';
import { anchorFromRange, locateQuote, type Anchor } from '../../../shared/domain/anchoring';
import { sameButForTypography } from '../../../shared/domain/typography';
import { indexField, reliabilityCondition, unindexObject } from '../search/searchIndex';
import { recordAudit } from './audit';
import { currentAnalyst, mutate, type Ctx } from './context';
import { setTags, tagsOf } from './tags';

type ExcerptDbRow = ExcerptRow & {
  article_title: string;
  source_name: string | null;
  reliability: Reliability | null;
};

const EXCERPT_SELECT = `SELECT ${excerpts.list('e')}, a.title AS article_title, s.name AS source_name, c.reliability
  FROM excerpts e JOIN articles a ON a.id = e.article_id
  LEFT JOIN sources s ON s.id = e.source_id LEFT JOIN source_current c ON c.source_id = e.source_id`;

function toExcerpt(ctx: Ctx, r: ExcerptDbRow): Excerpt {
  return {
    ...excerptFields(r),
    articleTitle: r.article_title,
    sourceName: r.source_name ?? '',
    reliability: r.reliability,
    grade: describeGrade(r.reliability, r.reliability_at_record, r.credibility),
    machineTags: [
      ...(r.reliability ? [reliabilityMachineTag(r.reliability)] : []),
      ...(r.credibility ? [credibilityMachineTag(r.credibility)] : []),
    ],
    tags: tagsOf(ctx, r.id),
  };
}

export function getExcerpt(ctx: Ctx, id: string): Excerpt {
  const row = ctx.db.prepare(`${EXCERPT_SELECT} WHERE e.id = ?`).get(id) as ExcerptDbRow | undefined;
  if (!row) throw new ContractError('not_found', `No excerpt has the id ${id}.`);
  return toExcerpt(ctx, row);
}

export function listExcerpts(ctx: Ctx, input: ParsedInput<'excerpts.list'>): { items: Excerpt[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.articleId) {
    where.push('e.article_id = ?');
    params.push(input.articleId);
  }
  if (input.sourceId) {
    where.push('e.source_id = ?');
    params.push(input.sourceId);
  }
  if (input.caseId) {
    where.push('e.id IN (SELECT item_id FROM case_items WHERE case_id = ?)');
    params.push(input.caseId);
  }
  if (input.minReliability) {
    const cond = reliabilityCondition('c.reliability', input.minReliability);
    where.push(cond.sql);
    params.push(...cond.params);
  }
  if (input.reliability) {
    where.push(input.reliability === 'unrated' ? 'c.reliability IS NULL' : 'c.reliability = ?');
    if (input.reliability !== 'unrated') params.push(input.reliability);
  }
  if (input.credibility) {
    where.push(input.credibility === 'ungraded' ? 'e.credibility IS NULL' : 'e.credibility = ?');
    if (input.credibility !== 'ungraded') params.push(input.credibility);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (
    ctx.db
      .prepare(
        `SELECT count(*) AS n FROM excerpts e LEFT JOIN source_current c ON c.source_id = e.source_id ${whereSql}`,
      )
      .get(...params) as { n: number }
  ).n;
  const rows = ctx.db
    .prepare(`${EXCERPT_SELECT} ${whereSql} ORDER BY e.article_id, e.start, e."end", e.id LIMIT ? OFFSET ?`)
    .all(...params, input.limit, input.offset) as ExcerptDbRow[];
  return { total, items: rows.map((r) => toExcerpt(ctx, r)) };
}

/** Anchors a new excerpt by its quote or by code-point positions in the article's text. */
export function anchorInArticle(
  ctx: Ctx,
  articleId: string,
  spec: { quote?: string; start?: number; end?: number },
): Anchor {
  const article = ctx.db.prepare('SELECT text, title FROM articles WHERE id = ?').get(articleId) as
    { text: string; title: string } | undefined;
  if (!article) throw new ContractError('not_found', `No article has the id ${articleId}.`);
  if (spec.start !== undefined && spec.end !== undefined) {
    try {
      const anchor = anchorFromRange(article.text, spec.start, spec.end);
      if (spec.quote !== undefined && !sameButForTypography(spec.quote, anchor.exact)) {
        throw new ContractError(
          'quote_not_found',
          `The text at ${spec.start}–${spec.end} is not the quote given; the article reads "${anchor.exact}" there.`,
        );
      }
      return anchor;
    } catch (error) {
      if (error instanceof RangeError) throw new ContractError('invalid_input', error.message);
      throw error;
    }
  }
  const found = locateQuote(article.text, spec.quote ?? '');
  if (found.kind === 'found') return found.anchor;
  if (found.kind === 'ambiguous') {
    throw new ContractError(
      'ambiguous_quote',
      `The quote occurs ${found.starts.length} times in "${article.title || articleId}" (at positions ${found.starts.slice(0, 10).join(', ')}). Quote more words so it occurs once, or give --start/--end.`,
      { starts: found.starts },
    );
  }
  throw new ContractError(
    'quote_not_found',
    `The quote is not in the text of "${article.title || articleId}". Check its spelling and punctuation against the article.`,
  );
}

function checkSource(ctx: Ctx, sourceId: string | null | undefined): Reliability | null {
  if (!sourceId) return null;
  const row = ctx.db.prepare('SELECT c.reliability FROM source_current c WHERE c.source_id = ?').get(sourceId) as
    { reliability: Reliability | null } | undefined;
  if (!row) throw new ContractError('not_found', `No source has the id ${sourceId}.`);
  return row.reliability;
}

export function createExcerpt(ctx: Ctx, input: ParsedInput<'excerpts.create'>): Excerpt {
  return mutate(ctx, () => {
    const anchor = anchorInArticle(ctx, input.articleId, input);
    const reliabilityNow = checkSource(ctx, input.sourceId);
    const id = ctx.newId();
    const now = ctx.now();
    ctx.db
      .prepare(
        `INSERT INTO excerpts (id, article_id, exact, prefix, suffix, start, "end", source_id, credibility, reliability_at_record,
           event_date, event_date_qualifier, note_json, note_text, created_at, created_by, updated_at)
         VALUES (@id, @articleId, @exact, @prefix, @suffix, @start, @end, @sourceId, @credibility, @reliability,
           @eventDate, @eventQualifier, @noteJson, @noteText, @now, @analyst, @now)`,
      )
      .run({
        id,
        articleId: input.articleId,
        ...anchor,
        sourceId: input.sourceId ?? null,
        credibility: input.credibility ?? null,
        reliability: reliabilityNow,
        eventDate: input.eventDate?.value ?? '',
        eventQualifier: input.eventDate?.qualifier ?? '',
        noteJson: input.note?.json ?? '',
        noteText: input.note?.text ?? '',
        now,
        analyst: currentAnalyst(ctx),
      });
    if (input.tags) setTags(ctx, id, 'excerpt', input.tags);
    indexField(ctx.db, 'excerpt', id, 'exact', anchor.exact);
    indexField(ctx.db, 'excerpt', id, 'note', input.note?.text ?? '');
    const excerpt = getExcerpt(ctx, id);
    recordAudit(ctx, 'excerpt.create', 'excerpt', id, null, excerpt);
    return excerpt;
  });
}

export function updateExcerpt(ctx: Ctx, input: ParsedInput<'excerpts.update'>): Excerpt {
  return mutate(ctx, () => {
    const before = getExcerpt(ctx, input.id);
    const sets: string[] = [];
    const params: Record<string, unknown> = { id: input.id, now: ctx.now() };
    if (input.sourceId !== undefined) {
      // Re-attributing records the new source's rating in force now.
      params.sourceId = input.sourceId;
      params.reliability = checkSource(ctx, input.sourceId);
      sets.push('source_id = @sourceId, reliability_at_record = @reliability');
    }
    if (input.credibility !== undefined) {
      sets.push('credibility = @credibility');
      params.credibility = input.credibility;
    }
    if (input.eventDate !== undefined) {
      sets.push('event_date = @eventDate, event_date_qualifier = @eventQualifier');
      params.eventDate = input.eventDate.value;
      params.eventQualifier = input.eventDate.qualifier;
    }
    if (input.note !== undefined) {
      sets.push('note_json = @noteJson, note_text = @noteText');
      params.noteJson = input.note.json;
      params.noteText = input.note.text;
      indexField(ctx.db, 'excerpt', input.id, 'note', input.note.text);
    }
    if (sets.length)
      ctx.db.prepare(`UPDATE excerpts SET ${sets.join(', ')}, updated_at = @now WHERE id = @id`).run(params);
    if (input.tags !== undefined) setTags(ctx, input.id, 'excerpt', input.tags);
    const after = getExcerpt(ctx, input.id);
    recordAudit(ctx, 'excerpt.update', 'excerpt', input.id, before, after);
    return after;
  });
}

export function deleteExcerpt(ctx: Ctx, id: string): void {
  mutate(ctx, () => {
    const before = getExcerpt(ctx, id);
    ctx.db.prepare('DELETE FROM object_tags WHERE object_id = ?').run(id);
    ctx.db.prepare('DELETE FROM case_items WHERE item_id = ?').run(id);
    ctx.db.prepare('DELETE FROM excerpts WHERE id = ?').run(id);
    unindexObject(ctx.db, id);
    recordAudit(ctx, 'excerpt.delete', 'excerpt', id, before, null);
  });
}

/** Counts of excerpts per current grade, for the whole library or one case's excerpts. */
export function reliabilityMatrix(ctx: Ctx, caseId?: string) {
  const rows = ctx.db
    .prepare(
      `SELECT c.reliability, e.credibility, count(*) AS count FROM excerpts e LEFT JOIN source_current c ON c.source_id = e.source_id
       ${caseId ? 'WHERE e.id IN (SELECT item_id FROM case_items WHERE case_id = ?)' : ''}
       GROUP BY c.reliability, e.credibility ORDER BY c.reliability, e.credibility`,
    )
    .all(...(caseId ? [caseId] : [])) as {
    reliability: Reliability | null;
    credibility: Credibility | null;
    count: number;
  }[];
  return { cells: rows, total: rows.reduce((n, r) => n + r.count, 0) };
}
