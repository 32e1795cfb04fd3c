// The portable case file: a ZIP of JSON records (one per item), the originals by hash, the audit
// entries of the items, and a manifest listing every entry with its SHA-256. Records mirror the
// library's tables, so an import writes them back without translation. Every record is checked
// against these schemas before anything is written.
import { MAX_ORIGINAL_BYTES } from './limits';
import { z } from 'zod';
import { CREDIBILITY_VALUES, RELIABILITY_LETTERS } from '../domain/admiralty';
import {
  CaseItemKind,
  CAPTURE_METHODS,
  ENTITY_TYPES,
  MENTION_STATUSES,
  RELATIONSHIP_TYPES,
  SOURCE_KINDS,
} from './schemas';

export const CASE_FILE_FORMAT = 'casefile-case';
export const CASE_FILE_VERSION = 1;

/** Limits that keep a hostile archive from exhausting memory or disk. */
export const CASE_FILE_LIMITS = {
  maxEntries: 200_000,
  maxEntryBytes: MAX_ORIGINAL_BYTES,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  /** Uncompressed/compressed above this, for entries over 1 MB, is a zip bomb, not a document. */
  maxCompressionRatio: 200,
};

const id = z.uuid();
const sha = z.string().regex(/^[0-9a-f]{64}$/);
const text = z.string();
const time = z.string().min(1);

export const ArticleRecord = z.strictObject({
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
  authors: z.array(z.strictObject({ source_id: id, position: z.number().int() })),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

export const SourceRecord = z.strictObject({
  id,
  kind: z.enum(SOURCE_KINDS),
  name: z.string().min(1),
  parent_id: id.nullable(),
  url: text,
  description: text,
  created_at: time,
  created_by: text,
  updated_at: time,
  aliases: z.array(z.string().min(1)),
  ratings: z.array(
    z.strictObject({
      id,
      reliability: z.enum(RELIABILITY_LETTERS),
      rationale: z.string().min(1),
      analyst: text,
      rated_at: time,
    }),
  ),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

export const ExcerptRecord = z.strictObject({
  id,
  article_id: id,
  exact: z.string().min(1),
  prefix: text,
  suffix: text,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  source_id: id.nullable(),
  credibility: z
    .union(CREDIBILITY_VALUES.map((v) => z.literal(v)) as [z.ZodLiteral<1>, ...z.ZodLiteral<number>[]])
    .nullable(),
  reliability_at_record: z.enum(RELIABILITY_LETTERS).nullable(),
  event_date: text,
  event_date_qualifier: text,
  note_json: text,
  note_text: text,
  anchor_status: z.enum(['ok', 'reanchored', 'orphaned']),
  created_at: time,
  created_by: text,
  updated_at: time,
  tags: z.array(z.string().min(1)),
});
export type ExcerptRecord = z.infer<typeof ExcerptRecord>;

export const EntityRecord = z.strictObject({
  id,
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  description_json: text,
  description_text: text,
  created_at: time,
  created_by: text,
  updated_at: time,
  aliases: z.array(z.strictObject({ id, text: z.string().min(1), script: text, normalized: text })),
  external_ids: z.array(z.strictObject({ key: z.string().min(1), value: z.string().min(1) })),
  tags: z.array(z.string().min(1)),
  mentions: z.array(
    z.strictObject({
      id,
      article_id: id,
      excerpt_id: id.nullable(),
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      exact: text,
      status: z.enum(MENTION_STATUSES),
      created_at: time,
      created_by: text,
    }),
  ),
});
export type EntityRecord = z.infer<typeof EntityRecord>;

export const RelationshipRecord = z.strictObject({
  id,
  from_entity_id: id,
  to_entity_id: id,
  type: z.enum(RELATIONSHIP_TYPES),
  label: text,
  created_at: time,
  created_by: text,
  excerpt_ids: z.array(id),
});
export type RelationshipRecord = z.infer<typeof RelationshipRecord>;

export const CaseRecord = z.strictObject({
  id,
  title: z.string().min(1),
  summary_json: text,
  summary_text: text,
  archived: z.union([z.literal(0), z.literal(1)]),
  created_at: time,
  created_by: text,
  updated_at: time,
  items: z.array(
    z.strictObject({
      item_id: id,
      item_kind: CaseItemKind,
      added_at: time,
      added_by: text,
    }),
  ),
});
export type CaseRecord = z.infer<typeof CaseRecord>;

export const AuditRecord = z.strictObject({
  seq: z.number().int().min(1),
  at: time,
  analyst: text,
  action: text,
  object_kind: text,
  object_id: text,
  before_json: text,
  after_json: text,
  prev_hash: sha,
  hash: sha,
  /** SHA-256 of the states the row recorded (left out of the file), so its hash can be checked. */
  states_sha256: sha.optional(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

/** A web capture's provenance row (issue 16); its WARC and snapshots travel as originals. */
export const WebCaptureRecord = z.strictObject({
  article_id: id,
  requested_url: z.string().min(1),
  final_url: z.string().min(1),
  status: z.number().int(),
  provenance_json: text,
  warc_sha256: sha,
  screenshot_sha256: sha.nullable(),
  pdf_sha256: sha.nullable(),
  previous_article_id: id.nullable(),
  started_at: time,
  finished_at: time,
});
export type WebCaptureRecord = z.infer<typeof WebCaptureRecord>;

export const Manifest = z.strictObject({
  format: z.literal(CASE_FILE_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  exportedAt: time,
  caseId: id,
  entries: z.array(z.strictObject({ path: z.string(), sha256: sha, size: z.number().int().min(0) })),
  /** The sender library's audit head at export: an anchor kept outside that library. */
  auditHead: z
    .strictObject({ seq: z.number().int().min(1), hash: sha, at: time })
    .nullable()
    .optional(),
});
export type Manifest = z.infer<typeof Manifest>;

/** Where each record lives in the archive. */
export const ENTRY_PATHS = {
  case: 'case.json',
  audit: 'audit.json',
  article: (articleId: string) => `articles/${articleId}.json`,
  original: (sha256: string) => `originals/${sha256}`,
  source: (sourceId: string) => `sources/${sourceId}.json`,
  excerpt: (excerptId: string) => `excerpts/${excerptId}.json`,
  entity: (entityId: string) => `entities/${entityId}.json`,
  relationship: (relationshipId: string) => `relationships/${relationshipId}.json`,
  webCapture: (articleId: string) => `web-captures/${articleId}.json`,
};

/** Everything a case file holds, as records. */
export interface CaseContents {
  caseRecord: CaseRecord;
  articles: ArticleRecord[];
  originals: Map<string, Uint8Array>;
  sources: SourceRecord[];
  excerpts: ExcerptRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
  audit: AuditRecord[];
  /** Web captures of the case's articles (absent in files from before web capture). */
  webCaptures?: WebCaptureRecord[];
}
