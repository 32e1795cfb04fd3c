// Client-side filtering and sorting of the excerpts table. The backend filters by reliability and
// source (indexed); text, tag, credibility and event dates are cheap to filter here on the loaded rows.
import type { Excerpt } from '../../../../shared/contract/schemas';
import { RELIABILITY_LETTERS, type Credibility } from '../../../../shared/domain/admiralty';
import { partialDateSpan } from '../../../../shared/domain/partialDate';
import { sortRows, type SortDirection, type SortValue } from '../../ui/table/tableSort';

export type CredibilityFilter = 'any' | 'ungraded' | Credibility;

export interface ExcerptFilter {
  text: string;
  tag: string | null;
  credibility: CredibilityFilter;
  /** Event-date bounds in stored form ('2020', '2020-03', '2020-03-06'); '' for none. */
  dateFrom?: string;
  dateTo?: string;
}

/**
 * Whether an event date can fall within [from, to]: a partial date is the whole span it may mean,
 * so "March 2020" is kept for a range ending 2020-03-10. Undated excerpts fall outside any range.
 */
export function withinDates(value: string, from = '', to = ''): boolean {
  if (!from && !to) return true;
  if (!value) return false;
  const span = partialDateSpan(value);
  if (from && span.end < partialDateSpan(from).start) return false;
  if (to && span.start > partialDateSpan(to).end) return false;
  return true;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function filterExcerpts(items: readonly Excerpt[], filter: ExcerptFilter): Excerpt[] {
  const needle = fold(filter.text.trim());
  return items.filter((e) => {
    if (filter.tag && !e.tags.includes(filter.tag)) return false;
    if (!withinDates(e.eventDate.value, filter.dateFrom, filter.dateTo)) return false;
    if (
      filter.credibility === 'ungraded'
        ? e.credibility !== null
        : filter.credibility !== 'any' && e.credibility !== filter.credibility
    ) {
      return false;
    }
    if (!needle) return true;
    return [e.exact, e.articleTitle, e.sourceName, e.note.text, e.tags.join(' ')].some((field) =>
      fold(field).includes(needle),
    );
  });
}

/** Every tag used on the given excerpts, alphabetically. */
export function tagsOf(items: readonly Excerpt[]): string[] {
  return [...new Set(items.flatMap((e) => e.tags))].sort((a, b) => a.localeCompare(b));
}

export type ExcerptColumn = 'quote' | 'article' | 'source' | 'grade' | 'date' | 'tags';

/** A1 first, F6 last; an unrated source or ungraded credibility sorts after every graded value. */
export function gradeSortKey(e: Pick<Excerpt, 'reliability' | 'credibility'>): number {
  const r = e.reliability ? RELIABILITY_LETTERS.indexOf(e.reliability) : RELIABILITY_LETTERS.length;
  return r * 10 + (e.credibility ?? 9);
}

const SORT_VALUE: Record<ExcerptColumn, (e: Excerpt) => SortValue> = {
  quote: (e) => e.exact,
  article: (e) => e.articleTitle,
  source: (e) => e.sourceName,
  grade: gradeSortKey,
  // The stored form ('2020', '2020-03', '2020-03-06') sorts chronologically as text.
  date: (e) => e.eventDate.value,
  tags: (e) => e.tags.join(', '),
};

export function sortExcerpts(items: readonly Excerpt[], column: ExcerptColumn, direction: SortDirection): Excerpt[] {
  return sortRows(items, SORT_VALUE[column], direction);
}
