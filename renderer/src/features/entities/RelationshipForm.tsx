// Linking this entity to another: the other one (type-ahead over names and aliases), how they are
// related, an optional label, and the excerpts that back the claim (those that mention this entity).
import { Button, Group, MultiSelect, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Entity, Excerpt } from '../../../../shared/contract/schemas';
import { useAction } from '../../api/hooks';
import { EntityPicker } from '../../ui/entities/EntityPicker';
import { RELATIONSHIP_OPTIONS, type RelationshipTypeName } from '../../ui/entities/relationshipTypes';

export function RelationshipForm({
  entity,
  excerpts,
  onDone,
}: {
  entity: Entity;
  excerpts: readonly Excerpt[];
  onDone: () => void;
}) {
  const [other, setOther] = useState<Entity | null>(null);
  const [type, setType] = useState<RelationshipTypeName>('affiliated-with');
  const [label, setLabel] = useState('');
  const [excerptIds, setExcerptIds] = useState<string[]>([]);
  const create = useAction('relationships.create', { onSuccess: onDone });
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="relationship-form">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (other)
            create.mutate({
              fromEntityId: entity.id,
              toEntityId: other.id,
              type,
              ...(label.trim() ? { label: label.trim() } : {}),
              excerptIds,
            });
        }}
      >
        <Stack gap={6}>
          <Group gap={6} grow>
            <Select
              size="xs"
              label={`${entity.name} is…`}
              data={RELATIONSHIP_OPTIONS}
              value={type}
              allowDeselect={false}
              onChange={(v) => v && setType(v as RelationshipTypeName)}
            />
            <EntityPicker
              label="Other entity"
              value={other?.id ?? null}
              onChange={setOther}
              exclude={[entity.id]}
              data-autofocus
            />
          </Group>
          <TextInput
            size="xs"
            label="Label (optional)"
            placeholder="e.g. state-run entity of"
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
          <MultiSelect
            size="xs"
            label="Backed by excerpts"
            placeholder={
              excerpts.length ? 'Choose excerpts that mention this entity' : 'No excerpt mentions this entity yet'
            }
            disabled={!excerpts.length}
            searchable
            data={excerpts.map((x) => ({
              value: x.id,
              label: `${x.grade} · ${x.exact.length > 80 ? `${x.exact.slice(0, 80)}…` : x.exact}`,
            }))}
            value={excerptIds}
            onChange={setExcerptIds}
          />
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button size="xs" type="submit" disabled={!other} loading={create.isPending}>
              Add relationship
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
