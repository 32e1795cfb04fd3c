// Changes to many excerpts at once, each undoable in one step: the previous values of every
// excerpt are kept and written back by Undo; Redo writes the new ones again.
import type { Excerpt } from '../../../../../shared/contract/schemas';
import type { Credibility } from '../../../../../shared/domain/admiralty';
import { toCsv } from '../../../../../shared/domain/csv';
import { formatPartialDate } from '../../../../../shared/domain/partialDate';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/hooks';
import { saveExport } from '../../../ui/saveExport';
import { showError } from '../../../ui/notify';
import { recordChange } from '../../../ui/undo';

type Patch = { credibility?: Credibility | null; tags?: string[] };

async function apply(changes: { id: string; patch: Patch }[]): Promise<void> {
  for (const { id, patch } of changes) await api.call('excerpts.update', { id, ...patch });
}

async function updateAll(excerpts: Excerpt[], next: (e: Excerpt) => Patch | null, message: string): Promise<void> {
  const forward = excerpts.flatMap((e) => {
    const patch = next(e);
    return patch ? [{ id: e.id, patch }] : [];
  });
  if (!forward.length) return;
  const backward = excerpts
    .filter((e) => forward.some((f) => f.id === e.id))
    .map((e) => ({ id: e.id, patch: { credibility: e.credibility, tags: e.tags } }));
  try {
    await apply(forward);
  } catch (error) {
    showError(error, 'Not every excerpt was changed');
  }
  await invalidateAfter('excerpts.update');
  recordChange({ method: 'excerpts.update', message, undo: () => apply(backward), redo: () => apply(forward) });
}

export function setCredibility(excerpts: Excerpt[], credibility: Credibility): Promise<void> {
  return updateAll(
    excerpts,
    (e) => (e.credibility === credibility ? null : { credibility }),
    `Credibility ${credibility} set on ${excerpts.length} excerpt(s).`,
  );
}

export function addTag(excerpts: Excerpt[], tag: string): Promise<void> {
  const clean = tag.trim();
  return updateAll(
    excerpts,
    (e) => (e.tags.includes(clean) ? null : { tags: [...e.tags, clean] }),
    `Tagged ${excerpts.length} excerpt(s) “${clean}”.`,
  );
}

export function exportExcerptsCsv(excerpts: Excerpt[]): void {
  const csv = toCsv(
    ['id', 'article', 'quote', 'source', 'grade', 'credibility', 'event_date', 'tags', 'note'],
    excerpts.map((e) => [
      e.id,
      e.articleTitle,
      e.exact,
      e.sourceName,
      e.grade,
      e.credibility,
      formatPartialDate(e.eventDate),
      e.tags.join('; '),
      e.note.text,
    ]),
  );
  void saveExport(csv, `excerpts-${excerpts.length}.csv`, 'csv');
}
