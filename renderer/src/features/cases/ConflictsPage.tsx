// Conflicts from case-file imports: items both we and a teammate changed since they last agreed.
// Both versions were kept; here the analyst sees the fields that differ side by side and chooses.
import { Anchor, Badge, Button, EmptyState, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconGitMerge } from '@tabler/icons-react';
import type { MethodOutput } from '../../../../shared/contract/methods';
import { useAction, useCall } from '../../api/hooks';
import { href, type Route } from '../../app/route';
import { formatDateTime } from '../../ui/format';
import { showSuccess } from '../../ui/notify';
import { conflictTitle, differingFields } from './conflictDiff';
import { QueryStatus } from '../../ui/QueryStatus';

type ConflictItem = MethodOutput<'conflicts.list'>['items'][number];

function objectRoute(kind: ConflictItem['objectKind'], id: string): Route | null {
  switch (kind) {
    case 'article':
      return { screen: 'article', id };
    case 'source':
      return { screen: 'sources', id };
    case 'entity':
      return { screen: 'entities', id };
    case 'case':
      return { screen: 'cases', id };
    default:
      return null;
  }
}

function ConflictCard({ conflict }: { conflict: ConflictItem }) {
  const resolve = useAction('conflicts.resolve', { onSuccess: () => showSuccess('Conflict resolved.') });
  const fields = differingFields(conflict.local, conflict.remote);
  const title = conflictTitle(conflict.local, conflict.remote) || conflict.objectId;
  const route = objectRoute(conflict.objectKind, conflict.objectId);
  const choose = (keep: 'local' | 'remote') => resolve.mutate({ id: conflict.id, keep });
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="conflict">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Badge variant="light" color="orange">
              {conflict.objectKind}
            </Badge>
            {route ? (
              <Anchor href={href(route)} size="sm" fw={500} lineClamp={1}>
                {title}
              </Anchor>
            ) : (
              <Text size="sm" fw={500} lineClamp={1}>
                “{title}”
              </Text>
            )}
          </Group>
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            found {formatDateTime(conflict.detectedAt)}
          </Text>
        </Group>
        <Table withTableBorder withColumnBorders layout="fixed" fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={160}>Field</Table.Th>
              <Table.Th>Mine (this library)</Table.Th>
              <Table.Th>Theirs (the case file)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text size="xs" c="dimmed">
                    The versions differ only in how they are stored; either choice keeps the same content.
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              fields.map((f) => (
                <Table.Tr key={f.field} data-testid="conflict-field">
                  <Table.Td fw={500}>{f.label}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{f.local}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{f.remote}</Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            onClick={() => choose('local')}
            loading={resolve.isPending && resolve.variables?.keep === 'local'}
            disabled={resolve.isPending}
          >
            Keep mine
          </Button>
          <Button
            onClick={() => choose('remote')}
            loading={resolve.isPending && resolve.variables?.keep === 'remote'}
            disabled={resolve.isPending}
          >
            Take theirs
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function ConflictsPage() {
  const list = useCall('conflicts.list', {});
  return (
    <Stack gap="sm" p="md" maw={960} data-testid="conflicts-page">
      <Anchor size="xs" href={href({ screen: 'cases' })}>
        <Group gap={4}>
          <IconArrowLeft size={12} />
          All cases
        </Group>
      </Anchor>
      <Group justify="space-between">
        <Title order={3}>Conflicts</Title>
        {list.data && (
          <Text size="xs" c="dimmed" data-testid="conflicts-count">
            {list.data.items.length} open
          </Text>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        Each item below was changed both here and by the teammate whose case file you imported. Nothing was overwritten:
        choose which version to keep.
      </Text>
      {!list.isSuccess ? (
        <QueryStatus query={list} what="the conflicts" />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          icon={<IconGitMerge size={28} />}
          title="No open conflicts"
          description="Imported case files merged without any edit clashing with yours."
        />
      ) : (
        list.data.items.map((c) => <ConflictCard key={c.id} conflict={c} />)
      )}
    </Stack>
  );
}
