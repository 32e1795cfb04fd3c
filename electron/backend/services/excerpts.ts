// Excerpts: spans of an article's immutable text, anchored by W3C selectors, graded and annotated.
import { excerptFields, excerpts, type ExcerptRow } from '../db/records';
import { ContractError } from '../../../shared/contract/errors';
import type { ParsedInput } from '../../../shared/contract/methods';
import type { Excerpt } from '../../../shared/contract/schemas';
import type { ExcerptSortKey } from '../../../shared/contract/vocabulary';
import {
  credibilityMachineTag,
  describeGrade,
  lettersAtLeast,
  RELIABILITY_LETTERS,
  reliabilityMachineTag,
  type Credibility,
  type Reliability,
} from '../../../shared/domain/admiralty';
import { anchorFromRange, locateQuote, type Anchor } from '../../../shared/domain/anchoring';
import { partialDateSpan } from '../../../shared/domain/partialDate';
import { toFtsQuery } from '../../../shared/domain/searchText';
import { sameButForTypography } from '../../../shared/domain/typography';
import { indexField, unindexObject } from '../search/searchIndex';
import { recordAudit } from './audit';
import { currentAnalyst, mutate, type Ctx } from './context';
import { setTags, tagsOf, tagsOfMany } from './tags';

type ExcerptDbRow = ExcerptRow & {
  article_title: string;
  source_name: string | null;
  reliability: Reliability | null;
};

const EXCERPT_SELECT = `SELECT ${excerpts.list('e')}, a.title AS article_title, s.name AS source_name, c.reliability
  FROM excerpts e JOIN articles a ON a.id = e.article_id
  LEFT JOIN sources s ON s.id = e.source_id LEFT JOIN source_current c ON c.source_id = e.source_id`;

function toExcerpt(ctx: Ctx, r: ExcerptDbRow, tags?: string[]): Excerpt {
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
    tags: tags ?? tagsOf(ctx, r.id),
  };
}

export function getExcerpt(ctx: Ctx, id: string): Excerpt {
  const row = ctx.db.prepare(`${EXCERPT_SELECT} WHERE e.id = ?`).get(id) as ExcerptDbRow | undefined;
  if (!row) throw new ContractError('not_found', `No excerpt has the id ${id}.`);
  return toExcerpt(ctx, row);
}

/** Each sort's columns in `excerpt_sort_keys` (migration 010), ending in the id so every order is total. */
const SORT_COLUMNS: Record<ExcerptSortKey, string[]> = {
  article: ['k.article_title', 'k.article_id', 'k.start', 'k."end"', 'k.excerpt_id'],
  quote: ['k.quote', 'k.excerpt_id'],
  source: ['k.source_name', 'k.excerpt_id'],
  grade: ['k.grade', 'k.excerpt_id'],
  date: ['k.event_date', 'k.excerpt_id'],
  created: ['k.created_at', 'k.excerpt_id'],
};

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The SQL of one page of the Excerpts list: ids (with their sort values, for the next cursor) in
 * the sort's order, found in `excerpt_sort_keys` alone where no filter needs another table, so an
 * unfiltered page is a walk along one covering index. Exported for the plan test.
 */
