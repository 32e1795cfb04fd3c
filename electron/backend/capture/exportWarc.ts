// A case's web captures as one .warc.gz: each capture's WARC is a run of gzip members, so joining
// them gives a valid file that standard web-archive tools (pywb, ReplayWeb.page) replay.
import { ContractError } from '../../../shared/contract/errors';
import type { MethodOutput } from '../../../shared/contract/methods';
import type { Ctx } from '../services/context';
import { writeFileAtomically } from '../export/caseFileJobs';
import { readOriginalBytes } from './store';
import path from 'node:path';

/** The articles a case holds (directly or through its excerpts), or the one article `id` names. */
function articleIdsOf(ctx: Ctx, id: string): string[] {
  if (ctx.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id)) return [id];
  if (!ctx.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(id))
    throw new ContractError('not_found', `No case or article has the id ${id}.`);
  return (
    ctx.db
      .prepare(
        `SELECT item_id AS id FROM case_items WHERE case_id = ? AND item_kind = 'article'
       UNION SELECT e.article_id FROM case_items ci JOIN excerpts e ON e.id = ci.item_id WHERE ci.case_id = ? AND ci.item_kind = 'excerpt'`,
      )
      .all(id, id) as { id: string }[]
  ).map((r) => r.id);
}

export function exportWarc(ctx: Ctx, input: { id: string; path?: string | undefined }): MethodOutput<'web.exportWarc'> {
  const ids = JSON.stringify(articleIdsOf(ctx, input.id));
  const rows = ctx.db
    .prepare(
      'SELECT warc_sha256 FROM web_captures WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY finished_at, article_id',
    )
    .all(ids) as { warc_sha256: string }[];
  if (!rows.length)
    throw new ContractError(
      'not_found',
      'Nothing here was captured from the web, so there is no WARC to export. Capture a URL first (Capture URL…, or casefile capture URL).',
    );
  const parts = rows.map((r) => {
    const bytes = readOriginalBytes(ctx, r.warc_sha256);
    if (!bytes)
      throw new ContractError(
        'corrupt_library',
        `The WARC ${r.warc_sha256} is missing from the library; run "casefile verify".`,
      );
    return bytes;
  });
  const bytes = Buffer.concat(parts);
  if (input.path) writeFileAtomically(input.path, bytes);
  return {
    path: input.path ? path.resolve(input.path) : null,
    bytesBase64: input.path ? null : bytes.toString('base64'),
    captures: rows.length,
    size: bytes.byteLength,
  };
}
