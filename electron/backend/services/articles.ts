// Articles: capture (original bytes + derived text, both hashed), metadata, listing.
import { articleFields, articles, type ArticleRow as ArticleTableRow } from '../db/records';
import { ContractError } from '../../../shared/contract/errors';
import type { ParsedInput } from '../../../shared/contract/methods';
import { type Article, type ArticleRow } from '../../../shared/contract/schemas';
import { ARTICLE_SORT_KEYS } from '../../../shared/contract/vocabulary';
import type { Reliability } from '../../../shared/domain/admiralty';
import { indexField, reliabilityCondition } from '../search/searchIndex';
import { recordAudit } from './audit';
import { currentAnalyst, mutate, type Ctx } from './context';
import { sha256Hex } from './hash';
import type { DetectedMetadata } from '../../../shared/domain/detectMetadata';
import { findOrCreateSource } from './sources';
import { flagWatchTerms, watchHitCounts } from './watch';
import { prepared } from '../db/statements';

type MetadataInput = ParsedInput<'articles.updateMetadata'>;
type Metadata = Omit<MetadataInput, 'id'>;

export interface Capture {
  bytes: Uint8Array;
  mediaType: string;
  filename: string;
  text: string;
  captureMethod: Article['captureMethod'];
  extractor: string;
  charset: string;
  detected: DetectedMetadata;
  pageStarts: number[];
  metadata: Metadata;
  /**
   * Fill fields the analyst left out with what the extractor found (file imports). A pasted text
   * keeps exactly what the analyst typed: the form already offered the detected values.
   */
  applyDetected: boolean;
}

export interface CaptureOutcome {
  article: Article;
  duplicateOf: string | null;
}

// Every column but the text (a list page does not need it), and what is joined from other tables.
const ARTICLE_COLUMNS = `${articles.list('a', ['text'])}, coalesce(p.name, '') AS publisher_name,
  pc.reliability AS publisher_reliability, o.size AS original_size,
  (SELECT count(*) FROM excerpts e WHERE e.article_id = a.id) AS excerpt_count`;
const ARTICLE_FROM = `FROM articles a JOIN originals o ON o.sha256 = a.original_sha256
  LEFT JOIN sources p ON p.id = a.publisher_source_id
  LEFT JOIN source_current pc ON pc.source_id = a.publisher_source_id`;

type ArticleDbRow = Omit<ArticleTableRow, 'text'> & {
  text?: string;
  publisher_name: string;
  publisher_reliability: Reliability | null;
  original_size: number;
  excerpt_count: number;
};

function authorsOf(ctx: Ctx, articleId: string): Article['authors'] {
  // Prepared once: a statement through the source_current view costs more to prepare than to run.
  return prepared(
    ctx.db,
    `SELECT s.id, s.name, c.reliability FROM article_authors aa JOIN sources s ON s.id = aa.source_id
       JOIN source_current c ON c.source_id = s.id WHERE aa.article_id = ? ORDER BY aa.position`,
  ).all(articleId) as Article['authors'];
}

/** "By Jane Roe and John Doe" → ["Jane Roe", "John Doe"]. */
export function bylineNames(byline: string): string[] {
  return [
    ...new Set(
      byline
        .replace(/^\s*by\s+/i, '')
        .split(/\s*(?:,|;|\band\b|&|\/)\s*/i)
        .map((n) => n.trim())
        .filter((n) => n.length > 1 && n.length <= 120),
    ),
  ];
}

/** Links the byline's names to author sources (found by name or created). Call inside a mutation. */
function syncAuthors(ctx: Ctx, articleId: string, byline: string): void {
  prepared(ctx.db, 'DELETE FROM article_authors WHERE article_id = ?').run(articleId);
  bylineNames(byline).forEach((name, position) => {
    prepared(ctx.db, 'INSERT OR IGNORE INTO article_authors (article_id, source_id, position) VALUES (?, ?, ?)').run(
      articleId,
      findOrCreateSource(ctx, name, 'author'),
      position,
    );
  });
}

