import { describe, expect, it } from 'vitest';
import { readLibraryRouteQuery, writeLibraryRouteQuery } from './libraryRouteQuery';

describe('the Library query in the route', () => {
  it('writes only what differs from the defaults and reads it back', () => {
    const params = new URLSearchParams();
    writeLibraryRouteQuery({ text: '혜산', sort: 'title', direction: 'asc', reliability: 'B', publisher: '' }, params);
    expect(params.toString()).toBe('q=%ED%98%9C%EC%82%B0&sort=title&dir=asc&rel=B');
    expect(readLibraryRouteQuery(params)).toEqual({ text: '혜산', sort: 'title', direction: 'asc', reliability: 'B' });
  });
  it('ignores values the contract would refuse', () => {
    expect(readLibraryRouteQuery(new URLSearchParams('sort=nonsense&dir=up&rel=G'))).toEqual({});
  });
});
