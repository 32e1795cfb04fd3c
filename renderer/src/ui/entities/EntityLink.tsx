// An entity wherever it appears: its type's icon and colour, then its name as a link to its page.
// The name takes the colour's "-text" shade, which Mantine makes readable in both themes.
import { Anchor, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { href } from '../../app/route';
import { ENTITY_TYPE_INFO, EntityTypeIcon, isEntityType } from './entityTypes';

export function EntityLink({ id, name, type, extra }: { id: string; name: string; type: string; extra?: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" data-entity-type={type}>
      <EntityTypeIcon type={isEntityType(type) ? type : 'other'} size="sm" />
      <Anchor
        size="sm"
        href={href({ screen: 'entities', id })}
        c={isEntityType(type) ? `var(--mantine-color-${ENTITY_TYPE_INFO[type].color}-text)` : undefined}
        lineClamp={1}
      >
        {name}
      </Anchor>
      {extra !== undefined && (
        <Text size="xs" c="dimmed">
          {extra}
        </Text>
      )}
    </Group>
  );
}
