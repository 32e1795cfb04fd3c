// Deleting excerpts asks nothing; the app's one undo (ui/undo) offers Undo, which records each
// again with the same span, source, credibility, date, tags and note (a new id: the old one stays
// deleted in the audit log). Redo deletes the restored copies.
import type { Excerpt } from '../../../shared/contract/schemas';
import { api } from '../api/client';
import { invalidateAfter } from '../api/hooks';
import { navigate } from '../app/route';
import { showError } from './notify';
import { recordChange } from './undo';

function recreate(e: Excerpt) {
  return api.call('excerpts.create', {
    articleId: e.articleId,
    start: e.start,
    end: e.end,
    sourceId: e.sourceId,
    credibility: e.credibility,
    eventDate: e.eventDate,
    tags: e.tags,
    ...(e.note.json ? { note: e.note } : {}),
  });
}

/** Deletes the excerpts, then offers Undo; `reopen` jumps back to a single restored excerpt. */
export async function deleteExcerptsWithUndo(excerpts: Excerpt[], options: { reopen?: boolean } = {}): Promise<void> {
  let current = excerpts.map((e) => e.id);
  const done: string[] = [];
  try {
    for (const id of current) {
      await api.call('excerpts.delete', { id });
      done.push(id);
    }
  } catch (error) {
    showError(
      error,
      done.length ? `Only ${done.length} of ${excerpts.length} excerpts were deleted` : 'The excerpt was not deleted',
    );
    if (!done.length) return;
  }
  await invalidateAfter('excerpts.delete');
  const deleted = excerpts.filter((e) => done.includes(e.id));
  const single = deleted.length === 1 ? deleted[0]! : null;
  recordChange({
    method: 'excerpts.delete',
    message: single ? `Excerpt deleted: “${single.exact}”` : `${deleted.length} excerpts deleted.`,
    testId: 'excerpt-deleted-notice',
    undo: async () => {
      const restored = [];
      for (const e of deleted) restored.push(await recreate(e));
      current = restored.map((r) => r.id);
      if (options.reopen && restored.length === 1)
        navigate({ screen: 'article', id: restored[0]!.articleId, excerptId: restored[0]!.id }, { replace: true });
    },
    redo: async () => {
      for (const id of current) await api.call('excerpts.delete', { id });
    },
  });
}

export function deleteExcerptWithUndo(excerpt: Excerpt): Promise<void> {
  return deleteExcerptsWithUndo([excerpt], { reopen: true });
}
