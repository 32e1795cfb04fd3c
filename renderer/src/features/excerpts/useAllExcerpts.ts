// Loads every excerpt matching the server-side filters, page by page (the contract caps a page at
// 5000). Keyed like useCall, so a "library changed" event refreshes it with everything else.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Excerpt } from '../../../../shared/contract/schemas';
import type { Reliability } from '../../../../shared/domain/admiralty';
import { api } from '../../api/client';
import type { ExcerptRouteFilter } from '../../app/excerptRouteFilter';

const PAGE = 5000;

export interface ServerFilter extends ExcerptRouteFilter {
  sourceId?: string | undefined;
  minReliability?: Reliability | 'unrated' | undefined;
}

export function useAllExcerpts(filter: ServerFilter) {
  return useQuery({
    queryKey: ['excerpts.list', 'all', filter],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const items: Excerpt[] = [];
      for (;;) {
        const page = await api.call('excerpts.list', {
          offset: items.length,
          limit: PAGE,
          ...(filter.sourceId ? { sourceId: filter.sourceId } : {}),
          ...(filter.minReliability ? { minReliability: filter.minReliability } : {}),
          ...(filter.reliability ? { reliability: filter.reliability } : {}),
          ...(filter.credibility ? { credibility: filter.credibility } : {}),
          ...(filter.caseId ? { caseId: filter.caseId } : {}),
        });
        items.push(...page.items);
        if (page.items.length < PAGE || items.length >= page.total) return { items, total: page.total };
      }
    },
  });
}
