// The web_captures table: one row per article captured from the web, read back as the contract's
// WebCapture. Rows are never updated or deleted (triggers); the WARC and snapshots are originals.
import type { WebCapture, WebProvenance } from '../../../shared/contract/webCapture';
import type { Ctx } from '../services/context';

export interface StoredSnapshot {
  screenshot: { sha256: string; size: number; width: number; height: number } | null;
  pdf: { sha256: string; size: number } | null;
  note: string;
}

interface CaptureRow {
  article_id: string;
  requested_url: string;
  final_url: string;
  status: number;
  provenance_json: string;
  warc_sha256: string;
  screenshot_sha256: string | null;
  pdf_sha256: string | null;
  previous_article_id: string | null;
  started_at: string;
  finished_at: string;
}

/** What the provenance JSON holds beyond the columns: the snapshot's facts and the note. */
type StoredProvenance = WebProvenance & { snapshot: StoredSnapshot };

export function storeOriginal(ctx: Ctx, sha256: string, bytes: Uint8Array): void {
  ctx.db
    .prepare('INSERT OR IGNORE INTO originals (sha256, size, bytes) VALUES (?, ?, ?)')
    .run(sha256, bytes.byteLength, Buffer.from(bytes));
}

/** The newest earlier capture of the same URL (asked or landed on), for "page changed since". */
export function previousCaptureOf(ctx: Ctx, requestedUrl: string, finalUrl: string): string | null {
  const row = ctx.db
    .prepare(
      'SELECT article_id FROM web_captures WHERE requested_url = ? OR final_url = ? ORDER BY finished_at DESC LIMIT 1',
    )
    .get(requestedUrl, finalUrl) as { article_id: string } | undefined;
  return row?.article_id ?? null;
}

/** Inserts the row; call inside the capture's transaction. */
export function insertCapture(
  ctx: Ctx,
  articleId: string,
  provenance: WebProvenance,
  warcSha256: string,
  snapshot: StoredSnapshot,
  previous: string | null,
): void {
  const stored: StoredProvenance = { ...provenance, snapshot };
  ctx.db
    .prepare(
      `INSERT INTO web_captures (article_id, requested_url, final_url, status, provenance_json, warc_sha256, screenshot_sha256, pdf_sha256,
         previous_article_id, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      articleId,
      provenance.requestedUrl,
      provenance.finalUrl,
      provenance.status,
      JSON.stringify(stored),
      warcSha256,
      snapshot.screenshot?.sha256 ?? null,
      snapshot.pdf?.sha256 ?? null,
      previous,
      provenance.startedAt,
      provenance.finishedAt,
    );
}

export function getWebCapture(ctx: Ctx, articleId: string): WebCapture | null {
  const row = ctx.db.prepare('SELECT * FROM web_captures WHERE article_id = ?').get(articleId) as
    CaptureRow | undefined;
  if (!row) return null;
  const { snapshot, ...provenance } = JSON.parse(row.provenance_json) as StoredProvenance;
  const warcSize =
    (ctx.db.prepare('SELECT size FROM originals WHERE sha256 = ?').get(row.warc_sha256) as { size: number } | undefined)
      ?.size ?? 0;
  return {
    ...provenance,
    articleId: row.article_id,
    warc: { sha256: row.warc_sha256, size: warcSize },
    screenshot: snapshot.screenshot,
    pdf: snapshot.pdf,
    snapshotNote: snapshot.note,
    previousArticleId: row.previous_article_id,
  };
}

export function readOriginalBytes(ctx: Ctx, sha256: string): Buffer | null {
  return (
    (ctx.db.prepare('SELECT bytes FROM originals WHERE sha256 = ?').get(sha256) as { bytes: Buffer } | undefined)
      ?.bytes ?? null
  );
}

/** Rows as the case file carries them (table columns, snake_case). */
export type WebCaptureRow = CaptureRow;

export function captureRow(ctx: Ctx, articleId: string): CaptureRow | null {
  return (
    (ctx.db.prepare('SELECT * FROM web_captures WHERE article_id = ?').get(articleId) as CaptureRow | undefined) ?? null
  );
}

export function insertCaptureRow(ctx: Ctx, row: CaptureRow): number {
  return ctx.db
    .prepare(
      `INSERT OR IGNORE INTO web_captures (article_id, requested_url, final_url, status, provenance_json, warc_sha256, screenshot_sha256, pdf_sha256,
         previous_article_id, started_at, finished_at) VALUES (@article_id, @requested_url, @final_url, @status, @provenance_json, @warc_sha256,
         @screenshot_sha256, @pdf_sha256, @previous_article_id, @started_at, @finished_at)`,
    )
    .run(row).changes;
}
