// The Library: every article, filterable and sortable, with an empty state that says what to do.
import { Button, EmptyState, Group, Loader, Menu, Stack, Text, Title } from '@mantine/core';
import { IconBriefcase, IconFileImport, IconFilterOff, IconLibrary, IconPlus, IconTrash } from '@tabler/icons-react';
import { useContextMenu } from '../../ui/ContextMenu';
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { navigate, useRoute } from '../../app/route';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatCount } from '../../ui/format';
import { pickFilesToImport } from '../../ui/import/importStore';
import { AddToCaseMenu, requestAddToCase, useCaseSelection } from '../../ui/addToCase';
import { useSlots } from '../../app/slots';
import { deleteArticlesWithUndo } from '../../ui/deleteArticles';
import { TagWithEntityButton } from '../../ui/entities/TagWithEntity';
import { articleLabel } from '../../../../shared/domain/untitled';
import {
  DEFAULT_QUERY,
  loadedArticleIds,
  loadedArticleRows,
  useArticleTotal,
  type ArticleQuery,
  type SortKey,
} from './articleQuery';
import { ArticleTable } from './ArticleTable';
import { LibraryFilters } from './LibraryFilters';
import { pickLibraryRouteQuery } from './libraryRouteQuery';
import { EMPTY_SELECTION, type Selection } from './selection';

/** Clicking the sorted column flips it; another column starts newest/most first, or A to Z. */
function nextDirection(query: ArticleQuery, sort: SortKey): 'asc' | 'desc' {
  if (query.sort === sort) return query.direction === 'asc' ? 'desc' : 'asc';
  return sort === 'captured' || sort === 'published' || sort === 'excerpts' ? 'desc' : 'asc';
}

// Kept for the session too, so the sidebar's plain "Library" link finds the Library as it was left.
let rememberedQuery: ArticleQuery = DEFAULT_QUERY;

