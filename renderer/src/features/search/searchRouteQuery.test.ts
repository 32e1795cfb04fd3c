import { describe, expect, it } from 'vitest';
import { parseHash, routeToHash, type Route } from '../../app/route';

describe('the search route', () => {
  it('keeps the query and every filter through the URL', () => {
    const route: Route = {
      screen: 'search',
      query: 'Kim Yo-jong',
      kinds: ['article', 'excerpt'],
      minReliability: 'B',
      minCredibility: 3,
      entityId: '0b6f3a9e-3c1f-4c59-9a3e-8f0d2b7c1a11',
      caseId: '6d1c2b3a-4e5f-4a7b-8c9d-0e1f2a3b4c5d',
      language: 'ko',
      captured: { from: '2024-01', to: '2024-06-30' },
      published: { from: '2020' },
    };
    expect(parseHash(routeToHash(route))).toEqual(route);
    expect(parseHash(routeToHash({ screen: 'search', minCredibility: 'ungraded' }))).toEqual({
      screen: 'search',
      minCredibility: 'ungraded',
    });
  });

  it('drops a hand-edited value the contract would refuse, and keeps the rest', () => {
    expect(
      parseHash('#/search?q=masks&kind=article,bogus&rel=Z&cred=9&entity=not-an-id&lang=ko&pubfrom=2021&pubto=2020'),
    ).toEqual({ screen: 'search', query: 'masks', language: 'ko' });
    expect(parseHash('#/search?capfrom=March')).toEqual({ screen: 'search' });
  });
});
