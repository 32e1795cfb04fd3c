import { NavLink, Text } from '@mantine/core';
import type { Entity } from '../../../../shared/contract/schemas';
import { href } from '../../app/route';
import { draggableItems } from '../cases/add';
import { EntityTypeIcon } from './entityTypes';

export function EntitiesList({ entities, selectedId }: { entities: Entity[]; selectedId: string | undefined }) {
  return (
    <div>
      {entities.map((e) => (
        <NavLink
          key={e.id}
          component="a"
          href={href({ screen: 'entities', id: e.id })}
          active={e.id === selectedId}
          data-entity-name={e.name}
          {...draggableItems(() => [e.id])}
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
