// Saved searches beside the results: save what is typed and filtered under a name; open one (its
// query and filters go into the route, so Back returns to the search before); rename or delete it.
import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconBookmark, IconBookmarkPlus, IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import type { SavedSearch, SearchFilters } from '../../../../shared/contract/schemas';
import { useAction, useCall } from '../../api/hooks';
import { errorMessage } from '../../ui/notify';

interface Props {
  query: string;
  filters: SearchFilters;
  onOpen: (saved: SavedSearch) => void;
}

type Naming = { mode: 'save' } | { mode: 'rename'; saved: SavedSearch };

function NameModal({
  naming,
  onClose,
  onSubmit,
  error,
  busy,
}: {
  naming: Naming | null;
  onClose: () => void;
  onSubmit: (name: string) => void;
  error: string | undefined;
  busy: boolean;
}) {
  const [name, setName] = useState('');
  const submit = () => onSubmit(name);
  return (
    <Modal
      opened={naming !== null}
      onClose={onClose}
      title={naming?.mode === 'rename' ? `Rename “${naming.saved.name}”` : 'Save this search'}
      size="sm"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <TextInput
            data-autofocus
            label="Name"
            placeholder="e.g. Kim Yo-jong, B or better, since 2020"
            value={name}
            error={error}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={!name.trim()}>
              {naming?.mode === 'rename' ? 'Rename' : 'Save'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function SavedSearches({ query, filters, onOpen }: Props) {
  const list = useCall('savedSearches.list', {});
  const [naming, setNaming] = useState<Naming | null>(null);
  const [error, setError] = useState<string>();
  const close = () => {
    setNaming(null);
    setError(undefined);
  };
  const save = useAction('savedSearches.save', { silent: true, onSuccess: close });
  const rename = useAction('savedSearches.rename', { silent: true, onSuccess: close });
  const remove = useAction('savedSearches.delete');
  const items = list.data?.items ?? [];

  const submit = (name: string) => {
    const onError = (e: unknown) => setError(errorMessage(e));
    if (naming?.mode === 'rename') rename.mutate({ id: naming.saved.id, name }, { onError });
    else save.mutate({ name, query, filters }, { onError });
  };

  return (
    <Group gap={6} wrap="wrap" data-testid="saved-searches" aria-label="Saved searches">
      <Text size="xs" c="dimmed">
        Saved searches:
      </Text>
      {items.length === 0 && (
        <Text size="xs" c="dimmed" fs="italic">
          none yet
        </Text>
      )}
      {items.map((s) => (
        <Group key={s.id} gap={0} wrap="nowrap" data-testid="saved-search">
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconBookmark size={12} />}
            title={`${s.query}${Object.keys(s.filters).length ? ' (with filters)' : ''}`}
            onClick={() => onOpen(s)}
          >
            {s.name}
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`More for ${s.name}`}>
                <IconDots size={12} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => setNaming({ mode: 'rename', saved: s })}>Rename…</Menu.Item>
              <Menu.Item color="red" onClick={() => remove.mutate({ id: s.id })}>
                Delete
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      ))}
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconBookmarkPlus size={14} />}
        disabled={!query.trim()}
        onClick={() => setNaming({ mode: 'save' })}
      >
        Save search
      </Button>
      <NameModal
        key={naming ? (naming.mode === 'rename' ? naming.saved.id : 'save') : 'closed'}
        naming={naming}
        onClose={close}
        onSubmit={submit}
        error={error}
        busy={save.isPending || rename.isPending}
      />
    </Group>
  );
}
