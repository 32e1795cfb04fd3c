// Choosing an existing entity by typing part of its name or any alias (any script); each option
// shows the type's icon so two same-named entities of different types are told apart.
import { Group, Select, Text, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import type { Entity } from '../../../../shared/contract/schemas';
import { useCall } from '../../api/hooks';
import { searchEntities } from './entitySearch';
import { ENTITY_TYPE_INFO, EntityTypeIcon } from './entityTypes';

interface Props extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'filter' | 'renderOption'> {
  value: string | null;
  onChange: (entity: Entity | null) => void;
  /** Entities not to offer (the one being edited). */
  exclude?: readonly string[];
}

export function EntityPicker({ value, onChange, exclude = [], ...props }: Props) {
  const list = useCall('entities.list', {});
  const entities = useMemo(() => (list.data?.items ?? []).filter((e) => !exclude.includes(e.id)), [list.data, exclude]);
  const byId = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);
  return (
    <Select
      searchable
      size="xs"
      placeholder="Type a name or alias"
      nothingFoundMessage={list.isPending ? 'Loading…' : 'No entity has that name or alias'}
      {...props}
      data={entities.map((e) => ({ value: e.id, label: e.name }))}
      value={value}
      onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
      // The backend's alias rules, not Mantine's substring match, decide what is offered.
      filter={({ search }) => {
        const ids = new Set(searchEntities(entities, search).map((h) => h.entity.id));
        return entities.filter((e) => ids.has(e.id)).map((e) => ({ value: e.id, label: e.name }));
      }}
      renderOption={({ option }) => {
        const e = byId.get(option.value);
        if (!e) return option.label;
        return (
          <Group gap={6} wrap="nowrap">
            <EntityTypeIcon type={e.type} size="sm" />
            <div>
              <Text size="sm">{e.name}</Text>
              <Text size="xs" c="dimmed">
                {ENTITY_TYPE_INFO[e.type].label}
                {e.aliases.length ? ` · ${e.aliases.map((a) => a.text).join(' · ')}` : ''}
              </Text>
            </div>
          </Group>
        );
      }}
    />
  );
}