/** The authors of many articles at once (a Library page), in byline order. */
function authorsOfMany(ctx: Ctx, articleIds: string[]): Map<string, Article['authors']> {
  const rows = ctx.db
    .prepare(
      `SELECT aa.article_id, s.id, s.name, c.reliability FROM article_authors aa JOIN sources s ON s.id = aa.source_id
       JOIN source_current c ON c.source_id = s.id WHERE aa.article_id IN (SELECT value FROM json_each(?))
       ORDER BY aa.article_id, aa.position`,
    )
    .all(JSON.stringify(articleIds)) as ({ article_id: string } & Article['authors'][number])[];
  const byArticle = new Map<string, Article['authors']>();
  for (const { article_id, ...author } of rows) {
    const list = byArticle.get(article_id) ?? [];
    list.push(author);
    byArticle.set(article_id, list);
  }
  return byArticle;
}

function toArticleFields(ctx: Ctx, r: ArticleDbRow, authors = authorsOf(ctx, r.id)): Omit<Article, 'text'> {
  const { text: _text, ...fields } = articleFields({ ...r, text: r.text ?? '' });
  return {
    ...fields,
    publisherName: r.publisher_name,
    publisherReliability: r.publisher_reliability,
    authors,
    originalSize: r.original_size,
    excerptCount: r.excerpt_count,
  };
}

/** One article's row, with its text only when asked for (it is most of the row), or not_found. */
function articleRow(ctx: Ctx, id: string, withText: boolean): ArticleDbRow {
  const text = withText ? ', a.text' : '';
  const row = prepared(ctx.db, `SELECT ${ARTICLE_COLUMNS}${text} ${ARTICLE_FROM} WHERE a.id = ?`).get(id) as
    ArticleDbRow | undefined;
  if (!row) throw new ContractError('not_found', `No article has the id ${id}.`);
  return row;
}

export function getArticle(ctx: Ctx, id: string): Article {
  const row = articleRow(ctx, id, true);
  return { ...toArticleFields(ctx, row), text: row.text! };
}

export function findArticleByOriginal(ctx: Ctx, sha256: string): { id: string; title: string } | undefined {
  return prepared(ctx.db, 'SELECT id, title FROM articles WHERE original_sha256 = ?').get(sha256) as
    { id: string; title: string } | undefined;
}

/** The text as stored: Unicode NFC and \n line ends, so anchors mean the same thing everywhere. */
export function normalizeArticleText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

function publisherId(ctx: Ctx, metadata: Metadata): string | null | undefined {
  if (metadata.publisherSourceId !== undefined) {
    if (
      metadata.publisherSourceId &&
      !ctx.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(metadata.publisherSourceId)
    ) {
      throw new ContractError('not_found', `No source has the id ${metadata.publisherSourceId}.`);
    }
    return metadata.publisherSourceId;
  }
  if (metadata.publisher !== undefined) {
    return metadata.publisher ? findOrCreateSource(ctx, metadata.publisher, 'publication') : null;
  }
  return undefined;
}

/** The analyst's metadata, with what was detected filling the fields they did not give. */
function withDetected(metadata: Metadata, detected: DetectedMetadata): Metadata {
  return {
    ...metadata,
    title: metadata.title || detected.title,
    byline: metadata.byline || detected.byline,
    translator: metadata.translator || detected.translator,
    published: metadata.published?.value ? metadata.published : detected.published,
    language: metadata.language || detected.language,
    textDirection: metadata.textDirection ?? detected.textDirection,
    url: metadata.url || detected.url,
    description: metadata.description || detected.description,
    publisher: metadata.publisher || (metadata.publisherSourceId ? undefined : detected.siteName),
  };
}

