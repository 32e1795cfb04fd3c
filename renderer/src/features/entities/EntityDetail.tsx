import { Alert, Badge, Center, Divider, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useCall } from '../../api/hooks';
import { errorMessage } from '../../ui/notify';
import { EntityAliases } from './EntityAliases';
import { EntityMentions } from './EntityMentions';
import { EntityRelationships } from './EntityRelationships';
import { ENTITY_TYPE_INFO, EntityTypeIcon } from './entityTypes';

export function EntityDetail({ id }: { id: string }) {
  const entity = useCall('entities.get', { id });
  if (entity.isError) {
    return (
      <Alert color="red" title="Could not open the entity">
        {errorMessage(entity.error)}
      </Alert>
    );
  }
  if (entity.isPending) {
    return (
      <Center p="lg">
        <Loader size="sm" />
      </Center>
    );
  }
  const e = entity.data;
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <EntityTypeIcon type={e.type} size="lg" />
          <div>
            <Title order={4}>{e.name}</Title>
            <Text size="xs" c="dimmed">
              {ENTITY_TYPE_INFO[e.type].label} · {e.mentionCount} accepted mention(s)
            </Text>
          </div>
        </Group>
        {e.description.text && (
          <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
            {e.description.text}
          </Text>
        )}
        {e.tags.length > 0 && (
          <Group gap={4}>
            {e.tags.map((t) => (
              <Badge key={t} size="xs" variant="default" style={{ textTransform: 'none' }}>
                {t}
              </Badge>
            ))}
          </Group>
        )}
        <Divider label="Aliases" labelPosition="left" />
        <EntityAliases entity={e} />
        {e.externalIds.length > 0 && (
          <>
            <Divider label="External ids" labelPosition="left" />
            <Stack gap={2}>
              {e.externalIds.map((x) => (
                <Text key={`${x.key}:${x.value}`} size="xs">
                  <Text span size="xs" c="dimmed">
                    {x.key}:
                  </Text>{' '}
                  {x.value}
                </Text>
              ))}
            </Stack>
          </>
        )}
        <Divider label="Mentions" labelPosition="left" />
        <EntityMentions entityId={e.id} />
        <Divider label="Relationships" labelPosition="left" />
        <EntityRelationships entityId={e.id} />
      </Stack>
    </Paper>
  );
}
