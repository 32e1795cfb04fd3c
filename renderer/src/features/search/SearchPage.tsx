// Search across titles, text, excerpts, notes, entities and sources. Typing searches after a short
// pause; Enter searches at once. The query and its filters live in the route, so a reload or "back"
// keeps them; a superseded search's answer is dropped (its query key is no longer the current one).
import { Alert, Center, EmptyState, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useCall } from '../../api/hooks';
import { navigate, useRoute } from '../../app/route';
import { errorMessage } from '../../ui/notify';
import type { SavedSearch, SearchFilters as Filters } from '../../../../shared/contract/schemas';
import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import { SavedSearches } from './SavedSearches';
import { SearchFilters } from './SearchFilters';
import { hasSearchFilters, pickSearchFilters } from './searchRouteQuery';
import { useCaseSelection } from '../../ui/addToCase';
import { SearchResultItem } from './SearchResultItem';
import { emptyHint } from './emptyHint';

export function SearchPage() {
  const route = useRoute();
  const routeQuery = route.screen === 'search' ? (route.query ?? '') : '';
  const filtersKey = canonicalJson(route.screen === 'search' ? pickSearchFilters(route) : {});
  const filters = useMemo(() => JSON.parse(filtersKey) as Filters, [filtersKey]);
  const [text, setText] = useState(routeQuery);
  const [submitted, setSubmitted] = useState(routeQuery);
  // Filter inputs keep what is being typed; opening a saved search starts them afresh.
  const [filterInputs, setFilterInputs] = useState(0);
  const [debounced] = useDebouncedValue(text, 300);
  // Shift+C adds the focused result (Tab moves between them).
  useCaseSelection(() => {
    const id = document.activeElement?.closest<HTMLElement>('[data-result-id]')?.dataset.resultId;
    return id ? [id] : [];
  });

  // A query arriving from elsewhere (the command palette, a link) replaces what is typed here.
  // (Effect events: react to the route only, not to our own submits; and search only on a settled change of the typed text.)
  const takeRouteQuery = useEffectEvent((query: string) => {
    if (query === submitted) return;
    setText(query);
    setSubmitted(query);
  });
  useEffect(() => takeRouteQuery(routeQuery), [routeQuery]);

  // Filters arriving from elsewhere (Back, a saved search, the palette) reset the filter inputs;
  // the ones this screen set are already in them.
  const ownFilters = useRef(filtersKey);
  const takeRouteFilters = useEffectEvent((key: string) => {
    if (key === ownFilters.current) return;
    ownFilters.current = key;
    setFilterInputs((n) => n + 1);
  });
  useEffect(() => takeRouteFilters(filtersKey), [filtersKey]);

  const searchSettledText = useEffectEvent((typed: string) => {
    if (typed !== submitted) submit(typed);
  });
  useEffect(() => searchSettledText(debounced), [debounced]);

  function submit(query: string) {
    setSubmitted(query);
    if (query !== routeQuery)
      navigate({ screen: 'search', ...(query.trim() ? { query } : {}), ...filters }, { replace: true });
  }

  function setFilters(next: Filters) {
    ownFilters.current = canonicalJson(next);
    navigate({ screen: 'search', ...(submitted.trim() ? { query: submitted } : {}), ...next }, { replace: true });
  }

  function openSaved(saved: SavedSearch) {
    setText(saved.query);
    setSubmitted(saved.query);
    // A new history entry: Back returns to the search that was on screen before.
    navigate({ screen: 'search', query: saved.query, ...saved.filters });
  }

  const query = submitted.trim();
  const filtered = hasSearchFilters(filters);
  const results = useCall(
    'search.query',
    { query, limit: 200, ...filters },
    { enabled: query !== '', placeholderData: keepPreviousData },
  );

  return (
    <Stack gap="sm" p="md" maw={960}>
      <TextInput
        size="sm"
        autoFocus
        aria-label="Search"
        placeholder="Search the library"
        leftSection={<IconSearch size={16} />}
        rightSection={results.isFetching ? <Loader size="xs" /> : null}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') submit(text);
        }}
      />
      <SearchFilters key={filterInputs} filters={filters} onChange={setFilters} />
      <SavedSearches query={query} filters={filters} onOpen={openSaved} />
      {query === '' ? (
        <EmptyState
          icon={<IconSearch size={28} />}
          title="Search the library"
          description="Type to search titles, text, excerpts, notes, entities and sources — Korean, Chinese and Japanese included"
        />
      ) : results.isError ? (
        <Alert color="red" title="Search failed">
          {errorMessage(results.error)}
        </Alert>
      ) : results.isPending ? (
        <Center p="xl">
          <Loader size="sm" />
        </Center>
      ) : results.data.results.length === 0 ? (
        <EmptyState
          icon={<IconSearch size={28} />}
          title={`Nothing matches “${query}”`}
          description={emptyHint(query, filtered)}
        />
      ) : (
        <Stack gap={0}>
          <Text size="xs" c="dimmed" data-testid="search-summary">
            {results.data.results.length === 200 ? 'The first 200 results' : `${results.data.results.length} result(s)`}
            {results.data.ranking === 'recent'
              ? ' — so much matches that the newest come first, not the most relevant; add a word or a filter to rank them'
              : ''}
            {results.data.scanStopped ? '. Older matches may exist: narrow the search to reach them' : ''}
          </Text>
          {results.data.aliases.map((a) => (
            <Text key={a.entityId} size="xs" c="dimmed" data-testid="search-aliases">
              Also searched for {a.spellings.map((s) => `“${s}”`).join(', ')}: aliases of the entity {a.name}
            </Text>
          ))}
          {results.data.results.map((r) => (
            <SearchResultItem key={`${r.kind}:${r.id}`} result={r} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