export function LibraryPage() {
  const { importSampleCase } = useSlots();
  // The query lives in the route (Back and reload keep it); see libraryRouteQuery.
  const route = useRoute();
  const routeKey = JSON.stringify(route.screen === 'library' ? pickLibraryRouteQuery(route) : {});
  const query = useMemo<ArticleQuery>(
    () => ({ ...DEFAULT_QUERY, ...(JSON.parse(routeKey) as Partial<ArticleQuery>) }),
    [routeKey],
  );
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const { total, loaded, fetching, error, refetch } = useArticleTotal(query);

  // Arriving with no query in the route (the sidebar link) restores the one left this session.
  // Only on arrival (an effect event, run once): later changes come from setQuery or Back.
  const restoreRememberedQuery = useEffectEvent(() => {
    if (routeKey === '{}' && JSON.stringify(rememberedQuery) !== JSON.stringify(DEFAULT_QUERY))
      navigate({ screen: 'library', ...rememberedQuery }, { replace: true });
  });
  useEffect(() => restoreRememberedQuery(), []);
  // A new query (typed, or Back) starts a new selection: the selection is by row index.
  useEffect(() => setSelection(EMPTY_SELECTION), [routeKey]);

  const setQuery = (patch: Partial<ArticleQuery>) => {
    rememberedQuery = { ...query, ...patch };
    navigate({ screen: 'library', ...rememberedQuery }, { replace: true });
  };
  const selectedIds = () => loadedArticleIds(query, selection.selected);
  // A dragged row carries the whole selection when it is part of it, else only itself.
  const dragIds = (index: number) =>
    loadedArticleIds(query, selection.selected.has(index) ? selection.selected : [index]);
  useCaseSelection(selectedIds);
  const contextMenu = useContextMenu();
  const openSelected = () => {
    const [id] = selectedIds();
    if (id) navigate({ screen: 'article', id });
  };
  const deleteSelected = () => {
    const rows = loadedArticleRows(query, selection.selected);
    void deleteArticlesWithUndo(rows, () => setSelection(EMPTY_SELECTION));
  };
  const filtered = query.text || query.publisher || query.language || query.publishedFrom || query.publishedTo;

  return (
    <Stack gap={0} h="100%" data-testid="library-page">
      <Stack gap="xs" p="sm" pb="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" align="baseline">
            <Title order={3}>Library</Title>
            <Text fz="sm" c="dimmed" data-testid="library-count">
              {loaded ? `${formatCount(total)} article${total === 1 ? '' : 's'}` : ''}
              {selection.selected.size > 0 ? ` · ${formatCount(selection.selected.size)} selected` : ''}
            </Text>
            {fetching && <Loader size={12} />}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <AddToCaseMenu getIds={selectedIds} disabled={selection.selected.size === 0} />
            <TagWithEntityButton
              disabled={selection.selected.size === 0}
              getTargets={() =>
                loadedArticleRows(query, selection.selected).map((a) => ({
                  articleId: a.id,
                  label: articleLabel(a.title),
                }))
              }
            />
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={14} />}
              disabled={selection.selected.size === 0}
              onClick={deleteSelected}
              title="Move the selected articles to the Trash (Delete)"
              data-testid="library-delete"
            >
              Delete
            </Button>
            <Button variant="default" leftSection={<IconFileImport size={14} />} onClick={pickFilesToImport}>
              Import files…
            </Button>
            <Button leftSection={<IconPlus size={14} />} onClick={() => navigate({ screen: 'new-article' })}>
              New article
            </Button>
          </Group>
        </Group>
        <LibraryFilters query={query} onChange={setQuery} />
        {contextMenu.render(
          <>
            <Menu.Label>
              {selection.selected.size === 1 ? '1 article' : `${formatCount(selection.selected.size)} articles`}
            </Menu.Label>
            {selection.selected.size === 1 && <Menu.Item onClick={openSelected}>Open</Menu.Item>}
            <Menu.Item leftSection={<IconBriefcase size={14} />} onClick={() => requestAddToCase(selectedIds())}>
              Add to case…
            </Menu.Item>
            <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={deleteSelected}>
              Move to Trash
            </Menu.Item>
          </>,
        )}
      </Stack>
      {error ? (
        <ErrorNotice error={error} title="The Library could not be read" onRetry={() => void refetch()} />
      ) : !loaded ? (
        <Group justify="center" p="xl">
          <Loader size="sm" />
        </Group>
      ) : total === 0 && !filtered ? (
        <EmptyState
          mt="xl"
          icon={<IconLibrary size={32} />}
          title="Your library is empty"
          description="Paste an article or drop files here (.txt or .md). Everything stays on this computer."
          data-testid="library-empty"
        >
          <Group justify="center" mt="sm">
            <Button leftSection={<IconPlus size={14} />} onClick={() => navigate({ screen: 'new-article' })}>
              Paste an article
            </Button>
            <Button variant="default" leftSection={<IconFileImport size={14} />} onClick={pickFilesToImport}>
              Import files…
            </Button>
          </Group>
          <Text size="sm" c="dimmed" mt="md">
            New to Casefile? See a worked case first: one article, its sources rated, excerpts graded, entities tagged.
          </Text>
          <Button
            variant="subtle"
            mt={4}
            leftSection={<IconBriefcase size={14} />}
            onClick={() => void importSampleCase()}
            data-testid="import-sample-case"
          >
            Open the sample case
          </Button>
        </EmptyState>
      ) : total === 0 ? (
        <EmptyState
          mt="xl"
          icon={<IconFilterOff size={32} />}
          title="No articles match these filters"
          description="Change or clear the filters above."
        />
      ) : (
        <ArticleTable
          query={query}
          total={total}
          selection={selection}
          onSelectionChange={setSelection}
          dragIds={dragIds}
          onRowContextMenu={contextMenu.open}
          onDelete={deleteSelected}
          onSort={(sort) => setQuery({ sort, direction: nextDirection(query, sort) })}
          onOpen={(row) => navigate({ screen: 'article', id: row.id })}
        />
      )}
    </Stack>
  );
}
