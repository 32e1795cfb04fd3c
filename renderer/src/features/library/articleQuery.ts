// The Library's query (filters and sort) and the page-by-page loading behind the virtual table.
// Only the pages the analyst can see are fetched, so 100,000 rows cost a few hundred at a time.
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ArticleRow } from '../../../../shared/contract/schemas';
import { api } from '../../api/client';
import { queryClient } from '../../api/hooks';

export { DEFAULT_QUERY, PAGE_SIZE, type ArticleQuery, type SortKey } from './queryShape';
import { PAGE_SIZE, pageInput, type ArticleQuery } from './queryShape';

function pageOptions(query: ArticleQuery, page: number) {
  const input = pageInput(query, page);
  return { queryKey: ['articles.list', input], queryFn: () => api.call('articles.list', input), staleTime: 30_000 };
}

/**
 * Starts fetching the first page of `query` now. At start-up the Library's rows are asked for beside
 * library.info instead of after it (and after the frame it lets render): one round trip less before
 * the first rows. The page lands in the same cache entry the table then reads.
 */
export function prefetchFirstPage(query: ArticleQuery): void {
  void queryClient.prefetchQuery(pageOptions(query, 0));
}

/** The number of matching articles (the first page carries it), kept while a new filter loads. */
export function useArticleTotal(query: ArticleQuery) {
  const head = useQuery({ ...pageOptions(query, 0), placeholderData: keepPreviousData });
  return {
    total: head.data?.total ?? 0,
    loaded: head.data !== undefined,
    fetching: head.isFetching,
    error: head.error,
    refetch: head.refetch,
  };
}

/** Rows by index for the visible range; `undefined` while a row's page is still loading. */
export function useArticleRows(query: ArticleQuery, firstIndex: number, lastIndex: number) {
  const pages = useMemo(() => {
    const first = Math.floor(Math.max(0, firstIndex) / PAGE_SIZE);
    const last = Math.floor(Math.max(0, lastIndex) / PAGE_SIZE);
    const out: number[] = [];
    for (let p = first; p <= last; p++) out.push(p);
    return out;
  }, [firstIndex, lastIndex]);
  const results = useQueries({ queries: pages.map((p) => pageOptions(query, p)) });
  const error = results.find((r) => r.error)?.error ?? null;
  const rowAt = (index: number): ArticleRow | undefined => {
    const page = Math.floor(index / PAGE_SIZE);
    return results[pages.indexOf(page)]?.data?.items[index - page * PAGE_SIZE];
  };
  return { rowAt, error };
}

/**
 * The ids of the selected rows whose pages are loaded (the selection is by index; a row never
 * scrolled into view has no id in the cache, which only happens after Ctrl+A on a huge library).
 */
export function loadedArticleIds(query: ArticleQuery, indexes: Iterable<number>): string[] {
  return loadedArticleRows(query, indexes).map((row) => row.id);
}

/** The selected rows themselves (loaded pages only, as above). */
export function loadedArticleRows(query: ArticleQuery, indexes: Iterable<number>): ArticleRow[] {
  const rows: ArticleRow[] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const page = Math.floor(index / PAGE_SIZE);
    const data = queryClient.getQueryData<{ items: ArticleRow[] }>(pageOptions(query, page).queryKey);
    const row = data?.items[index - page * PAGE_SIZE];
    if (row) rows.push(row);
  }
  return rows;
}
