// One library per investigation: create a new one, open another by its path, or pick a recent one.
// The browser host has no native file dialog, so the path is typed; the desktop app uses the same UI.
import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useAction, useCall } from '../../api/hooks';
import { navigate } from '../../app/route';
import { formatDateTime } from '../../ui/format';
import { showSuccess } from '../../ui/notify';

export function LibrarySwitcher({ currentPath }: { currentPath: string }) {
  const recent = useCall('library.recent', {});
  const [mode, setMode] = useState<'open' | 'create'>('open');
  const [path, setPath] = useState('');
  const [error, setError] = useState<string>();
  const open = useAction('library.open', {
    onSuccess: (info) => {
      showSuccess(info.path, 'Library opened');
      setPath('');
      navigate({ screen: 'library' });
    },
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!path.trim()) {
      setError('Type the full path of a .casefile file.');
      return;
    }
    setError(undefined);
    open.mutate({ path: path.trim(), create: mode === 'create' });
  };
  const others = (recent.data?.items ?? []).filter((r) => r.path !== currentPath);
  return (
    <Stack gap="sm">
      <form onSubmit={submit}>
        <Stack gap="xs">
          <SegmentedControl
            size="xs"
            w={260}
            value={mode}
            onChange={(v) => setMode(v as 'open' | 'create')}
            data={[
              { value: 'open', label: 'Open library…' },
              { value: 'create', label: 'New library…' },
            ]}
          />
          <Group align="flex-start" gap="xs">
            <TextInput
              aria-label={mode === 'create' ? 'Path of the new library' : 'Path of the library to open'}
              placeholder={
                mode === 'create' ? '/home/me/Investigations/border-trade.casefile' : '/path/to/library.casefile'
              }
              value={path}
              onChange={(e) => setPath(e.currentTarget.value)}
              error={error}
              style={{ flex: 1 }}
              ff="monospace"
            />
            <Button type="submit" loading={open.isPending}>
              {mode === 'create' ? 'Create and open' : 'Open'}
            </Button>
          </Group>
        </Stack>
      </form>
      <div>
        <Text fz="sm" fw={600} mb={4}>
          Recent libraries
        </Text>
        {others.length === 0 ? (
          <Text fz="xs" c="dimmed">
            Libraries you open appear here.
          </Text>
        ) : (
          <Table>
            <Table.Tbody>
              {others.map((r) => (
                <Table.Tr key={r.path}>
                  <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
                    <Anchor
                      component="button"
                      type="button"
                      fz="xs"
                      onClick={() => open.mutate({ path: r.path, create: false })}
                    >
                      {r.path}
                    </Anchor>
                  </Table.Td>
                  <Table.Td c="dimmed" w={130}>
                    {formatDateTime(r.openedAt)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </div>
    </Stack>
  );
}
