// The Library's columns: what each shows, how wide it is, and which sort key its header sets.
import type { ArticleRow } from '../../../../shared/contract/schemas';
import { formatPartialDate } from '../../../../shared/domain/partialDate';
import { formatDateTime } from '../../ui/format';
import type { SortKey } from './articleQuery';
import { articleLabel } from '../../../../shared/domain/untitled';

export interface Column {
  id: string;
  label: string;
  width: string;
  sort?: SortKey;
  align?: 'right';
  value(row: ArticleRow): string;
}

export const COLUMNS: Column[] = [
  {
    id: 'title',
    label: 'Title',
    width: 'minmax(200px, 3fr)',
    sort: 'title',
    value: (r) => articleLabel(r.title, r.originalFilename),
  },
  {
    id: 'publisher',
    label: 'Publisher',
    width: 'minmax(100px, 1.2fr)',
    sort: 'publisher',
    value: (r) => r.publisherName,
  },
  {
    id: 'published',
    label: 'Published',
    width: '130px',
    sort: 'published',
    value: (r) => formatPartialDate(r.published),
  },
  { id: 'language', label: 'Lang.', width: '60px', sort: 'language', value: (r) => r.language },
  {
    id: 'excerpts',
    label: 'Excerpts',
    width: '72px',
    sort: 'excerpts',
    align: 'right',
    value: (r) => (r.excerptCount ? String(r.excerptCount) : ''),
  },
  {
    id: 'watch',
    label: 'Watch',
    width: '64px',
    align: 'right',
    // Flagged: the article contained a watch term when it came in (the Watch screen lists the hits).
    value: (r) => (r.watchHits ? `⚑ ${r.watchHits}` : ''),
  },
  { id: 'best', label: 'Best', width: '52px', value: (r) => r.bestGrade ?? '' },
  { id: 'worst', label: 'Worst', width: '56px', value: (r) => r.worstGrade ?? '' },
  { id: 'captured', label: 'Captured', width: '130px', sort: 'captured', value: (r) => formatDateTime(r.capturedAt) },
];

export const GRID_TEMPLATE = COLUMNS.map((c) => c.width).join(' ');
