// Tagging a selected span: as an existing entity (type-ahead over names and aliases, showing the
// type) or as a new one. Either way the mention keeps the selection's exact code-point span.
import { Button, Divider, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Entity } from '../../../../../shared/contract/schemas';
import { guessEntityType } from '../../../../../shared/domain/candidates';
import { api } from '../../../api/client';
import { invalidateAfter, useAction } from '../../../api/hooks';
import { showError, showSuccess } from '../../../ui/notify';
import { EntityPicker } from '../../../ui/entities/EntityPicker';
import { ENTITY_TYPE_OPTIONS, type EntityTypeName } from '../../../ui/entities/entityTypes';
import { requestTagEntity, useTagRequest } from './tagEntityStore';

export function TagEntityDialog({ articleId }: { articleId: string }) {
  const request = useTagRequest();
  const open = request !== null && request.articleId === articleId;
  const [existing, setExisting] = useState<Entity | null>(null);
  const [name, setName] = useState('');
  const [type, setType] = useState<EntityTypeName>('person');
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    setExisting(null);
    setName(request?.text.trim() ?? '');
    // The type the words suggest ("… Province" is a location), else a person.
    setType(guessEntityType(request?.text ?? '') ?? 'person');
  }, [request]);
  const close = () => requestTagEntity(null);
  const tag = useAction('mentions.create', {
    onSuccess: () => {
      showSuccess(`“${request?.text ?? ''}” tagged.`);
      close();
    },
  });
  if (!open) return null;
  const span = { articleId, start: request.start, end: request.end };

  async function createAndTag() {
    setCreating(true);
    try {
      const entity = await api.call('entities.create', { name: name.trim(), type });
      await api.call('mentions.create', { entityId: entity.id, ...span });
      await invalidateAfter('mentions.create');
      showSuccess(`Entity “${entity.name}” created and tagged.`);
      close();
    } catch (error) {
      showError(error);
    } finally {
      setCreating(false);
    }
  }

  return (
    <Modal opened onClose={close} title={`Tag “${request.text}”`} size="md">
      <Stack gap="sm">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (existing) tag.mutate({ entityId: existing.id, ...span });
          }}
        >
          <Stack gap={6}>
            <EntityPicker
              label="Existing entity"
              size="sm"
              value={existing?.id ?? null}
              onChange={setExisting}
              defaultSearchValue={request.text.trim()}
              openOnFocus={false}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button type="submit" size="xs" disabled={!existing} loading={tag.isPending}>
                Tag as this entity
              </Button>
            </Group>
          </Stack>
        </form>
        <Divider label="or a new entity" labelPosition="center" />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) void createAndTag();
          }}
        >
          <Stack gap={6}>
            <Group gap={6} grow>
              <TextInput size="xs" label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
              <Select
                size="xs"
                label="Type"
                data={ENTITY_TYPE_OPTIONS}
                value={type}
                allowDeselect={false}
                onChange={(v) => v && setType(v as EntityTypeName)}
              />
            </Group>
            <Text size="xs" c="dimmed">
              Aliases and a description can be added on the entity’s page.
            </Text>
            <Group justify="flex-end">
              <Button type="submit" size="xs" variant="default" disabled={!name.trim()} loading={creating}>
                Create and tag
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
