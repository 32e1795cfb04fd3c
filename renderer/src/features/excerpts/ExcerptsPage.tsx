// Every excerpt in the library, filtered and sorted by the backend and loaded a page at a time as
// the list scrolls; opening one jumps to it in its article. The filters, sort and text live in the
// route (excerptsRouteQuery), so Back and reload keep them; a matrix cell or a case opens the list
// with its own filters (shown as chips) applied on top.
import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconQuote } from '@tabler/icons-react';
import { useCallback, useMemo, useRef } from 'react';
import type { Excerpt } from '../../../../shared/contract/schemas';
import { useListSelection } from '../../ui/selection/useListSelection';
import { useContextMenu } from '../../ui/ContextMenu';
import { ExcerptContextItems, ExcerptSelectionBar } from './bulk/ExcerptSelectionBar';
import { href, navigate, useRoute, type Route } from '../../app/route';
import { errorMessage } from '../../ui/notify';
import { AddToCaseMenu } from '../../ui/addToCase';
import { toMinReliability } from '../../ui/grades/reliabilityFilter';
import { nextSort } from '../../ui/table/tableSort';
import { ExcerptFilters, type ExcerptFilterState } from './ExcerptFilters';
import type { ExcerptColumn } from './excerptRows';
import { ExcerptsTable, openExcerpt } from './ExcerptsTable';
import { hasExcerptRouteFilter, pickExcerptRouteFilter, type ExcerptRouteFilter } from '../../app/excerptRouteFilter';
import { RouteFilterChips } from './RouteFilterChips';
import { excerptsQueryOf, type ExcerptsRouteQuery } from './excerptsRouteQuery';
import { useExcerptPages, type ExcerptListFilter } from './useExcerptPages';

const excerptId = (e: Excerpt) => e.id;
type ExcerptsRoute = { screen: 'excerpts' } & ExcerptRouteFilter & ExcerptsRouteQuery;

export function ExcerptsPage() {
  const route = useRoute();
  const current: ExcerptsRoute = route.screen === 'excerpts' ? route : { screen: 'excerpts' };
  const routeFilter = pickExcerptRouteFilter(current);
  const query = excerptsQueryOf(current);
  // Typing and picking replace the entry (Back leaves the screen, not each keystroke); sorting too.
  const routeRef = useRef(current);
  routeRef.current = current;
  const update = useCallback((change: Partial<ExcerptsRoute>) => {
    const next: Record<string, unknown> = { ...routeRef.current, ...change };
    for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === '') delete next[key];
    navigate(next as Route, { replace: true });
  }, []);
  const filterState: ExcerptFilterState = {
    text: query.text,
    tag: query.tag,
    sourceId: query.sourceId,
    minReliability: query.minReliability,
    eventFrom: query.eventFrom,
    eventTo: query.eventTo,
    credibility: routeFilter.credibility ?? 'any',
  };
  const onFilterChange = useCallback(
    (change: Partial<ExcerptFilterState>) => {
      const { credibility, ...rest } = change;
      update({
        ...rest,
        ...(credibility !== undefined ? { credibility: credibility === 'any' ? undefined : credibility } : {}),
      });
    },
    [update],
  );
  const input: ExcerptListFilter = {
    ...routeFilter,
    sort: query.sort,
    direction: query.direction,
    ...(query.text.trim() ? { text: query.text.trim() } : {}),
    ...(query.tag ? { tag: query.tag } : {}),
    ...(query.sourceId ? { sourceId: query.sourceId } : {}),
    ...(query.eventFrom ? { eventFrom: query.eventFrom } : {}),
    ...(query.eventTo ? { eventTo: query.eventTo } : {}),
    ...(toMinReliability(query.minReliability) ? { minReliability: toMinReliability(query.minReliability) } : {}),
  };
  const pages = useExcerptPages(input);
  const { rows, total } = pages;
  const scrollTo = useRef<((index: number) => void) | null>(null);
  const contextMenu = useContextMenu();
  const selection = useListSelection(rows, excerptId, {
    onOpen: openExcerpt,
    onActiveChange: (i) => scrollTo.current?.(i),
    onContextMenu: contextMenu.open,
  });
  const selected = useMemo(() => rows.filter((r) => selection.isSelected(r.id)), [rows, selection]);
  const fromRoute = hasExcerptRouteFilter(routeFilter);
  const filtered = Boolean(
    fromRoute ||
    query.text ||
    query.tag ||
    query.sourceId ||
    query.eventFrom ||
    query.eventTo ||
    query.minReliability !== 'any',
  );
  const clearAll = () => navigate({ screen: 'excerpts', sort: query.sort, direction: query.direction });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <Stack gap="sm" p="md">
      <Group justify="space-between">
        <Title order={3}>Excerpts</Title>
        <Group gap="sm">
          {total !== null && (
            <Text size="xs" c="dimmed" data-testid="excerpts-count">
              {rows.length >= total
                ? `${total.toLocaleString()} excerpt(s)`
                : `${total.toLocaleString()} excerpt(s), ${rows.length.toLocaleString()} loaded`}
            </Text>
          )}
          <AddToCaseMenu
            label={rows.length < (total ?? 0) ? 'Add loaded to case' : 'Add shown to case'}
            getIds={() => rows.map((r) => r.id)}
            disabled={rows.length === 0}
          />
        </Group>
      </Group>
      <ExcerptFilters value={filterState} onChange={onFilterChange} />
      {fromRoute && <RouteFilterChips filter={routeFilter} />}
      <ExcerptSelectionBar selected={selected} onClear={selection.clear} />
      {contextMenu.render(
        <ExcerptContextItems
          selected={selected}
          onOpen={() => selected[0] && openExcerpt(selected[0])}
          onClear={selection.clear}
        />,
      )}
      {pages.isError ? (
        <Alert color="red" title="Could not load the excerpts">
          {errorMessage(pages.error)}
        </Alert>
      ) : pages.isPending ? (
        <Center p="xl">
          <Loader size="sm" />
        </Center>
      ) : rows.length === 0 ? (
        filtered ? (
          <EmptyState
            icon={<IconQuote size={28} />}
            title="No excerpt matches these filters"
            description="Loosen or clear a filter to see more."
          >
            <EmptyState.Actions>
              <Button size="xs" variant="default" onClick={clearAll}>
                Clear filters
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        ) : (
          <EmptyState
            icon={<IconQuote size={28} />}
            title="No excerpts yet"
            description="Open an article, select the passage that makes a claim and make it an excerpt. Every excerpt in the library is listed here."
          >
            <EmptyState.Actions>
              <Button size="xs" component="a" href={href({ screen: 'library' })}>
                Go to the library
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        )
      ) : (
        <ExcerptsTable
          rows={rows}
          sort={{ key: query.sort === 'created' ? 'article' : query.sort, direction: query.direction }}
          onSort={(c: ExcerptColumn) => {
            const next = nextSort({ key: query.sort as ExcerptColumn, direction: query.direction }, c);
            update({ sort: next.key, direction: next.direction });
          }}
          selection={selection}
          scrollToRef={scrollTo}
          onNearEnd={loadMore}
          loadingMore={isFetchingNextPage}
          highlight={query.text.trim()}
        />
      )}
    </Stack>
  );
}
