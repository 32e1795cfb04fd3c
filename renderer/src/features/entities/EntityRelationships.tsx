import { Alert, Anchor, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useCall } from '../../api/hooks';
import { href } from '../../app/route';
import { errorMessage } from '../../ui/notify';

/** Relationships in both directions, read as sentences: "This —supplies→ Kimbongsokyong". */
export function EntityRelationships({ entityId }: { entityId: string }) {
  const relationships = useCall('relationships.list', { entityId });
  const entities = useCall('entities.list', {});
  const names = useMemo(() => new Map((entities.data?.items ?? []).map((e) => [e.id, e.name])), [entities.data]);

  if (relationships.isError) return <Alert color="red">{errorMessage(relationships.error)}</Alert>;
  if (relationships.isPending) return <Loader size="xs" />;
  const items = relationships.data.items;
  if (!items.length) {
    return (
      <Text size="xs" c="dimmed">
        No relationships yet. They are made from excerpts that tie two entities together.
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {items.map((r) => {
        const outgoing = r.fromEntityId === entityId;
        const otherId = outgoing ? r.toEntityId : r.fromEntityId;
        const other = (
          <Anchor size="xs" href={href({ screen: 'entities', id: otherId })}>
            {names.get(otherId) ?? 'another entity'}
          </Anchor>
        );
        return (
          <Group key={r.id} gap={6} wrap="nowrap">
            {outgoing ? <Text size="xs">This</Text> : other}
            <Badge size="xs" variant="light" style={{ textTransform: 'none' }}>
              {r.label || r.type}
            </Badge>
            <Text size="xs">→</Text>
            {outgoing ? other : <Text size="xs">this</Text>}
            <Text size="xs" c="dimmed">
              · {r.excerptIds.length} supporting excerpt(s)
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
