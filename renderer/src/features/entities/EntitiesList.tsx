import { NavLink, Text } from '@mantine/core';
import type { Entity } from '../../../../shared/contract/schemas';
import { href } from '../../app/route';
import type { ListSelection } from '../../ui/selection/useListSelection';
import { draggableItems } from '../../ui/addToCase';
import { EntityTypeIcon } from '../../ui/entities/entityTypes';

/** A click shows the entity beside the list; Ctrl/Cmd- and Shift-click select many. */
export function EntitiesList({
  entities,
  selectedId,
  selection,
}: {
  entities: Entity[];
  selectedId: string | undefined;
  selection: ListSelection<Entity>;
}) {
  const dragIds = (id: string) => (selection.isSelected(id) ? selection.selectedIds : [id]);
  return (
    <div {...selection.listProps} aria-label="Entities" data-testid="entities-list" style={{ outline: 'none' }}>
      {entities.map((e) => (
        <NavLink
          key={e.id}
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
      ))}
    </div>
  );
}
