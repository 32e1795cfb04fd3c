// The kinds of object search can find, with the words the filter chips use.
import { IconAffiliate, IconBriefcase, IconBroadcast, IconFileText, IconQuote, type Icon } from '@tabler/icons-react';

export const SEARCH_KINDS = ['article', 'excerpt', 'entity', 'source', 'case'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_INFO: Record<SearchKind, { label: string; icon: Icon; color: string }> = {
  article: { label: 'Articles', icon: IconFileText, color: 'blue' },
  excerpt: { label: 'Excerpts', icon: IconQuote, color: 'grape' },
  entity: { label: 'Entities', icon: IconAffiliate, color: 'cyan' },
  source: { label: 'Sources', icon: IconBroadcast, color: 'orange' },
  case: { label: 'Cases', icon: IconBriefcase, color: 'indigo' },
};

export function isSearchKind(kind: string): kind is SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(kind);
}
