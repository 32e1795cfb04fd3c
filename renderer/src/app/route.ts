// Where the user is, kept in the URL's hash so a reload (or a restart of the desktop window) comes
// back to the same screen. Every screen is one of these routes; links build them with `href`.
import { useSyncExternalStore } from 'react';
import { readExcerptRouteFilter, writeExcerptRouteFilter, type ExcerptRouteFilter } from './excerptRouteFilter';
import {
  readLibraryRouteQuery,
  writeLibraryRouteQuery,
  type LibraryRouteQuery,
} from '../features/library/libraryRouteQuery';

export type Route =
  | ({ screen: 'library' } & LibraryRouteQuery)
  | { screen: 'article'; id: string; excerptId?: string }
  | { screen: 'new-article' }
  | ({ screen: 'excerpts' } & ExcerptRouteFilter)
  | { screen: 'sources'; id?: string }
  | { screen: 'entities'; id?: string }
  | { screen: 'cases'; id?: string }
  | { screen: 'conflicts' }
  | { screen: 'search'; query?: string }
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
  if (route.screen === 'search' && route.query) params.set('q', route.query);
  if (route.screen === 'excerpts') writeExcerptRouteFilter(route, params);
  if (route.screen === 'library') writeLibraryRouteQuery(route, params);
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
      return { screen, ...readExcerptRouteFilter(params) };
    case 'new-article':
    case 'conflicts':
    case 'settings':
    case 'chart':
    case 'timeline':
    case 'trash':
    case 'watch':
      return { screen };
    case 'sources':
    case 'entities':
    case 'cases':
      return id ? { screen, id } : { screen };
    case 'search':
      return params.get('q') ? { screen, query: params.get('q')! } : { screen };
    case 'library':
      return { screen, ...readLibraryRouteQuery(params) };
    default:
      return { screen: 'library' };
  }
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