/** Stores a capture in one transaction. The same original bytes twice are reported, not stored. */
export function captureArticle(ctx: Ctx, capture: Capture): CaptureOutcome {
  const sha256 = sha256Hex(capture.bytes);
  const text = normalizeArticleText(capture.text);
  if (!text.trim()) {
    throw new ContractError(
      'invalid_input',
      `${capture.filename || 'The text'} has no text to capture: it is empty or only whitespace.`,
    );
  }
  return mutate(ctx, () => {
    const existing = findArticleByOriginal(ctx, sha256);
    if (existing) return { article: getArticle(ctx, existing.id), duplicateOf: existing.id };
    const id = ctx.newId();
    const now = ctx.now();
    const m = capture.applyDetected ? withDetected(capture.metadata, capture.detected) : capture.metadata;
    prepared(ctx.db, 'INSERT OR IGNORE INTO originals (sha256, size, bytes) VALUES (?, ?, ?)').run(
      sha256,
      capture.bytes.byteLength,
      Buffer.from(capture.bytes),
    );
    prepared(
      ctx.db,
      `INSERT INTO articles (id, original_sha256, media_type, original_filename, text, text_sha256, title,
           publisher_source_id, byline, published, published_qualifier, language, text_direction, translator,
           url, canonical_url, site_name, description, page_starts, charset, detected_json, capture_method, captured_at,
           captured_by, extractor, updated_at)
         VALUES (@id, @sha256, @mediaType, @filename, @text, @textSha256, @title, @publisher, @byline, @published,
           @publishedQualifier, @language, @textDirection, @translator, @url, @canonicalUrl, @siteName, @description,
           @pageStarts, @charset, @detected, @captureMethod, @now, @analyst, @extractor, @now)`,
    ).run({
      id,
      sha256,
      mediaType: capture.mediaType,
      filename: capture.filename,
      text,
      textSha256: sha256Hex(text),
      title: m.title ?? '',
      publisher: publisherId(ctx, m) ?? null,
      byline: m.byline ?? '',
      published: m.published?.value ?? '',
      publishedQualifier: m.published?.qualifier ?? '',
      language: m.language ?? '',
      textDirection: m.textDirection ?? 'auto',
      translator: m.translator ?? '',
      url: m.url ?? '',
      canonicalUrl: capture.detected.canonicalUrl ?? '',
      siteName: capture.detected.siteName ?? '',
      description: m.description ?? '',
      pageStarts: JSON.stringify(capture.pageStarts),
      charset: capture.charset,
      detected: JSON.stringify(capture.detected),
      captureMethod: capture.captureMethod,
      now,
      analyst: currentAnalyst(ctx),
      extractor: capture.extractor,
    });
    if (m.byline) syncAuthors(ctx, id, m.byline);
    indexField(ctx.db, 'article', id, 'title', m.title ?? '');
    indexField(ctx.db, 'article', id, 'text', text);
    flagWatchTerms(ctx, id, text);
    // The row as stored, without reading back the text it was just given.
    const auditable = toArticleFields(ctx, articleRow(ctx, id, false));
    recordAudit(ctx, 'article.capture', 'article', id, null, auditable);
    return { article: { ...auditable, text }, duplicateOf: null };
  });
}

export function updateArticleMetadata(ctx: Ctx, input: MetadataInput): Article {
  return mutate(ctx, () => {
    const before = getArticle(ctx, input.id);
    const sets: string[] = [];
    const params: Record<string, unknown> = { id: input.id, now: ctx.now() };
    const simple: [keyof Metadata, string][] = [
      ['title', 'title'],
      ['byline', 'byline'],
      ['language', 'language'],
      ['textDirection', 'text_direction'],
      ['translator', 'translator'],
      ['url', 'url'],
      ['description', 'description'],
    ];
    for (const [key, column] of simple) {
      if (input[key] !== undefined) {
        sets.push(`${column} = @${key}`);
        params[key] = input[key];
      }
    }
    if (input.published !== undefined) {
      sets.push('published = @published, published_qualifier = @publishedQualifier');
      params.published = input.published.value;
      params.publishedQualifier = input.published.qualifier;
    }
    const publisher = publisherId(ctx, input);
    if (publisher !== undefined) {
      sets.push('publisher_source_id = @publisher');
      params.publisher = publisher;
    }
    if (!sets.length) return before;
    ctx.db.prepare(`UPDATE articles SET ${sets.join(', ')}, updated_at = @now WHERE id = @id`).run(params);
    if (input.byline !== undefined) syncAuthors(ctx, input.id, input.byline);
    if (input.title !== undefined) indexField(ctx.db, 'article', input.id, 'title', input.title);
    const after = getArticle(ctx, input.id);
    const { text: _b, ...beforeMeta } = before;
    const { text: _a, ...afterMeta } = after;
    recordAudit(ctx, 'article.update', 'article', input.id, beforeMeta, afterMeta);
    return after;
  });
}

