// The portable case file: a ZIP of JSON records (one per item), the originals by hash, the audit
// entries of the items, and a manifest listing every entry with its SHA-256. Each record has its
// API object's shape, declared with its table in electron/backend/db/records/<kind>.ts, and is
// checked against that schema before anything is written.
import { z } from 'zod';

export const CASE_FILE_FORMAT = 'casefile-case';
/**
 * 2: records carry the API objects' names and shapes (`publisherSourceId`, `note: {json, text}`), the
 * shape the audit log's snapshots have. 1: records were the tables' rows (snake_case); still read.
 */
export const CASE_FILE_VERSION = 2;

export { CASE_FILE_LIMITS } from './limits';

const sha = z.string().regex(/^[0-9a-f]{64}$/);
const text = z.string();
const time = z.string().min(1);
const id = z.uuid();

// The records of each kind (article, source, excerpt, entity, relationship, case) are declared with
// their tables in electron/backend/db/records/, where the rest of each kind's shapes live.

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
