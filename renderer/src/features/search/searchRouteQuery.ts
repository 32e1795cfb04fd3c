// The Search screen's query and filters live in the route (#/search?q=…&lang=ko&entity=…), so Back
// from a result and a reload find the search as it was left, and a filtered search is a link.
// Values are checked on the way in with the contract's own schemas: a hand-edited hash never
// reaches the backend as something it would refuse.
import { DateRange, SearchFilters } from '../../../../shared/contract/schemas';

export type SearchRouteQuery = { query?: string } & SearchFilters;

const PARAM = {
  query: 'q',
  kinds: 'kind',
  minReliability: 'rel',
  minCredibility: 'cred',
  entityId: 'entity',
  caseId: 'case',
  language: 'lang',
  capturedFrom: 'capfrom',
  capturedTo: 'capto',
  publishedFrom: 'pubfrom',
  publishedTo: 'pubto',
} as const;

export function writeSearchRouteQuery(route: SearchRouteQuery, params: URLSearchParams): void {
  if (route.query) params.set(PARAM.query, route.query);
  if (route.kinds?.length) params.set(PARAM.kinds, route.kinds.join(','));
  if (route.minReliability) params.set(PARAM.minReliability, route.minReliability);
  if (route.minCredibility) params.set(PARAM.minCredibility, String(route.minCredibility));
  if (route.entityId) params.set(PARAM.entityId, route.entityId);
  if (route.caseId) params.set(PARAM.caseId, route.caseId);
  if (route.language) params.set(PARAM.language, route.language);
  if (route.captured?.from) params.set(PARAM.capturedFrom, route.captured.from);
  if (route.captured?.to) params.set(PARAM.capturedTo, route.captured.to);
  if (route.published?.from) params.set(PARAM.publishedFrom, route.published.from);
  if (route.published?.to) params.set(PARAM.publishedTo, route.published.to);
}

function range(from: string | null, to: string | null): DateRange | undefined {
  if (!from && !to) return undefined;
  const parsed = DateRange.safeParse({ ...(from && { from }), ...(to && { to }) });
  return parsed.success ? parsed.data : undefined;
}

export function readSearchRouteQuery(params: URLSearchParams): SearchRouteQuery {
  const get = (key: keyof typeof PARAM) => params.get(PARAM[key]);
  const credibility = get('minCredibility');
  const raw = {
    ...(get('kinds') && { kinds: get('kinds')!.split(',') }),
    ...(get('minReliability') && { minReliability: get('minReliability') }),
    ...(credibility && { minCredibility: credibility === 'ungraded' ? credibility : Number(credibility) }),
    ...(get('entityId') && { entityId: get('entityId') }),
    ...(get('caseId') && { caseId: get('caseId') }),
    ...(get('language') && { language: get('language') }),
  };
  // Each filter on its own: one bad value drops that filter, not the others.
  const out: SearchRouteQuery = {};
  for (const [key, value] of Object.entries(raw)) {
    const parsed = SearchFilters.safeParse({ [key]: value });
    if (parsed.success) Object.assign(out, parsed.data);
  }
  const captured = range(get('capturedFrom'), get('capturedTo'));
  if (captured) out.captured = captured;
  const published = range(get('publishedFrom'), get('publishedTo'));
  if (published) out.published = published;
  const query = get('query');
  return query ? { query: query.slice(0, 1000), ...out } : out;
}

/** The filters alone, from a route that also carries `screen` and `query`. */
export function pickSearchFilters(route: SearchRouteQuery & { screen?: string }): SearchFilters {
  const { screen: _screen, query: _query, ...filters } = route;
  return filters;
}

export function hasSearchFilters(filters: SearchFilters): boolean {
  return Object.values(filters).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0));
}
