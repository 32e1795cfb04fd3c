// An entity wherever it appears: its type's icon and colour, then its name as a link to its page.
// The name takes the colour's "-text" shade, which Mantine makes readable in both themes. A link from
// one entity's tab to another entity opens that entity on the same tab (`tab`).
import { Anchor, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { href, type EntityTab } from '../../app/route';
import { ENTITY_TYPE_INFO, EntityTypeIcon, isEntityType } from './entityTypes';

export function EntityLink({
  id,
  name,
  type,
  extra,
  tab,
}: {
  id: string;
  name: string;
  type: string;
  extra?: ReactNode;
  tab?: EntityTab;
}) {
  return (
    <Group gap={6} wrap="nowrap" data-entity-type={type}>
      <EntityTypeIcon type={isEntityType(type) ? type : 'other'} size="sm" />
      <Anchor
        size="sm"
        href={href({ screen: 'entities', id, ...(tab && tab !== 'overview' ? { tab } : {}) })}
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
