// Creating an entity: from the Entities screen (then it opens), or from an article's text or a
// candidate (then the caller tags the span with it, so `onCreated` replaces the navigation).
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { normalizeAlias } from '../../../../shared/domain/aliases';
import type { Entity } from '../../../../shared/contract/schemas';
import { useAction, useCall } from '../../api/hooks';
import { navigate } from '../../app/route';
import { showSuccess } from '../notify';
import { parseAliasList } from './aliasList';
import { ENTITY_TYPE_OPTIONS, type EntityTypeName } from './entityTypes';

interface Props {
  opened: boolean;
  onClose: () => void;
  defaultType: EntityTypeName | null;
  initialName?: string;
  onCreated?: (entity: Entity) => void;
}

export function CreateEntityModal({ opened, onClose, defaultType, initialName = '', onCreated }: Props) {
  const [name, setName] = useState(initialName);
  const [type, setType] = useState<EntityTypeName>(defaultType ?? 'person');
  const [aliases, setAliases] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setName(initialName);
    setType(defaultType ?? 'person');
    setAliases('');
    setTouched(false);
  }, [opened, defaultType, initialName]);

  // A name that is already an entity's name or alias offers that entity instead of a duplicate.
  const [typedName] = useDebouncedValue(name.trim(), 200);
  const sameName = useCall('entities.list', { query: typedName }, { enabled: opened && typedName.length > 0 });
  const existing = typedName
    ? sameName.data?.items.find((e) =>
        [e.name, ...e.aliases.map((a) => a.text)].some((n) => normalizeAlias(n) === normalizeAlias(typedName)),
      )
    : undefined;
  const chooseExisting = (e: Entity) => {
    onClose();
    if (onCreated) onCreated(e);
    else navigate({ screen: 'entities', id: e.id });
  };

  const create = useAction('entities.create', {
    onSuccess: (e) => {
      showSuccess(`Entity “${e.name}” created.`);
      onClose();
      if (onCreated) onCreated(e);
      else navigate({ screen: 'entities', id: e.id });
    },
  });

  function submit() {
    setTouched(true);
    if (!name.trim()) return;
    create.mutate({ name: name.trim(), type, aliases: parseAliasList(aliases) });
  }

  return (
    <Modal opened={opened} onClose={onClose} title="New entity" size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="xs">
          <TextInput
            label="Name"
            required
            data-autofocus
            size="sm"
            value={name}
            error={touched && !name.trim() ? 'Give the entity a name.' : null}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          {existing && (
            <Alert color="yellow" p="xs" data-testid="entity-exists">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm">
                  “{typedName}” is already{' '}
                  {normalizeAlias(existing.name) === normalizeAlias(typedName) ? 'the entity' : 'an alias of'} “
                  {existing.name}”.
                </Text>
                <Button size="compact-sm" onClick={() => chooseExisting(existing)} style={{ flexShrink: 0 }}>
                  Use it
                </Button>
              </Group>
            </Alert>
          )}
          <Select
            label="Type"
            size="sm"
            data={ENTITY_TYPE_OPTIONS}
            value={type}
            allowDeselect={false}
            onChange={(v) => v && setType(v as EntityTypeName)}
          />
          <Textarea
            label="Aliases"
            description="Other spellings and scripts, separated by commas or new lines (Kim Yo-jong, 김여정). Ctrl+Enter creates."
            size="sm"
            autosize
            minRows={2}
            maxRows={6}
            value={aliases}
            onChange={(e) => setAliases(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submit();
              }
            }}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" size="xs" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" size="xs" loading={create.isPending}>
              Create entity
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
