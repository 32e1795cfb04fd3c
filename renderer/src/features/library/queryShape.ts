// The Library's query (filters and sort) as a value, apart from the loading in articleQuery.ts so
// the route can read and write it without the API client.
import type { ARTICLE_SORT_KEYS } from '../../../../shared/contract/vocabulary';
import type { MethodInput } from '../../../../shared/contract/methods';
import { toMinReliability, type ReliabilityFilter } from '../../ui/grades/reliabilityFilter';

export type SortKey = (typeof ARTICLE_SORT_KEYS)[number];

export interface ArticleQuery {
  sort: SortKey;
  direction: 'asc' | 'desc';
  text: string;
  publisher: string;
  language: string;
  publishedFrom: string;
  publishedTo: string;
  /** Limit to articles whose publisher is rated at least this letter, or is unrated. */
  reliability: ReliabilityFilter;
}

export const DEFAULT_QUERY: ArticleQuery = {
  sort: 'captured',
  direction: 'desc',
  text: '',
  publisher: '',
  language: '',
  publishedFrom: '',
  publishedTo: '',
  reliability: 'any',
};

/** Rows per page the Library loads. */
export const PAGE_SIZE = 200;

/** The articles.list input for one page of `query`. */
export function pageInput(query: ArticleQuery, page: number): MethodInput<'articles.list'> {
  const { reliability, ...rest } = query;
  const minReliability = toMinReliability(reliability);
  return { ...rest, ...(minReliability ? { minReliability } : {}), offset: page * PAGE_SIZE, limit: PAGE_SIZE };
}
