// The first script the page runs (index.html loads it before main.tsx): it asks the backend for the
// first screen's data at once, so the answers travel while the app's own code (most of a megabyte)
// is compiled and run, instead of after it. The app's calls then take these answers (client.ts,
// callEarly). Kept to the client and the Library's query shape: anything more would delay it.
import { callEarly } from './api/client';
import { DEFAULT_QUERY, pageInput } from './features/library/queryShape';

callEarly('library.info', {});
// The Library opened with no filter in the address: its first page, exactly as the Library asks.
if (/^#?\/?(library)?$/.test(window.location.hash)) callEarly('articles.list', pageInput(DEFAULT_QUERY, 0));
