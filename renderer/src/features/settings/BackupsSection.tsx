// The library's backups: verified copies beside it (7 daily and 4 weekly are kept, and one is
// taken before each case-file import), each with the audit head it holds.
import { Button, Group, Loader, Table, Text } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useAction, useCall } from '../../api/hooks';
import { CopyValue } from '../../ui/CopyValue';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatBytes, formatDateTime } from '../../ui/format';
import { showSuccess } from '../../ui/notify';

const REASONS: Record<string, string> = {
  manual: 'Made by hand',
  'before-case-import': 'Before a case-file import',
  'before-merge': 'Before a merge',
  scheduled: 'Scheduled',
};

export function BackupsSection() {
  const backups = useCall('backups.list', {});
  const create = useAction('backups.create', {
    onSuccess: (b) => showSuccess(`Saved and verified ${b.path}.`, 'Library backed up'),
  });
  if (backups.error) return <ErrorNotice error={backups.error} title="The backups could not be listed" />;
  if (!backups.data) return <Loader size="sm" />;
  const items = backups.data.items;
  return (
    <div data-testid="backups">
      <Text fz="xs" c="dimmed" mb="xs">
        Verified copies beside the library (integrity, audit chain and head checked after writing). Seven daily and four
        weekly are kept; one is taken before case-file imports and merges (at most one an hour). Restore one with{' '}
        <code>casefile restore BACKUP --to NEW_PATH</code>.
      </Text>
      {items.length === 0 ? (
        <Text fz="sm" mb="xs" data-testid="backups-empty">
          No backups yet. Back up now to keep a verified copy of this library.
        </Text>
      ) : (
        <Table fz="xs" mb="xs" data-testid="backups-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Why</Table.Th>
              <Table.Th>Size</Table.Th>
              <Table.Th>Audit head</Table.Th>
              <Table.Th>File</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((b) => (
              <Table.Tr key={b.path}>
                <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
                <Table.Td>{REASONS[b.reason] ?? b.reason}</Table.Td>
                <Table.Td>{formatBytes(b.sizeBytes)}</Table.Td>
                <Table.Td>
                  {b.head ? <CopyValue value={b.head.hash} label="the backup's audit head" /> : 'empty'}
                </Table.Td>
                <Table.Td>
                  <CopyValue value={b.path} label="the backup's path" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconDatabaseExport size={14} />}
          onClick={() => create.mutate({})}
          loading={create.isPending}
          data-testid="backup-now"
        >
          Back up now
        </Button>
      </Group>
    </div>
  );
}
