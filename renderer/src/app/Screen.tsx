// Which screen the route shows. The Library (the first screen) and the article screen (where the
// analyst goes from it; loaded on demand it cost a waterfall of chunk requests on every open, more
// than its code costs at start-up) are in the start-up bundle; every other screen is its own chunk,
// fetched the first time it is opened, with a loading state meanwhile. The note editor inside the
// article screen is still fetched on first use (editor/LazyRichTextEditor).
import { lazy, Suspense, type ComponentType } from 'react';
import { ArticlePage } from '../features/article';
import { LibraryPage } from '../features/library';
import { Loading } from '../ui/Loading';
import type { Route } from './route';

function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const NewArticlePage = screen(() => import('../features/capture/NewArticlePage'), 'NewArticlePage');
const CasesPage = screen(() => import('../features/cases/CasesPage'), 'CasesPage');
const ConflictsPage = screen(() => import('../features/cases/ConflictsPage'), 'ConflictsPage');
const EntitiesPage = screen(() => import('../features/entities'), 'EntitiesPage');
const ExcerptsPage = screen(() => import('../features/excerpts'), 'ExcerptsPage');
const SearchPage = screen(() => import('../features/search'), 'SearchPage');
const SettingsPage = screen(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const SourcesPage = screen(() => import('../features/sources'), 'SourcesPage');
const TrashPage = screen(() => import('../features/trash'), 'TrashPage');
const WatchPage = screen(() => import('../features/watch'), 'WatchPage');
const ChartScreen = screen(() => import('../features/chart/ChartScreen'), 'ChartScreen');
const TimelineScreen = screen(() => import('../features/timeline/TimelineScreen'), 'TimelineScreen');

function ScreenFor({ route }: { route: Route }) {
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
      return <ChartScreen />;
    case 'trash':
      return <TrashPage />;
    case 'watch':
      return <WatchPage />;
    case 'timeline':
      return <TimelineScreen />;
  }
}

export function Screen({ route }: { route: Route }) {
  return (
    <Suspense fallback={<Loading what="this screen" />}>
      <ScreenFor route={route} />
    </Suspense>
  );
}
