// Entities: people, organisations, places and things the evidence talks about, with their aliases
// in any script. The list filters by type and by name or alias; the route's id opens one.
import { Alert, Button, Center, EmptyState, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAffiliate, IconFilter, IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import type { Entity } from '../../../../shared/contract/schemas';
import { navigate, useRoute } from '../../app/route';
import { useListSelection } from '../../ui/selection/useListSelection';
import { useCaseSelection } from '../../ui/addToCase';
import { useContextMenu } from '../../ui/ContextMenu';
import { EntityContextItems, EntitySelectionBar } from './EntitySelectionBar';
import { MergeEntityModal } from './MergeEntityModal';
import { errorMessage } from '../../ui/notify';
import { CreateEntityModal } from '../../ui/entities/CreateEntityModal';
import { EntitiesList, useEntityPages } from './EntitiesList';
import { EntityDetail } from './EntityDetail';
import { ENTITY_TYPE_OPTIONS, type EntityTypeName } from '../../ui/entities/entityTypes';

const entityId = (e: Entity) => e.id;

export function EntitiesPage() {
  const route = useRoute();
  const selectedId = route.screen === 'entities' ? route.id : undefined;
  const [type, setType] = useState<EntityTypeName | null>(null);
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 200);
  const [creating, setCreating] = useState(false);
  const list = useEntityPages({ ...(type ? { type } : {}), ...(debouncedQuery ? { query: debouncedQuery } : {}) });
  const filtered = !!type || !!debouncedQuery;
  const items = list.rows;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const contextMenu = useContextMenu();
  const [merging, setMerging] = useState<Entity | null>(null);
  const selection = useListSelection(items, entityId, {
    onOpen: (e) => navigate({ screen: 'entities', id: e.id }),
    onContextMenu: contextMenu.open,
  });
  const selected = useMemo(() => items.filter((e) => selection.isSelected(e.id)), [items, selection]);
  // Shift+C adds the selected entities (or, with none, the one shown: see caseSelection).
  useCaseSelection(() => (selected.length > 1 ? selected.map((e) => e.id) : []));

  return (
    <Stack gap="sm" p="md">
      <Group justify="space-between">
        <Title order={3}>Entities</Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
          New entity
        </Button>
      </Group>
      <Group align="flex-start" gap="md" wrap="nowrap">
        {/* The list stays in view while a long entity page (or its chart tab) scrolls beside it. */}
        <Stack gap="xs" w={340} style={{ flexShrink: 0, position: 'sticky', top: 'var(--mantine-spacing-md)' }}>
          <Group gap="xs" wrap="nowrap">
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              aria-label="Filter by name or alias"
              placeholder="Name or alias (any script)"
              leftSection={<IconFilter size={14} />}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
            />
            <Select
              size="xs"
              w={130}
              aria-label="Type"
              placeholder="All types"
              clearable
              data={ENTITY_TYPE_OPTIONS}
              value={type}
              onChange={(v) => setType(v as EntityTypeName | null)}
            />
          </Group>
          {list.isError ? (
            <Alert color="red" title="Could not load the entities">
              {errorMessage(list.error)}
            </Alert>
          ) : list.isPending ? (
            <Center p="lg">
              <Loader size="sm" />
            </Center>
          ) : items.length === 0 ? (
            filtered ? (
              <EmptyState
                size="sm"
                icon={<IconAffiliate size={24} />}
                title="No entity matches"
                description="Try another spelling or type, or create the entity."
              />
            ) : (
              <EmptyState
                size="sm"
                icon={<IconAffiliate size={24} />}
                title="No entities yet"
                description="Create the people, organisations, places and things your evidence talks about, with their aliases."
              >
                <EmptyState.Actions>
                  <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
                    New entity
                  </Button>
                </EmptyState.Actions>
              </EmptyState>
            )
          ) : (
            <>
              <EntitySelectionBar selected={selected} onClear={selection.clear} />
              {contextMenu.render(
                <EntityContextItems
                  selected={selected}
                  onOpen={(e) => navigate({ screen: 'entities', id: e.id })}
                  onMerge={setMerging}
                />,
              )}
              <EntitiesList entities={items} selectedId={selectedId} selection={selection} onNearEnd={loadMore} />
              {list.total > items.length && (
                <Text size="xs" c="dimmed" data-testid="entities-count">
                  {items.length.toLocaleString()} of {list.total.toLocaleString()} loaded; scroll for more
                </Text>
              )}
            </>
          )}
        </Stack>
        <div style={{ flex: 1, minWidth: 0 }}>
          {selectedId ? (
            <EntityDetail id={selectedId} tab={route.screen === 'entities' ? route.tab : undefined} />
          ) : items.length ? (
            <EmptyState
              size="sm"
              icon={<IconAffiliate size={24} />}
              title="Choose an entity"
              description="Its aliases, mentions and relationships appear here."
            />
          ) : null}
        </div>
      </Group>
      {merging && <MergeEntityModal entity={merging} opened onClose={() => setMerging(null)} />}
      <CreateEntityModal opened={creating} onClose={() => setCreating(false)} defaultType={type} />
    </Stack>
  );
}
