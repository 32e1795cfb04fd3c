// The mentions accepted in this article, grouped by entity; removing one is undoable.
import { ActionIcon, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { Entity, Mention } from '../../../../../shared/contract/schemas';
import { useAction } from '../../../api/hooks';
import { EntityLink } from '../../../ui/entities/EntityLink';
import { showMentionRemoved } from './mentionUndo';
import { SpanContext } from './SpanContext';

function TaggedLine({ mention, entityName, text }: { mention: Mention; entityName: string; text: string }) {
  const remove = useAction('mentions.delete', { onSuccess: (removed) => showMentionRemoved(removed, entityName) });
  return (
    <Group gap={4} wrap="nowrap" align="flex-start" data-testid="tagged-mention">
      <div style={{ flex: 1, minWidth: 0 }}>
        <SpanContext text={text} start={mention.start} end={mention.end} />
      </div>
      <Tooltip label="Remove this tag">
        <ActionIcon
          size="sm"
          variant="subtle"
          color="gray"
          aria-label={`Remove tag “${mention.exact}” (${entityName})`}
          loading={remove.isPending}
          onClick={() => remove.mutate({ id: mention.id })}
        >
          <IconX size={14} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

export function TaggedMentions({
  mentions,
  entities,
  text,
}: {
  mentions: readonly Mention[];
  entities: ReadonlyMap<string, Entity>;
  text: string;
}) {
  const groups = useMemo(() => {
    const byEntity = new Map<string, Mention[]>();
    for (const m of mentions) {
      if (m.status !== 'accepted') continue;
      byEntity.set(m.entityId, [...(byEntity.get(m.entityId) ?? []), m]);
    }
    return [...byEntity];
  }, [mentions]);
  if (!groups.length) {
    return (
      <Text size="xs" c="dimmed">
        Nothing tagged yet. Accept a suggestion, or select text and choose “Tag entity”.
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {groups.map(([entityId, list]) => {
        const e = entities.get(entityId);
        const name = e?.name ?? 'Entity';
        return (
          <Paper key={entityId} withBorder p={6} radius="sm" data-testid="tagged-group" data-entity={name}>
            {/* From the article, the entity's page opens on where else it is mentioned. */}
            <EntityLink id={entityId} name={name} type={e?.type ?? 'other'} extra={`${list.length}×`} tab="mentions" />
            <Stack gap={2} mt={4}>
              {list.map((m) => (
                <TaggedLine key={m.id} mention={m} entityName={name} text={text} />
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
