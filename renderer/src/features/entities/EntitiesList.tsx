// The entities, by name, a page at a time: the list is virtualised (only the rows in view are in the
// DOM) and the next page is asked for when the rows in view come near the end of those loaded, so
// 10,000 entities with their aliases open and scroll as quickly as ten.
import { NavLink, Text } from '@mantine/core';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { MethodInput } from '../../../../shared/contract/methods';
import type { Entity } from '../../../../shared/contract/schemas';
import { api } from '../../api/client';
import { href } from '../../app/route';
import type { ListSelection } from '../../ui/selection/useListSelection';
import { draggableItems } from '../../ui/addToCase';
import { EntityTypeIcon } from '../../ui/entities/entityTypes';

const PAGE = 200;
const NEAR_END = 40;

/** The Entities screen's rows: the first page counts every match, later ones continue from a cursor. */
export function useEntityPages(filter: Pick<NonNullable<MethodInput<'entities.list'>>, 'type' | 'query'>) {
  const query = useInfiniteQuery({
    // Under the method's name like useCall, so a "library changed" event refetches it.
    queryKey: ['entities.list', 'pages', filter],
    placeholderData: keepPreviousData,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.call('entities.list', { ...filter, limit: PAGE, ...(pageParam ? { after: pageParam } : {}) }),
    getNextPageParam: (last) => last.next,
  });
  const rows = useMemo<Entity[]>(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  return { ...query, rows, total: query.data?.pages[0]?.total ?? 0 };
}

/** A click shows the entity beside the list; Ctrl/Cmd- and Shift-click select many. */
export function EntitiesList({
  entities,
  selectedId,
  selection,
  onNearEnd,
}: {
  entities: Entity[];
  selectedId: string | undefined;
  selection: ListSelection<Entity>;
  onNearEnd?: () => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entities.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 52,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const lastInView = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (onNearEnd && lastInView >= entities.length - NEAR_END) onNearEnd();
  }, [lastInView, entities.length, onNearEnd]);
  const dragIds = (id: string) => (selection.isSelected(id) ? selection.selectedIds : [id]);
  return (
    <div
      ref={scrollRef}
      {...selection.listProps}
      aria-label="Entities"
      data-testid="entities-list"
      style={{ outline: 'none', maxHeight: 'calc(100dvh - 190px)', overflow: 'auto' }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const e = entities[item.index]!;
          return (
            <div
              key={e.id}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
            >
              <NavLink
                component="a"
                href={href({ screen: 'entities', id: e.id })}
                active={e.id === selectedId || (selection.count > 1 && selection.isSelected(e.id))}
                data-entity-name={e.name}
                data-testid="entity-row"
                {...draggableItems(() => dragIds(e.id))}
                {...selection.rowProps(e)}
                variant="light"
                py={4}
                leftSection={<EntityTypeIcon type={e.type} size="sm" />}
                label={<Text size="sm">{e.name}</Text>}
                description={e.aliases.length ? e.aliases.map((a) => a.text).join(' · ') : undefined}
                rightSection={
                  <Text size="xs" c="dimmed" title="Accepted mentions">
                    {e.mentionCount}
                  </Text>
                }
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
