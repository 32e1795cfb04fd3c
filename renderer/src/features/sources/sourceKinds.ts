import { SOURCE_KINDS } from '../../../../shared/contract/vocabulary';

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
