// Who the excerpt's information comes from. The article's publisher and the sources under it come
// first (an article mostly cites its own people); a name that matches nothing can be created on the
// spot as a human source under the publisher, as the walkthrough's "Daily NK source (Ryanggang
// Province)" is.
import { Badge, Group, Select, Text, type ComboboxItem, type ComboboxItemGroup } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Source } from '../../../../../shared/contract/schemas';
import { api } from '../../../api/client';
import { invalidateAfter, useCall } from '../../../api/hooks';
import { showError } from '../../../ui/notify';
import { gradeColor } from '../../../ui/grades/grades';

const CREATE = '__create__';

interface SourcePickerProps {
  value: string | null;
  onChange: (sourceId: string | null) => void;
  publisherSourceId: string | null;
}

export function sourceGroups(
  sources: readonly Source[],
  publisherSourceId: string | null,
): ComboboxItemGroup<ComboboxItem>[] {
  const item = (s: Source): ComboboxItem => ({ value: s.id, label: s.name });
  const byName = (a: Source, b: Source) => a.name.localeCompare(b.name);
  const own = sources.filter(
    (s) => publisherSourceId && (s.id === publisherSourceId || s.parentId === publisherSourceId),
  );
  const ownIds = new Set(own.map((s) => s.id));
  const publisher = own.filter((s) => s.id === publisherSourceId);
  const cited = own.filter((s) => s.id !== publisherSourceId).sort(byName);
  const rest = sources.filter((s) => !ownIds.has(s.id)).sort(byName);
  return [
    ...(own.length
      ? [{ group: 'This article’s publisher and its sources', items: [...publisher, ...cited].map(item) }]
      : []),
    ...(rest.length ? [{ group: own.length ? 'Other sources' : 'Sources', items: rest.map(item) }] : []),
  ];
}

export function SourcePicker({ value, onChange, publisherSourceId }: SourcePickerProps) {
  const sources = useCall('sources.list', {});
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const items = useMemo(() => sources.data?.items ?? [], [sources.data]);
  const byId = useMemo(() => new Map(items.map((s) => [s.id, s])), [items]);
  const publisher = publisherSourceId ? byId.get(publisherSourceId) : undefined;
  const name = search.trim();
  const canCreate =
    name.length > 0 &&
    !items.some((s) => s.name.toLowerCase() === name.toLowerCase()) &&
    byId.get(value ?? '')?.name !== search;
  const data = [
    ...sourceGroups(items, publisherSourceId),
    ...(canCreate
      ? [
          {
            group: 'New',
            items: [{ value: CREATE, label: `+ New source “${name}”${publisher ? ` under ${publisher.name}` : ''}` }],
          },
        ]
      : []),
  ];

  async function create() {
    setCreating(true);
    try {
      const source = await api.call('sources.create', { name, kind: 'human-source', parentId: publisherSourceId });
      await invalidateAfter('sources.create');
      onChange(source.id);
      setSearch(source.name);
    } catch (error) {
      showError(error, 'The source was not created');
    } finally {
      setCreating(false);
    }
  }

  return (
    <Select
      size="xs"
      label="Source"
      placeholder="Who says so? Pick or type a new name"
      searchable
      clearable
      disabled={creating}
      nothingFoundMessage="No source by that name"
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next) => (next === CREATE ? void create() : onChange(next))}
      // The create option must survive filtering: its label already contains the search text.
      renderOption={({ option }) => {
        const source = byId.get(option.value);
        return (
          <Group gap={6} wrap="nowrap" justify="space-between" w="100%">
            <Text fz="xs" truncate>
              {option.label}
            </Text>
            {source && (
              <Badge
                size="xs"
                radius="sm"
                variant={source.reliability ? 'filled' : 'outline'}
                color={gradeColor(source.reliability)}
              >
                {source.reliability ?? '–'}
              </Badge>
            )}
          </Group>
        );
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
