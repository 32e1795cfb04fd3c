// Deleting excerpts asks nothing; the app's one undo (ui/undo) offers Undo, which records each
// again with the same span, source, credibility, date, tags and note (a new id: the old one stays
// deleted in the audit log). Redo deletes the restored copies. Changing fields of many excerpts at
// once keeps each one's previous values for Undo; Redo writes the new ones again.
import type { Excerpt } from '../../../shared/contract/schemas';
import type { Credibility } from '../../../shared/domain/admiralty';
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

type Patch = { credibility?: Credibility | null; tags?: string[] };

async function applyPatches(changes: { id: string; patch: Patch }[]): Promise<void> {
  for (const { id, patch } of changes) await api.call('excerpts.update', { id, ...patch });
}

/** Writes `next(e)` to every excerpt it changes, as one undoable step. */
export async function updateExcerptsWithUndo(
  excerpts: Excerpt[],
  next: (e: Excerpt) => Patch | null,
  message: string,
): Promise<void> {
  const forward = excerpts.flatMap((e) => {
    const patch = next(e);
    return patch ? [{ id: e.id, patch }] : [];
  });
  if (!forward.length) return;
  const backward = excerpts
    .filter((e) => forward.some((f) => f.id === e.id))
    .map((e) => ({ id: e.id, patch: { credibility: e.credibility, tags: e.tags } }));
  try {
    await applyPatches(forward);
  } catch (error) {
    showError(error, 'Not every excerpt was changed');
  }
  await invalidateAfter('excerpts.update');
  recordChange({
    method: 'excerpts.update',
    message,
    undo: () => applyPatches(backward),
    redo: () => applyPatches(forward),
  });
}

export function setCredibilityWithUndo(excerpts: Excerpt[], credibility: Credibility): Promise<void> {
  return updateExcerptsWithUndo(
    excerpts,
    (e) => (e.credibility === credibility ? null : { credibility }),
    excerpts.length === 1
      ? `Credibility ${credibility} set on the excerpt.`
      : `Credibility ${credibility} set on ${excerpts.length} excerpt(s).`,
  );
}
