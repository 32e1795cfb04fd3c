// The Excerpts screen's rows, a page at a time in the server's order: the first page counts every
// match, each later page continues from the previous one's last row (a keyset cursor), so scrolling
// deep into a million excerpts costs the same per page as the first. Keyed under the method's name
// like useCall, so a "library changed" event refetches the loaded pages with everything else.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MethodInput } from '../../../../shared/contract/methods';
import type { Excerpt } from '../../../../shared/contract/schemas';
import { api } from '../../api/client';

export const EXCERPT_PAGE = 200;

export type ExcerptListFilter = Omit<MethodInput<'excerpts.list'>, 'offset' | 'after' | 'limit' | 'withTotal'>;

export function useExcerptPages(filter: ExcerptListFilter) {
  const query = useInfiniteQuery({
    queryKey: ['excerpts.list', 'pages', filter],
    placeholderData: keepPreviousData,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.call('excerpts.list', {
        ...filter,
        limit: EXCERPT_PAGE,
        ...(pageParam ? { after: pageParam, withTotal: false } : { withTotal: true }),
      }),
    getNextPageParam: (last) => last.next,
  });
  const rows = useMemo<Excerpt[]>(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const total = query.data?.pages[0]?.total ?? null;
  return { ...query, rows, total };
}