export function excerptPageQuery(input: ParsedInput<'excerpts.list'>): {
  countSql: string;
  pageSql: string;
  params: unknown[];
  cursorParams: unknown[];
  columns: string[];
} {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.articleId) {
    where.push('k.article_id = ?');
    params.push(input.articleId);
  }
  if (input.sourceId) {
    where.push('k.excerpt_id IN (SELECT id FROM excerpts WHERE source_id = ?)');
    params.push(input.sourceId);
  }
  if (input.caseId) {
    where.push('k.excerpt_id IN (SELECT item_id FROM case_items WHERE case_id = ?)');
    params.push(input.caseId);
  }
  // The grade key's tens are the current letter (0 = A … 5 = F, 6 = unrated), its units the credibility (9 = ungraded).
  const letterIndex = (r: Reliability) => RELIABILITY_LETTERS.indexOf(r);
  if (input.minReliability) {
    if (input.minReliability === 'unrated') where.push('k.grade >= 60');
    else where.push(`k.grade / 10 IN (${lettersAtLeast(input.minReliability).map(letterIndex).join(', ')})`);
  }
  if (input.reliability) {
    where.push(input.reliability === 'unrated' ? 'k.grade >= 60' : 'k.grade / 10 = ?');
    if (input.reliability !== 'unrated') params.push(letterIndex(input.reliability));
  }
  if (input.credibility) {
    where.push('k.grade % 10 = ?');
    params.push(input.credibility === 'ungraded' ? 9 : input.credibility);
  }
  if (input.tag) {
    where.push(
      "k.excerpt_id IN (SELECT ot.object_id FROM object_tags ot JOIN tags t ON t.id = ot.tag_id WHERE t.name = ? AND ot.object_kind = 'excerpt')",
    );
    params.push(input.tag);
  }
  // A partial date is the span it may mean: kept when that span and the bounds overlap. Stored
  // forms compare as text, and `value || '~'` sorts after every day the value may mean.
  if (input.eventFrom) {
    where.push("k.event_date <> '' AND k.event_date || '~' >= ?");
    params.push(partialDateSpan(input.eventFrom).start);
  }
  if (input.eventTo) {
    where.push("k.event_date <> '' AND k.event_date <= ?");
    params.push(partialDateSpan(input.eventTo).end);
  }
  const text = input.text.trim();
  if (text) {
    const match = toFtsQuery(text);
    const alternatives = [
      "k.excerpt_id IN (SELECT id FROM excerpts WHERE source_id IN (SELECT id FROM sources WHERE name LIKE ? ESCAPE '\\'))",
    ];
    params.push(likePattern(text));
    if (match) {
      alternatives.push(
        "k.excerpt_id IN (SELECT d.object_id FROM search_fts f JOIN search_docs d ON d.rowid = f.rowid WHERE search_fts MATCH ? AND d.object_kind = 'excerpt')",
        "k.article_id IN (SELECT d.object_id FROM search_fts f JOIN search_docs d ON d.rowid = f.rowid WHERE search_fts MATCH ? AND d.object_kind = 'article' AND d.field = 'title')",
      );
      params.push(match, match);
    }
    where.push(`(${alternatives.join(' OR ')})`);
  }
  const columns = SORT_COLUMNS[input.sort];
  const direction = input.direction === 'asc' ? 'ASC' : 'DESC';
  const cursorParams: unknown[] = [];
  const pageWhere = [...where];
  if (input.after !== undefined) {
    cursorParams.push(...readCursor(input.after, columns.length));
    pageWhere.push(`(${columns.join(', ')}) ${direction === 'ASC' ? '>' : '<'} (${columns.map(() => '?').join(', ')})`);
  }
  const sql = (w: string[]) => (w.length ? `WHERE ${w.join(' AND ')}` : '');
  const names = columns.map((c, i) => `${c} AS c${i}`).join(', ');
  return {
    // Unfiltered, the total is the count the triggers keep (migration 012), not a walk of 1,000,000 keys.
    countSql: where.length
      ? `SELECT count(*) AS n FROM excerpt_sort_keys k ${sql(where)}`
      : "SELECT n FROM row_counts WHERE table_name = 'excerpts'",
    pageSql: `SELECT ${names} FROM excerpt_sort_keys k ${sql(pageWhere)} ORDER BY ${columns.map((c) => `${c} ${direction}`).join(', ')} LIMIT ? OFFSET ?`,
    params,
    cursorParams,
    columns,
  };
}

function readCursor(cursor: string, length: number): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(cursor);
  } catch {
    values = null;
  }
  if (
    !Array.isArray(values) ||
    values.length !== length ||
    !values.every((v) => typeof v === 'string' || typeof v === 'number')
  ) {
    throw new ContractError(
      'invalid_input',
      'The page cursor does not belong to this sort. Pass the `next` of the previous page with the same sort, or use an offset.',
    );
  }
  return values;
}

/**
 * One page of excerpts in the requested order: the page's ids from the sort keys, then the full
 * rows and their tags for those ids alone.
 */
export function listExcerpts(
  ctx: Ctx,
  input: ParsedInput<'excerpts.list'>,
): { items: Excerpt[]; total: number | null; next: string | null } {
  const { countSql, pageSql, params, cursorParams, columns } = excerptPageQuery(input);
  const total = input.withTotal ? (ctx.db.prepare(countSql).get(...params) as { n: number }).n : null;
  const keys = ctx.db
    .prepare(pageSql)
    .raw()
    .all(...params, ...cursorParams, input.limit, input.offset) as unknown[][];
  if (!keys.length) return { items: [], total, next: null };
  const ids = keys.map((k) => k[columns.length - 1] as string);
  const rows = ctx.db
    .prepare(`${EXCERPT_SELECT} WHERE e.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as ExcerptDbRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const tags = tagsOfMany(ctx, ids);
  return {
    total,
    next: keys.length === input.limit ? JSON.stringify(keys[keys.length - 1]) : null,
    items: ids.map((id) => toExcerpt(ctx, byId.get(id)!, tags.get(id) ?? [])),
  };
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
