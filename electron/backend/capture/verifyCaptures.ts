// Verification of web captures, for `casefile verify`: every capture's WARC and snapshots are in
// the library with the hash recorded; the WARC's response record carries exactly the article's
// original (its payload digest and its bytes); the screenshot is a PNG of the recorded size.
import type { VerifyReport } from '../../../shared/contract/schemas';
import type { Ctx } from '../services/context';
import { sha256Hex } from '../services/hash';
import { pngSize } from './png';
import { readOriginalBytes } from './store';

type Check = VerifyReport['checks'][number];

export async function verifyWebCaptures(ctx: Ctx): Promise<Check> {
  const problems: string[] = [];
  const rows = ctx.db
    .prepare(
      `SELECT w.article_id, w.warc_sha256, w.screenshot_sha256, w.pdf_sha256, w.provenance_json, a.original_sha256
       FROM web_captures w JOIN articles a ON a.id = w.article_id ORDER BY w.finished_at`,
    )
    .all() as {
    article_id: string;
    warc_sha256: string;
    screenshot_sha256: string | null;
    pdf_sha256: string | null;
    provenance_json: string;
    original_sha256: string;
  }[];
  if (!rows.length) return { name: 'web_captures', ok: true, problems };
  const { readWarcResponse } = await import('./warc');
  for (const row of rows) {
    const stored = (sha: string, what: string): Buffer | null => {
      const bytes = readOriginalBytes(ctx, sha);
      if (!bytes) problems.push(`the ${what} of web capture ${row.article_id} (${sha}) is missing`);
      else if (sha256Hex(bytes) !== sha)
        problems.push(`the ${what} of web capture ${row.article_id} was altered: it no longer hashes to ${sha}`);
      else return bytes;
      return null;
    };
    const warc = stored(row.warc_sha256, 'WARC');
    if (warc) {
      try {
        const response = await readWarcResponse(warc);
        if (!response) problems.push(`the WARC of web capture ${row.article_id} has no response record`);
        else {
          if (response.payloadDigest !== `sha256:${row.original_sha256}`)
            problems.push(
              `the WARC of web capture ${row.article_id} declares payload digest ${response.payloadDigest}, not the original's sha256:${row.original_sha256}`,
            );
          if (sha256Hex(response.payload) !== row.original_sha256)
            problems.push(
              `the WARC response of web capture ${row.article_id} does not carry the article's original bytes`,
            );
        }
      } catch (error) {
        problems.push(`the WARC of web capture ${row.article_id} cannot be read (${(error as Error).message})`);
      }
    }
    if (row.screenshot_sha256) {
      const png = stored(row.screenshot_sha256, 'screenshot');
      const recorded = (
        JSON.parse(row.provenance_json) as { snapshot?: { screenshot?: { width: number; height: number } | null } }
      ).snapshot?.screenshot;
      if (png) {
        try {
          const size = pngSize(png);
          if (recorded && (size.width !== recorded.width || size.height !== recorded.height))
            problems.push(
              `the screenshot of web capture ${row.article_id} is ${size.width}×${size.height}, not the recorded ${recorded.width}×${recorded.height}`,
            );
        } catch {
          problems.push(`the screenshot of web capture ${row.article_id} is not a PNG`);
        }
      }
    }
    if (row.pdf_sha256) {
      const pdf = stored(row.pdf_sha256, 'PDF print');
      if (pdf && !pdf.subarray(0, 1024).includes('%PDF-'))
        problems.push(`the PDF print of web capture ${row.article_id} is not a PDF`);
    }
  }
  return { name: 'web_captures', ok: problems.length === 0, problems };
}
