// CSV of a case's excerpts or entities for spreadsheets (the quoting rules: shared/domain/csv).
import { toCsv } from '../../../shared/domain/csv';
import { formatPartialDate } from '../../../shared/domain/partialDate';
import { getCase } from '../services/cases';
import type { Ctx } from '../services/context';
import { getEntity } from '../services/entities';
import { getExcerpt } from '../services/excerpts';

export function caseCsv(ctx: Ctx, caseId: string, what: 'excerpts' | 'entities'): string {
  const items = getCase(ctx, caseId).items;
  if (what === 'excerpts') {
    const excerpts = items.filter((i) => i.kind === 'excerpt').map((i) => getExcerpt(ctx, i.itemId));
    return toCsv(
      [
        'id',
        'article',
        'quote',
        'source',
        'grade',
        'reliability',
        'credibility',
        'event_date',
        'event_date_text',
        'tags',
        'note',
        'start',
        'end',
        'created_by',
        'created_at',
      ],
      excerpts.map((e) => [
        e.id,
        e.articleTitle,
        e.exact,
        e.sourceName,
        e.grade,
        e.reliability,
        e.credibility,
        e.eventDate.value,
        formatPartialDate(e.eventDate),
        e.tags.join('; '),
        e.note.text,
        e.start,
        e.end,
        e.createdBy,
        e.createdAt,
      ]),
    );
  }
  const entities = items.filter((i) => i.kind === 'entity').map((i) => getEntity(ctx, i.itemId));
  return toCsv(
    ['id', 'type', 'name', 'aliases', 'external_ids', 'tags', 'mentions', 'description'],
    entities.map((e) => [
      e.id,
      e.type,
      e.name,
      e.aliases.map((a) => a.text).join('; '),
      e.externalIds.map((x) => `${x.key}=${x.value}`).join('; '),
      e.tags.join('; '),
      e.mentionCount,
      e.description.text,
    ]),
  );
}
