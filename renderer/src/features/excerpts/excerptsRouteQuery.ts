// The Excerpts screen's own filters, sort and text live in the route (#/excerpts?q=…&sort=…), beside
// the filters it can be opened with (a matrix cell's reliability and credibility, a case), so Back
// from an excerpt's article and a reload find the list as it was left. Only values that differ from
// the defaults are written; values are checked on the way in, so a hand-edited hash never reaches
// the contract as something it would refuse.
import { EXCERPT_SORT_KEYS, type ExcerptSortKey } from '../../../../shared/contract/vocabulary';
import { isPartialDateValue } from '../../../../shared/domain/partialDate';
import { parseReliabilityFilter, type ReliabilityFilter } from '../../ui/grades/reliabilityFilter';

export interface ExcerptsQuery {
  text: string;
  tag: string;
  sourceId: string;
  /** At least this letter (or unrated only): the screen's reliability select. */
  minReliability: ReliabilityFilter;
  /** Event-date bounds in stored form ('2020', '2020-03', '2020-03-06'). */
  eventFrom: string;
  eventTo: string;
  sort: ExcerptSortKey;
  direction: 'asc' | 'desc';
}

export type ExcerptsRouteQuery = Partial<ExcerptsQuery>;

export const DEFAULT_EXCERPTS_QUERY: ExcerptsQuery = {
  text: '',
  tag: '',
  sourceId: '',
  minReliability: 'any',
  eventFrom: '',
  eventTo: '',
  sort: 'article',
  direction: 'asc',
};

const PARAM: Record<keyof ExcerptsQuery, string> = {
  text: 'q',
  tag: 'tag',
  sourceId: 'source',
  minReliability: 'min',
  eventFrom: 'from',
  eventTo: 'to',
  sort: 'sort',
  direction: 'dir',
};

export function writeExcerptsRouteQuery(query: ExcerptsRouteQuery, params: URLSearchParams): void {
  for (const key of Object.keys(PARAM) as (keyof ExcerptsQuery)[]) {
    const value = query[key];
    if (value !== undefined && value !== DEFAULT_EXCERPTS_QUERY[key]) params.set(PARAM[key], String(value));
  }
}

export function readExcerptsRouteQuery(params: URLSearchParams): ExcerptsRouteQuery {
  const out: ExcerptsRouteQuery = {};
  const sort = params.get(PARAM.sort);
  if (sort && (EXCERPT_SORT_KEYS as readonly string[]).includes(sort)) out.sort = sort as ExcerptSortKey;
  const direction = params.get(PARAM.direction);
  if (direction === 'asc' || direction === 'desc') out.direction = direction;
  const text = params.get(PARAM.text);
  if (text) out.text = text.slice(0, 500);
  const tag = params.get(PARAM.tag)?.trim();
  if (tag) out.tag = tag.slice(0, 100);
  const sourceId = params.get(PARAM.sourceId);
  if (sourceId && /^[0-9a-f-]{36}$/i.test(sourceId)) out.sourceId = sourceId;
  for (const key of ['eventFrom', 'eventTo'] as const) {
    const value = params.get(PARAM[key]);
    if (value && isPartialDateValue(value)) out[key] = value;
  }
  const min = parseReliabilityFilter(params.get(PARAM.minReliability));
  if (min !== 'any') out.minReliability = min;
  return out;
}

/** The whole query, defaults filled in, from a route that carries it. */
export function excerptsQueryOf(route: ExcerptsRouteQuery): ExcerptsQuery {
  const params = new URLSearchParams();
  writeExcerptsRouteQuery(route, params);
  return { ...DEFAULT_EXCERPTS_QUERY, ...readExcerptsRouteQuery(params) };
}
