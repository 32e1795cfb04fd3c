// Every excerpt in the library, filterable and sortable; opening one jumps to it in its article.
// Filters from the route (a reliability matrix cell, a case) apply on top of the ones set here.
import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconQuote } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import type { Excerpt } from '../../../../shared/contract/schemas';
import { useListSelection } from '../../ui/selection/useListSelection';
import { useContextMenu } from '../../ui/ContextMenu';
import { ExcerptContextItems, ExcerptSelectionBar } from './bulk/ExcerptSelectionBar';
import { href, navigate, useRoute } from '../../app/route';
import { errorMessage } from '../../ui/notify';
import { AddToCaseMenu } from '../../ui/addToCase';
import { toMinReliability } from '../../ui/grades/reliabilityFilter';
import { nextSort, type SortState } from '../../ui/table/tableSort';
import { ExcerptFilters, type ExcerptFilterState } from './ExcerptFilters';
import { filterExcerpts, sortExcerpts, tagsOf, type ExcerptColumn } from './excerptRows';
import { ExcerptsTable, openExcerpt } from './ExcerptsTable';
import { hasExcerptRouteFilter, pickExcerptRouteFilter } from '../../app/excerptRouteFilter';
import { RouteFilterChips } from './RouteFilterChips';
import { useAllExcerpts } from './useAllExcerpts';

const excerptId = (e: Excerpt) => e.id;

const NO_FILTER: ExcerptFilterState = {
  text: '',
  tag: null,
  credibility: 'any',
  reliability: 'any',
  sourceId: null,
  dateFrom: '',
  dateTo: '',
};

export function ExcerptsPage() {
  const route = useRoute();
  const routeFilter = route.screen === 'excerpts' ? pickExcerptRouteFilter(route) : {};
  const fromRoute = hasExcerptRouteFilter(routeFilter);
  const [filter, setFilter] = useState<ExcerptFilterState>(NO_FILTER);
  const [sort, setSort] = useState<SortState<ExcerptColumn>>({ key: 'article', direction: 'asc' });
  const all = useAllExcerpts({
    ...routeFilter,
    sourceId: filter.sourceId ?? undefined,
    minReliability: toMinReliability(filter.reliability),
  });
  const loaded = useMemo(() => all.data?.items ?? [], [all.data]);
  const tags = useMemo(() => tagsOf(loaded), [loaded]);
  const rows = useMemo(
    () => sortExcerpts(filterExcerpts(loaded, filter), sort.key, sort.direction),
    [loaded, filter, sort],
  );
  const scrollTo = useRef<((index: number) => void) | null>(null);
  const contextMenu = useContextMenu();
  const selection = useListSelection(rows, excerptId, {
    onOpen: openExcerpt,
    onActiveChange: (i) => scrollTo.current?.(i),
    onContextMenu: contextMenu.open,
  });
  const selected = useMemo(() => rows.filter((r) => selection.isSelected(r.id)), [rows, selection]);
  const filtered = fromRoute || JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
  const clearAll = () => {
    setFilter(NO_FILTER);
    if (fromRoute) navigate({ screen: 'excerpts' });
  };

  return (
    <Stack gap="sm" p="md">
      <Group justify="space-between">
        <Title order={3}>Excerpts</Title>
        <Group gap="sm">
          {all.data && (
            <Text size="xs" c="dimmed" data-testid="excerpts-count">
              {rows.length === all.data.total
                ? `${rows.length} excerpt(s)`
                : `${rows.length} of ${all.data.total} shown`}
            </Text>
          )}
          <AddToCaseMenu label="Add shown to case" getIds={() => rows.map((r) => r.id)} disabled={rows.length === 0} />
        </Group>
      </Group>
      <ExcerptFilters value={filter} onChange={setFilter} tags={tags} />
      {fromRoute && <RouteFilterChips filter={routeFilter} />}
      <ExcerptSelectionBar selected={selected} onClear={selection.clear} />
      {contextMenu.render(
        <ExcerptContextItems
          selected={selected}
          onOpen={() => selected[0] && openExcerpt(selected[0])}
          onClear={selection.clear}
        />,
      )}
      {all.isError ? (
        <Alert color="red" title="Could not load the excerpts">
          {errorMessage(all.error)}
        </Alert>
      ) : all.isPending ? (
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
          sort={sort}
          onSort={(c) => setSort((s) => nextSort(s, c))}
          selection={selection}
          scrollToRef={scrollTo}
        />
      )}
    </Stack>
  );
}
