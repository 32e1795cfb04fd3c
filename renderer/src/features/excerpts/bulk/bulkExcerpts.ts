// Changes to many excerpts at once, each undoable in one step (ui/excerptUndo keeps the previous
// values of every excerpt for Undo), and their export.
import type { Excerpt } from '../../../../../shared/contract/schemas';
import { toCsv } from '../../../../../shared/domain/csv';
import { formatPartialDate } from '../../../../../shared/domain/partialDate';
import { saveExport } from '../../../ui/saveExport';
import { updateExcerptsWithUndo } from '../../../ui/excerptUndo';

export { setCredibilityWithUndo as setCredibility } from '../../../ui/excerptUndo';

export function addTag(excerpts: Excerpt[], tag: string): Promise<void> {
  const clean = tag.trim();
  return updateExcerptsWithUndo(
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
