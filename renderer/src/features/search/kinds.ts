// The kinds of object search can find, with the words the filter chips use.
import { IconAffiliate, IconBriefcase, IconBroadcast, IconFileText, IconQuote, type Icon } from '@tabler/icons-react';
import { INDEXED_KINDS, type IndexedKind } from '../../../../shared/contract/objectKinds';

export type SearchKind = IndexedKind;

/** In the order the filter chips show them; keyed by the shared list, so no kind can be missing. */
export const KIND_INFO: Record<SearchKind, { label: string; icon: Icon; color: string }> = {
  article: { label: 'Articles', icon: IconFileText, color: 'blue' },
  excerpt: { label: 'Excerpts', icon: IconQuote, color: 'grape' },
  entity: { label: 'Entities', icon: IconAffiliate, color: 'cyan' },
  source: { label: 'Sources', icon: IconBroadcast, color: 'orange' },
  case: { label: 'Cases', icon: IconBriefcase, color: 'indigo' },
};

export const SEARCH_KINDS = Object.keys(KIND_INFO) as SearchKind[];

export function isSearchKind(kind: string): kind is SearchKind {
  return (INDEXED_KINDS as readonly string[]).includes(kind);
}