/**
 * Each sort's ORDER BY: the key, then the article id as the tie-breaker, each matching an index
 * (migrations 003 and 008) so a page is read in index order with no sort of the whole library.
 * The publisher name comes from `article_sort_keys` (k), a copy kept by triggers, not from a join.
 */
const SORT_SQL: Record<(typeof ARTICLE_SORT_KEYS)[number], { key: string; tie: string }> = {
  captured: { key: 'a.captured_at', tie: 'a.id' },
  title: { key: 'a.title COLLATE NOCASE', tie: 'a.id' },
  publisher: { key: 'k.publisher_name COLLATE NOCASE', tie: 'k.article_id' },
  published: { key: 'a.published', tie: 'a.id' },
  language: { key: 'a.language', tie: 'a.id' },
  excerpts: { key: '(SELECT count(*) FROM excerpts e WHERE e.article_id = a.id)', tie: 'a.id' },
};

/**
 * The best and worst grade (source reliability + excerpt credibility) of each article on a page:
 * its excerpts read once, and each distinct source's current rating looked up once, rather than
 * the rating view evaluated for every excerpt twice. Best is the lowest (reliability, credibility)
 * with an unrated source counting as after F and an ungraded excerpt as after 6; worst the highest.
 */
function gradesOf(ctx: Ctx, articleIds: string[]): Map<string, { best: string; worst: string }> {
  const excerpts = ctx.db
    .prepare(
      'SELECT article_id, source_id, credibility FROM excerpts WHERE article_id IN (SELECT value FROM json_each(?))',
    )
    .all(JSON.stringify(articleIds)) as { article_id: string; source_id: string | null; credibility: number | null }[];
  const sourceIds = [...new Set(excerpts.flatMap((e) => (e.source_id ? [e.source_id] : [])))];
  const reliability = new Map(
    (
      ctx.db
        .prepare(
          'SELECT source_id, reliability FROM source_current WHERE source_id IN (SELECT value FROM json_each(?))',
        )
        .all(JSON.stringify(sourceIds)) as { source_id: string; reliability: Reliability | null }[]
    ).map((r) => [r.source_id, r.reliability]),
  );
  const grades = new Map<string, { best: string; worst: string; bestKey: string; worstKey: string }>();
  for (const e of excerpts) {
    const r = (e.source_id && reliability.get(e.source_id)) || null;
    // 'Z' and 9 sort after every letter and grade, as the ORDER BY this replaces had them.
    const key = `${r ?? 'Z'}${e.credibility ?? 9}`;
    const grade = `${r ?? '?'}${e.credibility ?? '?'}`;
    const seen = grades.get(e.article_id);
    if (!seen) grades.set(e.article_id, { best: grade, worst: grade, bestKey: key, worstKey: key });
    else {
      if (key < seen.bestKey) Object.assign(seen, { best: grade, bestKey: key });
      if (key > seen.worstKey) Object.assign(seen, { worst: grade, worstKey: key });
    }
  }
  return grades;
}

