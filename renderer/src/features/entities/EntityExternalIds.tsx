// External identifiers (a Wikidata id, a sanctions-list id): key/value pairs saved as a whole list,
// since the contract replaces the list on every update.
import { ActionIcon, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { Entity } from '../../../../shared/contract/schemas';
import { useAction } from '../../api/hooks';
import { CopyValue } from '../../ui/CopyValue';

export function EntityExternalIds({ entity }: { entity: Entity }) {
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const update = useAction('entities.update', {
    onSuccess: () => {
      setKey('');
      setValue('');
    },
  });
  const save = (externalIds: Entity['externalIds']) => update.mutate({ id: entity.id, externalIds });
  const add = () => {
    if (key.trim() && value.trim()) save([...entity.externalIds, { key: key.trim(), value: value.trim() }]);
  };
  return (
    <Stack gap={4}>
      {entity.externalIds.length === 0 && (
        <Text size="xs" c="dimmed">
          None yet. Add a Wikidata id, a sanctions-list entry or any other reference.
        </Text>
      )}
      {entity.externalIds.map((x) => (
        <Group key={`${x.key}:${x.value}`} gap={6} wrap="nowrap" data-testid="external-id">
          <Text size="xs" c="dimmed" w={110} truncate>
            {x.key}
          </Text>
          <CopyValue value={x.value} label={x.key} />
          <Tooltip label={`Remove ${x.key}`}>
            <ActionIcon
              size="xs"
              variant="subtle"
              color="gray"
              aria-label={`Remove identifier ${x.key}`}
              onClick={() => save(entity.externalIds.filter((y) => y !== x))}
            >
              <IconX size={12} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <Group gap={6} wrap="nowrap">
          <TextInput
            size="xs"
            w={130}
            placeholder="Key (wikidata)"
            aria-label="Identifier key"
            value={key}
            onChange={(e) => setKey(e.currentTarget.value)}
          />
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            maw={220}
            placeholder="Value (Q123…)"
            aria-label="Identifier value"
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
          />
          <Button
            type="submit"
            size="xs"
            variant="default"
            leftSection={<IconPlus size={12} />}
            disabled={!key.trim() || !value.trim()}
            loading={update.isPending}
          >
            Add
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
