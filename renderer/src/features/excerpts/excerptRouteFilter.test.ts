import { describe, expect, it } from 'vitest';
import {
  pickExcerptRouteFilter,
  readExcerptRouteFilter,
  writeExcerptRouteFilter,
  type ExcerptRouteFilter,
} from '../../app/excerptRouteFilter';

function roundTrip(filter: ExcerptRouteFilter): ExcerptRouteFilter {
  const params = new URLSearchParams();
  writeExcerptRouteFilter(filter, params);
  return readExcerptRouteFilter(new URLSearchParams(params.toString()));
}

describe('excerpt route filters', () => {
  it('survive a trip through the hash', () => {
    expect(roundTrip({ reliability: 'B', credibility: 3, caseId: 'c1' })).toEqual({
      reliability: 'B',
      credibility: 3,
      caseId: 'c1',
    });
    expect(roundTrip({ reliability: 'unrated', credibility: 'ungraded' })).toEqual({
      reliability: 'unrated',
      credibility: 'ungraded',
    });
    expect(roundTrip({})).toEqual({});
  });

  it('drop values the contract would refuse (hand-edited hashes)', () => {
    expect(readExcerptRouteFilter(new URLSearchParams('reliability=G&credibility=7'))).toEqual({});
    expect(readExcerptRouteFilter(new URLSearchParams('reliability=b&credibility=0'))).toEqual({});
    expect(readExcerptRouteFilter(new URLSearchParams('credibility=2.5'))).toEqual({});
  });

  it('picks only the filter keys from a route', () => {
    expect(pickExcerptRouteFilter({ screen: 'excerpts', reliability: 'A' } as ExcerptRouteFilter)).toEqual({
      reliability: 'A',
    });
  });
});
