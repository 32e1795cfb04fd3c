import { SOURCE_KINDS } from '../../../../shared/contract/schemas';

export type SourceKindName = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKindName, string> = {
  publication: 'Publication',
  author: 'Author',
  'human-source': 'Human source',
  organization: 'Organization',
  document: 'Document',
  other: 'Other',
};

export const SOURCE_KIND_OPTIONS = SOURCE_KINDS.map((k) => ({ value: k, label: SOURCE_KIND_LABELS[k] }));

/** "12 Mar 2020, 14:05" in the analyst's locale; '' for a missing time. */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
