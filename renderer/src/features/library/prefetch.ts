// The Library's first page, asked for as the renderer starts (main.tsx) when the Library is the
// screen it opens on, so the rows arrive with library.info rather than a round trip after it.
import { DEFAULT_QUERY, prefetchFirstPage } from './articleQuery';
import { pickLibraryRouteQuery, type LibraryRouteQuery } from './libraryRouteQuery';

export function prefetchLibraryRows(route: LibraryRouteQuery): void {
  // The same query LibraryPage builds from the route, so the page lands in the entry it reads.
  prefetchFirstPage({ ...DEFAULT_QUERY, ...pickLibraryRouteQuery(route) });
}