/** The statements that count the library's matching articles and find one page's ids, in order. */
export function libraryPageQuery(input: ParsedInput<'articles.list'>): {
  countSql: string;
  pageSql: string;
  params: unknown[];
} {
  const where: string[] = [];
  const params: unknown[] = [];
  const text = input.text.trim();
  if (text) {
    where.push("(a.title LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\')");
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  if (input.publisher) {
    where.push('p.name = ? COLLATE NOCASE');
    params.push(input.publisher);
  }
  if (input.language) {
    where.push('a.language = ?');
    params.push(input.language);
  }
  if (input.publishedFrom) {
    where.push("a.published <> '' AND a.published >= ?");
    params.push(input.publishedFrom);
  }
  if (input.publishedTo) {
    where.push("a.published <> '' AND substr(a.published, 1, ?) <= ?");
    params.push(input.publishedTo.length, input.publishedTo);
  }
  if (input.minReliability) {
    const cond = reliabilityCondition('pc.reliability', input.minReliability);
    where.push(cond.sql);
    params.push(...cond.params);
  }
  const needsPublisher = Boolean(text || input.publisher);
  const from = `FROM articles a
    ${needsPublisher ? 'LEFT JOIN sources p ON p.id = a.publisher_source_id' : ''}
    ${input.minReliability ? 'LEFT JOIN source_current pc ON pc.source_id = a.publisher_source_id' : ''}`;
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const direction = input.direction === 'asc' ? 'ASC' : 'DESC';
  const sort = SORT_SQL[input.sort];
  // By publisher with no filter, the sort keys alone are the list: joining each skipped row of the
  // OFFSET to its article would cost one lookup per row before the page.
  const pageFrom =
    input.sort !== 'publisher'
      ? from
      : where.length
        ? `${from} JOIN article_sort_keys k ON k.article_id = a.id`
        : 'FROM article_sort_keys k';
  return {
    // Unfiltered, the total is the count the triggers keep (migration 012).
    countSql: where.length
      ? `SELECT count(*) AS n ${from} ${whereSql}`
      : "SELECT n FROM row_counts WHERE table_name = 'articles'",
    pageSql: `SELECT ${sort.tie} AS id ${pageFrom} ${whereSql} ORDER BY ${sort.key} ${direction}, ${sort.tie} ${direction} LIMIT ? OFFSET ?`,
    params,
  };
}

/**
 * One page of the library. The page's ids are found first with only the joins the filters and
 * sort need (so counting and paging 100,000 rows stays cheap); the full rows, grades and counts
 * are then read for those ids alone.
 */
export function listArticles(ctx: Ctx, input: ParsedInput<'articles.list'>): { items: ArticleRow[]; total: number } {
  const { countSql, pageSql, params } = libraryPageQuery(input);
  const total = (ctx.db.prepare(countSql).get(...params) as { n: number }).n;
  const ids = (ctx.db.prepare(pageSql).all(...params, input.limit, input.offset) as { id: string }[]).map((r) => r.id);
  if (!ids.length) return { total, items: [] };
  const rows = ctx.db
    .prepare(`SELECT ${ARTICLE_COLUMNS} ${ARTICLE_FROM} WHERE a.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as ArticleDbRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hits = watchHitCounts(ctx, ids);
  const authors = authorsOfMany(ctx, ids);
  const grades = gradesOf(ctx, ids);
  return {
    total,
    items: ids
      .map((id) => byId.get(id)!)
      .map((r) => ({
        ...toArticleFields(ctx, r, authors.get(r.id) ?? []),
        bestGrade: grades.get(r.id)?.best ?? null,
        worstGrade: grades.get(r.id)?.worst ?? null,
        watchHits: hits.get(r.id) ?? 0,
      })),
  };
}

export function readOriginal(
  ctx: Ctx,
  id: string,
): { sha256: string; mediaType: string; filename: string; bytes: Buffer } {
  const row = ctx.db
    .prepare(
      'SELECT a.original_sha256 AS sha256, a.media_type, a.original_filename, o.bytes FROM articles a JOIN originals o ON o.sha256 = a.original_sha256 WHERE a.id = ?',
    )
    .get(id) as { sha256: string; media_type: string; original_filename: string; bytes: Buffer } | undefined;
  if (!row) throw new ContractError('not_found', `No article has the id ${id}.`);
  return { sha256: row.sha256, mediaType: row.media_type, filename: row.original_filename, bytes: row.bytes };
}
