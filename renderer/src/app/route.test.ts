// The tab of a case or entity page round-trips through the URL; the default tab, an unknown tab and
// a tab without a page stay out of it.
import { describe, expect, it } from 'vitest';
import { parseHash, routeToHash } from './route';

describe('page tabs in the route', () => {
  it('round-trips a non-default tab of a case and of an entity', () => {
    expect(routeToHash({ screen: 'cases', id: 'c1', tab: 'chart' })).toBe('#/cases/c1?tab=chart');
    expect(parseHash('#/cases/c1?tab=chart')).toEqual({ screen: 'cases', id: 'c1', tab: 'chart' });
    expect(parseHash(routeToHash({ screen: 'entities', id: 'e 1', tab: 'relationships' }))).toEqual({
      screen: 'entities',
      id: 'e 1',
      tab: 'relationships',
    });
  });

  it('leaves out the default tab, unknown tabs, and tabs on the lists', () => {
    expect(parseHash('#/cases/c1?tab=items')).toEqual({ screen: 'cases', id: 'c1' });
    expect(parseHash('#/entities/e1?tab=matrix')).toEqual({ screen: 'entities', id: 'e1' });
    expect(parseHash('#/cases?tab=chart')).toEqual({ screen: 'cases' });
    expect(routeToHash({ screen: 'entities', tab: 'chart' })).toBe('#/entities');
  });
});
