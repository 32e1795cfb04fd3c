// Which screen the route shows.
import { ArticlePage } from '../features/article';
import { NewArticlePage } from '../features/capture';
import { CasesPage, ConflictsPage } from '../features/cases';
import { EntitiesPage } from '../features/entities';
import { ExcerptsPage } from '../features/excerpts';
import { LibraryPage } from '../features/library';
import { SearchPage } from '../features/search';
import { SettingsPage } from '../features/settings';
import { SourcesPage } from '../features/sources';
import { TrashPage } from '../features/trash';
import { WatchPage } from '../features/watch';
import type { Route } from './route';
import { lazy, Suspense } from 'react';

// The chart and the timeline are loaded when first opened, keeping their libraries out of start-up.
const ChartScreen = lazy(() => import('../features/chart/ChartScreen').then((m) => ({ default: m.ChartScreen })));
const TimelineScreen = lazy(() =>
  import('../features/timeline/TimelineScreen').then((m) => ({ default: m.TimelineScreen })),
);

export function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'library':
      return <LibraryPage />;
    case 'article':
      return <ArticlePage key={route.id} />;
    case 'new-article':
      return <NewArticlePage />;
    case 'excerpts':
      return <ExcerptsPage />;
    case 'sources':
      return <SourcesPage />;
    case 'entities':
      return <EntitiesPage />;
    case 'cases':
      return <CasesPage />;
    case 'conflicts':
      return <ConflictsPage />;
    case 'search':
      return <SearchPage />;
    case 'settings':
      return <SettingsPage />;
    case 'chart':
      return (
        <Suspense fallback={null}>
          <ChartScreen />
        </Suspense>
      );
    case 'trash':
      return <TrashPage />;
    case 'watch':
      return <WatchPage />;
    case 'timeline':
      return (
        <Suspense fallback={null}>
          <TimelineScreen />
        </Suspense>
      );
  }
}
