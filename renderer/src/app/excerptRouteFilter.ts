// Filters the Excerpts view can be opened with from elsewhere (a reliability matrix cell, a case's
// matrix). They live in the route, not in component state, so a matrix cell is a plain link and
// Back returns to the filtered list. Values are validated on the way in: a hand-edited hash must
// not reach the contract as something it would refuse.
import {
  CREDIBILITY_VALUES,
  isReliability,
  type Credibility,
  type Reliability,
} from '../../../shared/domain/admiralty';

export interface ExcerptRouteFilter {
  /** exactly this current letter of the excerpt's source, or only unrated sources */
  reliability?: Reliability | 'unrated';
  /** exactly this information credibility, or only ungraded excerpts */
  credibility?: Credibility | 'ungraded';
  /** only the excerpts in this case */
  caseId?: string;
}

const PARAM = { reliability: 'reliability', credibility: 'credibility', caseId: 'case' } as const;

export function writeExcerptRouteFilter(filter: ExcerptRouteFilter, params: URLSearchParams): void {
  if (filter.reliability) params.set(PARAM.reliability, filter.reliability);
  if (filter.credibility) params.set(PARAM.credibility, String(filter.credibility));
  if (filter.caseId) params.set(PARAM.caseId, filter.caseId);
}

export function readExcerptRouteFilter(params: URLSearchParams): ExcerptRouteFilter {
  const out: ExcerptRouteFilter = {};
  const reliability = params.get(PARAM.reliability);
  if (reliability === 'unrated' || (reliability && isReliability(reliability))) out.reliability = reliability;
  const credibility = params.get(PARAM.credibility);
  if (credibility === 'ungraded') out.credibility = credibility;
  else {
    const n = Number(credibility);
    if ((CREDIBILITY_VALUES as readonly number[]).includes(n)) out.credibility = n as Credibility;
  }
  const caseId = params.get(PARAM.caseId);
  if (caseId) out.caseId = caseId;
  return out;
}

/** Only the filter's own keys, from a route that may carry others (`screen`). */
export function pickExcerptRouteFilter(route: ExcerptRouteFilter): ExcerptRouteFilter {
  const { reliability, credibility, caseId } = route;
  return {
    ...(reliability ? { reliability } : {}),
    ...(credibility ? { credibility } : {}),
    ...(caseId ? { caseId } : {}),
  };
}

export function hasExcerptRouteFilter(filter: ExcerptRouteFilter): boolean {
  return Boolean(filter.reliability || filter.credibility || filter.caseId);
}
