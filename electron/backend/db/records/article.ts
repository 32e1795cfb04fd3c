// An article: its row, the stored part of its API object, its case-file record, what tells two
// versions apart in a merge, and the columns elsewhere that refer to it.
import { z } from 'zod';
import type { Article } from '../../../../shared/contract/schemas';
import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import type { DetectedMetadata } from '../../../../shared/domain/detectMetadata';
import { CAPTURE_METHODS } from '../../../../shared/contract/vocabulary';
import { id, partialDate, sha, text, time } from './fields';
import { orNull, recordTable } from './table';
import type { Reference } from './reference';

export const ArticleRow = z.strictObject({
  id,
  original_sha256: sha,
  media_type: text,
  original_filename: text,
  text,
  text_sha256: sha,
  title: text,
  publisher_source_id: id.nullable(),
  byline: text,
  published: text,
  published_qualifier: text,
  language: text,
  text_direction: z.enum(['ltr', 'rtl', 'auto']),
  translator: text,
  url: text,
  canonical_url: text,
  site_name: text,
  description: text,
  page_starts: text,
  charset: text,
  detected_json: text,
  capture_method: z.enum(CAPTURE_METHODS),
  captured_at: time,
  captured_by: text,
  extractor: text,
  updated_at: time,
});
export type ArticleRow = z.infer<typeof ArticleRow>;
export const articles = recordTable('articles', ArticleRow);

/** As a merge writes it (and format-1 case files carried it): the row, with its authors in byline order. */
export const ArticleRecord = ArticleRow.extend({
  authors: z.array(z.strictObject({ source_id: id, position: z.number().int() })),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

export type ArticleFields = Omit<
  Article,
  'publisherName' | 'publisherReliability' | 'authors' | 'originalSize' | 'excerptCount'
>;

/** The part of the API object the row holds (the rest is joined from other tables). */
export function articleFields(r: ArticleRow): ArticleFields {
  return {
    id: r.id,
    title: r.title,
    publisherSourceId: r.publisher_source_id,
    byline: r.byline,
    published: { value: r.published, qualifier: r.published_qualifier },
    language: r.language,
    textDirection: r.text_direction,
    translator: r.translator,
    url: r.url,
    canonicalUrl: r.canonical_url,
    siteName: r.site_name,
    description: r.description,
    originalSha256: r.original_sha256,
    mediaType: r.media_type,
    originalFilename: r.original_filename,
    textSha256: r.text_sha256,
    text: r.text,
    captureMethod: r.capture_method,
    capturedAt: r.captured_at,
    capturedBy: r.captured_by,
    extractor: r.extractor,
    charset: r.charset,
    detected: JSON.parse(r.detected_json) as DetectedMetadata,
    pageStarts: JSON.parse(r.page_starts) as number[],
    updatedAt: r.updated_at,
  };
}

/** The metadata an analyst edits: a fast-forward or a resolved conflict writes these. */
export const ARTICLE_EDITABLE = [
  'title',
  'byline',
  'published',
  'published_qualifier',
  'language',
  'text_direction',
  'translator',
  'url',
  'description',
  'publisher_source_id',
  'updated_at',
] as const satisfies readonly (keyof ArticleRow)[];

/** What makes two versions of an article different, read from the API shape (an audit snapshot, or articleFields). */
export function articleFingerprint(o: Partial<ArticleFields>): string {
  return canonicalJson([
    orNull(o.title),
    orNull(o.byline),
    orNull(o.published?.value),
    orNull(o.published?.qualifier),
    orNull(o.language),
    orNull(o.textDirection),
    orNull(o.translator),
    orNull(o.url),
    orNull(o.description),
    orNull(o.publisherSourceId),
  ]);
}

/** Columns elsewhere that refer to an article. */
export const ARTICLE_REFERENCES: readonly Reference[] = [
  { table: 'excerpts', column: 'article_id' },
  { table: 'mentions', column: 'article_id' },
  { table: 'article_authors', column: 'article_id' },
  { table: 'case_items', column: 'item_id' },
  { table: 'object_tags', column: 'object_id' },
  { table: 'web_captures', column: 'article_id' },
  { table: 'web_captures', column: 'previous_article_id' },
  { table: 'watch_hits', column: 'article_id' },
];

/** The article in a case file (format 2): the API object's names and shapes, with its authors. */
export const ArticleWire = z.strictObject({
  id,
  originalSha256: sha,
  mediaType: text,
  originalFilename: text,
  text,
  textSha256: sha,
  title: text,
  publisherSourceId: id.nullable(),
  byline: text,
  published: partialDate,
  language: text,
  textDirection: ArticleRow.shape.text_direction,
  translator: text,
  url: text,
  canonicalUrl: text,
  siteName: text,
  description: text,
  pageStarts: z.array(z.number().int().min(0)),
  charset: text,
  /** The extractor's findings as stored, byte for byte (a parsed object would not keep its key order). */
  detectedJson: text,
  captureMethod: ArticleRow.shape.capture_method,
  capturedAt: time,
  capturedBy: text,
  extractor: text,
  updatedAt: time,
  authors: z.array(z.strictObject({ sourceId: id, position: z.number().int() })),
});
export type ArticleWire = z.infer<typeof ArticleWire>;

export function articleToWire(r: ArticleRecord): ArticleWire {
  return {
    ...(({ detected: _detected, ...fields }) => fields)(articleFields(r)),
    textDirection: r.text_direction,
    detectedJson: r.detected_json,
    authors: r.authors.map((a) => ({ sourceId: a.source_id, position: a.position })),
  };
}

export function articleFromWire(w: ArticleWire): ArticleRecord {
  return {
    id: w.id,
    original_sha256: w.originalSha256,
    media_type: w.mediaType,
    original_filename: w.originalFilename,
    text: w.text,
    text_sha256: w.textSha256,
    title: w.title,
    publisher_source_id: w.publisherSourceId,
    byline: w.byline,
    published: w.published.value,
    published_qualifier: w.published.qualifier,
    language: w.language,
    text_direction: w.textDirection,
    translator: w.translator,
    url: w.url,
    canonical_url: w.canonicalUrl,
    site_name: w.siteName,
    description: w.description,
    page_starts: JSON.stringify(w.pageStarts),
    charset: w.charset,
    detected_json: w.detectedJson,
    capture_method: w.captureMethod,
    captured_at: w.capturedAt,
    captured_by: w.capturedBy,
    extractor: w.extractor,
    updated_at: w.updatedAt,
    authors: w.authors.map((a) => ({ source_id: a.sourceId, position: a.position })),
  };
}
