// Where the user is, kept in the URL's hash so a reload (or a restart of the desktop window) comes
// back to the same screen. Every screen is one of these routes; links build them with `href`.
import { useSyncExternalStore } from 'react';
import { readExcerptRouteFilter, writeExcerptRouteFilter, type ExcerptRouteFilter } from './excerptRouteFilter';
import {
  readLibraryRouteQuery,
  writeLibraryRouteQuery,
  type LibraryRouteQuery,
} from '../features/library/libraryRouteQuery';
import {
  readSearchRouteQuery,
  writeSearchRouteQuery,
  type SearchRouteQuery,
} from '../features/search/searchRouteQuery';
import {
  readExcerptsRouteQuery,
  writeExcerptsRouteQuery,
  type ExcerptsRouteQuery,
} from '../features/excerpts/excerptsRouteQuery';

/** The tabs of one case's page; the first is the default and is left out of the URL. */
export const CASE_TABS = ['items', 'timeline', 'chart', 'matrix'] as const;
export type CaseTab = (typeof CASE_TABS)[number];
/** The tabs of one entity's page; the first is the default and is left out of the URL. */
export const ENTITY_TABS = ['overview', 'mentions', 'relationships', 'chart'] as const;
export type EntityTab = (typeof ENTITY_TABS)[number];

export type Route =
  | ({ screen: 'library' } & LibraryRouteQuery)
  | { screen: 'article'; id: string; excerptId?: string }
  | { screen: 'new-article' }
  | ({ screen: 'excerpts' } & ExcerptRouteFilter & ExcerptsRouteQuery)
  | { screen: 'sources'; id?: string }
  | { screen: 'entities'; id?: string; tab?: EntityTab }
  | { screen: 'cases'; id?: string; tab?: CaseTab }
  | { screen: 'conflicts' }
  | ({ screen: 'search' } & SearchRouteQuery)
  | { screen: 'settings' }
  | { screen: 'chart' }
  | { screen: 'timeline' }
  | { screen: 'trash' }
  | { screen: 'watch' };

export function routeToHash(route: Route): string {
  const parts: string[] = [route.screen];
  if ('id' in route && route.id) parts.push(encodeURIComponent(route.id));
  const params = new URLSearchParams();
  if (route.screen === 'article' && route.excerptId) params.set('excerpt', route.excerptId);
  if (route.screen === 'search') writeSearchRouteQuery(route, params);
  if (route.screen === 'excerpts') {
    writeExcerptRouteFilter(route, params);
    writeExcerptsRouteQuery(route, params);
  }
  if (route.screen === 'library') writeLibraryRouteQuery(route, params);
  if ((route.screen === 'cases' || route.screen === 'entities') && route.id && route.tab) params.set('tab', route.tab);
  const query = params.toString();
  return `#/${parts.join('/')}${query ? `?${query}` : ''}`;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [screen, rawId] = path.split('/');
  const id = rawId ? decodeURIComponent(rawId) : undefined;
  const params = new URLSearchParams(query);
  switch (screen) {
    case 'article':
      return id
        ? { screen, id, ...(params.get('excerpt') ? { excerptId: params.get('excerpt')! } : {}) }
        : { screen: 'library' };
    case 'excerpts':
      return { screen, ...readExcerptRouteFilter(params), ...readExcerptsRouteQuery(params) };
    case 'new-article':
    case 'conflicts':
    case 'settings':
    case 'chart':
    case 'timeline':
    case 'trash':
    case 'watch':
      return { screen };
    case 'sources':
      return id ? { screen, id } : { screen };
    case 'entities':
      return id ? { screen, id, ...pickTab(ENTITY_TABS, params.get('tab')) } : { screen };
    case 'cases':
      return id ? { screen, id, ...pickTab(CASE_TABS, params.get('tab')) } : { screen };
    case 'search':
      return { screen, ...readSearchRouteQuery(params) };
    case 'library':
      return { screen, ...readLibraryRouteQuery(params) };
    default:
      return { screen: 'library' };
  }
}

/** A known, non-default tab from the URL; an unknown one (an old or mistyped link) shows the first. */
function pickTab<T extends string>(tabs: readonly T[], raw: string | null): { tab?: T } {
  return raw && raw !== tabs[0] && (tabs as readonly string[]).includes(raw) ? { tab: raw as T } : {};
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = routeToHash(route);
  if (options.replace) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export const href = routeToHash;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/** The current route; re-renders when it changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
