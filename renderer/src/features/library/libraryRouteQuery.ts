// The Library's filters and sort live in the route (#/library?q=…&sort=…), so Back from an article
// and a reload find the Library as it was left, and a filtered Library is a link. Only values that
// differ from the defaults are written; values are checked on the way in (a hand-edited hash must
// not reach the contract as something it would refuse).
import { ARTICLE_SORT_KEYS } from '../../../../shared/contract/vocabulary';
import { parseReliabilityFilter } from '../../ui/grades/reliabilityFilter';
import { DEFAULT_QUERY, type ArticleQuery, type SortKey } from './queryShape';

export type LibraryRouteQuery = Partial<ArticleQuery>;

const PARAM: Record<keyof ArticleQuery, string> = {
  text: 'q',
  sort: 'sort',
  direction: 'dir',
  publisher: 'publisher',
  language: 'lang',
  publishedFrom: 'from',
  publishedTo: 'to',
  reliability: 'rel',
};

export function writeLibraryRouteQuery(query: LibraryRouteQuery, params: URLSearchParams): void {
  for (const key of Object.keys(PARAM) as (keyof ArticleQuery)[]) {
    const value = query[key];
    if (value !== undefined && value !== DEFAULT_QUERY[key]) params.set(PARAM[key], String(value));
  }
}

export function readLibraryRouteQuery(params: URLSearchParams): LibraryRouteQuery {
  const out: LibraryRouteQuery = {};
  const sort = params.get(PARAM.sort);
  if (sort && (ARTICLE_SORT_KEYS as readonly string[]).includes(sort)) out.sort = sort as SortKey;
  const direction = params.get(PARAM.direction);
  if (direction === 'asc' || direction === 'desc') out.direction = direction;
  for (const key of ['text', 'publisher', 'language', 'publishedFrom', 'publishedTo'] as const) {
    const value = params.get(PARAM[key]);
    if (value) out[key] = value.slice(0, 500);
  }
  const reliability = parseReliabilityFilter(params.get(PARAM.reliability));
  if (reliability !== 'any') out.reliability = reliability;
  return out;
}

/** Only the query's own keys, from a route that also carries `screen`. */
export function pickLibraryRouteQuery(route: LibraryRouteQuery & { screen?: string }): LibraryRouteQuery {
  const { screen: _screen, ...rest } = route;
  return readLibraryRouteQuery(
    (() => {
      const params = new URLSearchParams();
      writeLibraryRouteQuery(rest, params);
      return params;
    })(),
  );
}
