// Migration 003 recreates the full-text index empty (FTS5 cannot gain a prefix index in place, and
// the index text is made in JavaScript). A library that had an index is marked, and the backend
// starts the rebuild job as soon as it opens it; until the job finishes, search finds fewer things.
import type { JobRunner } from '../jobs';
import type { Ctx } from '../services/context';
import { rebuildSearchIndex, REBUILD_SETTING } from './rebuild';

export function startPendingSearchRebuild(ctx: Ctx, jobs: JobRunner): string | null {
  const pending = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(REBUILD_SETTING);
  if (!pending) return null;
  return jobs.start('search.reindex', (report, signal) => rebuildSearchIndex(ctx, report, signal)).jobId;
}
