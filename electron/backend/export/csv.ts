// CSV of a case's excerpts or entities for spreadsheets: RFC 4180 quoting, CRLF line ends, and a
// UTF-8 byte-order mark so spreadsheet programs read Korean and other scripts correctly. Cells
// that a spreadsheet would run as a formula (=, +, -, @) are prefixed with an apostrophe.
import { formatPartialDate } from '../../../shared/domain/partialDate';
import { getCase } from '../services/cases';
import type { Ctx } from '../services/context';
import { getEntity } from '../services/entities';
import { getExcerpt } from '../services/excerpts';

function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function caseCsv(ctx: Ctx, caseId: string, what: 'excerpts' | 'entities'): string {
  const items = getCase(ctx, caseId).items;
  if (what === 'excerpts') {
    const excerpts = items.filter((i) => i.kind === 'excerpt').map((i) => getExcerpt(ctx, i.itemId));
    return toCsv(
      ['id', 'article', 'quote', 'source', 'grade', 'reliability', 'credibility', 'event_date', 'event_date_text', 'tags', 'note', 'start', 'end', 'created_by', 'created_at'],
      excerpts.map((e) => [e.id, e.articleTitle, e.exact, e.sourceName, e.grade, e.reliability, e.credibility, e.eventDate.value, formatPartialDate(e.eventDate), e.tags.join('; '), e.note.text, e.start, e.end, e.createdBy, e.createdAt]),
    );
  }
  const entities = items.filter((i) => i.kind === 'entity').map((i) => getEntity(ctx, i.itemId));
  return toCsv(
    ['id', 'type', 'name', 'aliases', 'external_ids', 'tags', 'mentions', 'description'],
    entities.map((e) => [e.id, e.type, e.name, e.aliases.map((a) => a.text).join('; '), e.externalIds.map((x) => `${x.key}=${x.value}`).join('; '), e.tags.join('; '), e.mentionCount, e.description.text]),
  );
}
