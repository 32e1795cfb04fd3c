// The renderer's entry: styles, providers, and the app frame.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './ui/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Providers } from './app/Providers';
import { parseHash } from './app/route';
import { prefetchLibraryRows } from './features/library';

// The first screen's data, asked for now, beside the App's own library.info (see prefetch.ts).
const route = parseHash(window.location.hash);
if (route.screen === 'library') prefetchLibraryRows(route);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
