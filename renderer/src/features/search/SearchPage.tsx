// Search across titles, text, excerpts, notes, entities and sources. Typing searches after a short
// pause; Enter searches at once. The query lives in the route so a reload or "back" keeps it.
import { Alert, Center, EmptyState, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';
import { useCall } from '../../api/hooks';
import { navigate, useRoute } from '../../app/route';
import { errorMessage } from '../../ui/notify';
import { type ReliabilityFilter, toMinReliability } from '../../ui/grades/reliabilityFilter';
import type { SearchKind } from './kinds';
import { SearchFilters } from './SearchFilters';
import { useCaseSelection } from '../../ui/addToCase';
import { SearchResultItem } from './SearchResultItem';

export function SearchPage() {
  const route = useRoute();
  const routeQuery = route.screen === 'search' ? (route.query ?? '') : '';
  const [text, setText] = useState(routeQuery);
  const [submitted, setSubmitted] = useState(routeQuery);
  const [kinds, setKinds] = useState<SearchKind[]>([]);
  const [reliability, setReliability] = useState<ReliabilityFilter>('any');
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

  const searchSettledText = useEffectEvent((typed: string) => {
    if (typed !== submitted) submit(typed);
  });
  useEffect(() => searchSettledText(debounced), [debounced]);

  function submit(query: string) {
    setSubmitted(query);
    if (query !== routeQuery) navigate({ screen: 'search', ...(query.trim() ? { query } : {}) }, { replace: true });
  }

  const query = submitted.trim();
  const minReliability = toMinReliability(reliability);
  const results = useCall(
    'search.query',
    { query, limit: 200, ...(kinds.length ? { kinds } : {}), ...(minReliability ? { minReliability } : {}) },
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
      <SearchFilters
        kinds={kinds}
        onKindsChange={setKinds}
        reliability={reliability}
        onReliabilityChange={setReliability}
      />
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
          description={
            kinds.length || minReliability
              ? 'Try removing the kind or reliability filters, or fewer words.'
              : 'Try fewer words, another spelling or an alias.'
          }
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
