// Web captures in case files: the provenance row of each captured article, with its WARC and
// snapshots added to the file's originals, and merged back by article on import. A capture is
// evidence: an existing row is never changed, only missing ones are added.
import type { WebCaptureRecord } from '../../../shared/contract/caseFile';
import type { Ctx } from '../services/context';
import { captureRow, insertCaptureRow, readOriginalBytes } from './store';

export function collectWebCaptures(
  ctx: Ctx,
  articleIds: string[],
  originals: Map<string, Uint8Array>,
): WebCaptureRecord[] {
  const records: WebCaptureRecord[] = [];
  for (const id of [...articleIds].sort()) {
    const row = captureRow(ctx, id);
    if (!row) continue;
    for (const sha of [row.warc_sha256, row.screenshot_sha256, row.pdf_sha256]) {
      if (sha && !originals.has(sha)) originals.set(sha, readOriginalBytes(ctx, sha)!);
    }
    // The earlier capture travels only if the case holds it too; otherwise the link would dangle.
    records.push({
      ...row,
      previous_article_id:
        row.previous_article_id && articleIds.includes(row.previous_article_id) ? row.previous_article_id : null,
    });
  }
  return records;
}

/** Adds the file's captures for articles now in this library; call inside the merge's transaction, after articles. */
export function mergeWebCaptures(
  ctx: Ctx,
  records: WebCaptureRecord[],
  localArticleId: (remoteId: string) => string | null,
): number {
  let added = 0;
  for (const record of records) {
    const articleId = localArticleId(record.article_id);
    if (!articleId || captureRow(ctx, articleId)) continue;
    const previous = record.previous_article_id ? localArticleId(record.previous_article_id) : null;
    added += insertCaptureRow(ctx, { ...record, article_id: articleId, previous_article_id: previous });
  }
  return added;
}
