// The Trash: deleted articles with what went with them, each restorable exactly as it was. Emptying
// (everything, or one article) removes them for good with the originals nothing else needs; it
// asks first, and the library's audit log records it.
import { Button, EmptyState, Group, Loader, Modal, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconTrash, IconTrashX } from '@tabler/icons-react';
import { useState } from 'react';
import type { TrashItem } from '../../../../shared/contract/schemas';
import { articleLabel } from '../../../../shared/domain/untitled';
import { useAction, useCall } from '../../api/hooks';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatCount, formatDateTime } from '../../ui/format';
import { notifications } from '@mantine/notifications';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

function whatWentWith(item: TrashItem): string {
  const parts = [
    item.excerpts && plural(item.excerpts, 'excerpt', 'excerpts'),
    item.mentions && plural(item.mentions, 'mention', 'mentions'),
    item.caseItems && plural(item.caseItems, 'case item', 'case items'),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing else';
}

/** What is about to be removed for good: null when nothing is asked. */
type Emptying = { ids: string[]; label: string } | null;

export function TrashPage() {
  const trash = useCall('trash.list', {});
  const restore = useAction('articles.restore', {
    onSuccess: ({ restored, dropped }) =>
      notifications.show({
        color: 'gray',
        message: `${plural(restored.length, 'article', 'articles')} restored${dropped.length ? ` (gone meanwhile, not restored: ${dropped.join(', ')})` : ''}.`,
        autoClose: 4000,
      }),
  });
  const empty = useAction('trash.empty', {
    onSuccess: ({ emptied }) =>
      notifications.show({
        color: 'gray',
        message: `${plural(emptied.length, 'article', 'articles')} removed for good.`,
        autoClose: 4000,
      }),
  });
  const [asking, setAsking] = useState<Emptying>(null);
  const items = trash.data?.items ?? [];

  const confirm = () => {
    if (!asking) return;
    empty.mutate(asking.ids.length ? { ids: asking.ids } : {}, { onSettled: () => setAsking(null) });
  };

  return (
    <Stack gap={0} h="100%" data-testid="trash-page">
      <Group justify="space-between" p="sm" pb="xs" wrap="nowrap">
        <Group gap="xs" align="baseline">
          <Title order={3}>Trash</Title>
          <Text fz="sm" c="dimmed" data-testid="trash-count">
            {trash.data ? plural(items.length, 'article', 'articles') : ''}
          </Text>
        </Group>
        <Button
          color="red"
          variant="light"
          leftSection={<IconTrashX size={14} />}
          disabled={!items.length}
          onClick={() =>
            setAsking({
              ids: [],
              label:
                items.length === 1
                  ? 'The one article in the Trash'
                  : `All ${plural(items.length, 'article', 'articles')} in the Trash`,
            })
          }
          data-testid="empty-trash"
        >
          Empty Trash…
        </Button>
      </Group>
      <Text fz="sm" c="dimmed" px="sm" pb="xs">
        Deleted articles wait here with their excerpts, mentions and case items, out of every list, search, chart and
        export. Restore puts each back exactly as it was; emptying removes it for good, and the audit log records it.
      </Text>
      {trash.error ? (
        <ErrorNotice error={trash.error} title="The Trash could not be read" onRetry={() => void trash.refetch()} />
      ) : !trash.data ? (
        <Group justify="center" p="xl">
          <Loader size="sm" />
        </Group>
      ) : !items.length ? (
        <EmptyState
          mt="xl"
          icon={<IconTrash size={32} />}
          title="The Trash is empty"
          description="Articles you delete from the Library or an article's page wait here until you empty the Trash."
          data-testid="trash-empty"
        />
      ) : (
        <ScrollArea style={{ flex: 1 }} type="auto">
          <Table striped highlightOnHover verticalSpacing={6} data-testid="trash-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Article</Table.Th>
                <Table.Th>Deleted</Table.Th>
                <Table.Th>Went with it</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.articleId} data-testid="trash-row">
                  <Table.Td style={{ maxWidth: 360 }}>
                    <Text fz="sm" fw={500} truncate dir="auto" title={articleLabel(item.title)}>
                      {articleLabel(item.title)}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      captured {formatDateTime(item.capturedAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">{formatDateTime(item.trashedAt)}</Text>
                    <Text fz="xs" c="dimmed">
                      by {item.trashedBy}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">{whatWentWith(item)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        leftSection={<IconArrowBackUp size={14} />}
                        loading={restore.isPending && restore.variables?.ids.includes(item.articleId)}
                        onClick={() => restore.mutate({ ids: [item.articleId] })}
                        data-testid="trash-restore"
                      >
                        Restore
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => setAsking({ ids: [item.articleId], label: `“${articleLabel(item.title)}”` })}
                        data-testid="trash-delete-forever"
                      >
                        Delete for good…
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking?.ids.length ? 'Delete for good?' : 'Empty the Trash?'}
        centered
      >
        <Stack gap="sm" data-testid="empty-trash-confirm">
          <Text size="sm">
            {asking?.label} will be removed for good, with{' '}
            {asking?.ids.length === 1 || items.length === 1 ? 'its' : 'their'} excerpts, mentions and case items, and
            every original nothing else in the library needs. This cannot be undone; the audit log keeps the record of
            what was removed, when and by whom.
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setAsking(null)}>
              Cancel
            </Button>
            <Button color="red" loading={empty.isPending} onClick={confirm} data-testid="empty-trash-confirm-button">
              {asking?.ids.length ? 'Delete for good' : 'Empty Trash'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
