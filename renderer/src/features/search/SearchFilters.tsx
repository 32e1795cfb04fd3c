// The Search screen's filters: kind chips (none chosen means every kind), grade (source reliability
// and excerpt credibility), an entity the results mention, a case they belong to, a language, and
// capture and publication date ranges that accept partial dates ("2020", "March 2020").
import { Button, Chip, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useState } from 'react';
import type { DateRange, SearchFilters as Filters } from '../../../../shared/contract/schemas';
import { CREDIBILITY, CREDIBILITY_VALUES, type Credibility } from '../../../../shared/domain/admiralty';
import { useCall } from '../../api/hooks';
import { EntityPicker } from '../../ui/entities/EntityPicker';
import { ReliabilityFilterSelect } from '../../ui/grades/ReliabilityFilterSelect';
import { parseReliabilityFilter, toMinReliability } from '../../ui/grades/reliabilityFilter';
import { parsePublished } from '../../ui/metadata/metadataDraft';
import { KIND_INFO, SEARCH_KINDS, type SearchKind } from './kinds';
import { hasSearchFilters } from './searchRouteQuery';

interface Props {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

const CREDIBILITY_OPTIONS = [
  { value: 'any', label: 'Any credibility' },
  ...CREDIBILITY_VALUES.map((v) => ({ value: String(v), label: `At least ${v} – ${CREDIBILITY[v].label}` })),
  { value: 'ungraded', label: 'Ungraded excerpts only' },
];

/** Drops empty keys, so the route and the contract see only the filters in force. */
function compact(filters: Filters): Filters {
  return Object.fromEntries(
    Object.entries(filters).filter(
      ([, v]) =>
        v !== undefined &&
        v !== '' &&
        !(Array.isArray(v) && !v.length) &&
        !(typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length),
    ),
  ) as Filters;
}

type DateKey = 'captured' | 'published';

function DateRangeInputs({
  label,
  value,
  onChange,
}: {
  label: string;
  value: DateRange | undefined;
  onChange: (range: DateRange | undefined) => void;
}) {
  const [typed, setTyped] = useState({ from: value?.from ?? '', to: value?.to ?? '' });
  const apply = useDebouncedCallback(onChange, 300);
  const parsed = { from: parsePublished(typed.from), to: parsePublished(typed.to) };
  const update = (end: 'from' | 'to', text: string) => {
    const next = { ...typed, [end]: text };
    setTyped(next);
    const from = parsePublished(next.from);
    const to = parsePublished(next.to);
    if ('error' in from || 'error' in to) return;
    const range = { ...(from.value && { from: from.value }), ...(to.value && { to: to.value }) };
    apply(Object.keys(range).length ? range : undefined);
  };
  return (
    <Group gap={4} wrap="nowrap">
      {(['from', 'to'] as const).map((end) => (
        <TextInput
          key={end}
          size="xs"
          w={118}
          placeholder={`${label} ${end}`}
          aria-label={`${label} ${end}`}
          value={typed[end]}
          error={'error' in parsed[end] ? 'Not a date' : undefined}
          onChange={(e) => update(end, e.currentTarget.value)}
        />
      ))}
    </Group>
  );
}

export function SearchFilters({ filters, onChange }: Props) {
  const cases = useCall('cases.list', { includeArchived: true });
  const [language, setLanguage] = useState(filters.language ?? '');
  // Remount the date inputs when the filters are cleared or replaced (a saved search opened).
  const [generation, setGeneration] = useState(0);
  const set = (patch: Partial<Filters>) => onChange(compact({ ...filters, ...patch }));
  const applyLanguage = useDebouncedCallback((value: string) => set({ language: value.trim() || undefined }), 300);
  const setDates = (key: DateKey) => (range: DateRange | undefined) => set({ [key]: range });
  const credibility = filters.minCredibility === undefined ? 'any' : String(filters.minCredibility);

  return (
    <Stack gap={6} data-testid="search-filters">
      <Group gap="xs" justify="space-between">
        <Chip.Group
          multiple
          value={filters.kinds ?? []}
          onChange={(v) => set({ kinds: v.length ? (v as SearchKind[]) : undefined })}
        >
          <Group gap={6}>
            {SEARCH_KINDS.map((kind) => (
              <Chip key={kind} value={kind} size="xs" variant="light">
                {KIND_INFO[kind].label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Group gap="xs">
          <ReliabilityFilterSelect
            w={220}
            value={parseReliabilityFilter(filters.minReliability)}
            onChange={(v) => set({ minReliability: toMinReliability(v) })}
          />
          <Select
            size="xs"
            w={220}
            aria-label="Excerpt credibility"
            data={CREDIBILITY_OPTIONS}
            value={credibility}
            allowDeselect={false}
            onChange={(v) =>
              set({
                minCredibility:
                  v === 'ungraded' ? 'ungraded' : v && v !== 'any' ? (Number(v) as Credibility) : undefined,
              })
            }
          />
        </Group>
      </Group>
      <Group gap="xs" key={generation}>
        <EntityPicker
          w={190}
          aria-label="Mentions entity"
          placeholder="Mentions entity…"
          clearable
          value={filters.entityId ?? null}
          onChange={(entity) => set({ entityId: entity?.id })}
        />
        <Select
          size="xs"
          w={170}
          aria-label="In case"
          placeholder="In case…"
          searchable
          clearable
          data={(cases.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
          value={filters.caseId ?? null}
          onChange={(id) => set({ caseId: id ?? undefined })}
        />
        <TextInput
          size="xs"
          w={84}
          aria-label="Language"
          placeholder="Language"
          value={language}
          onChange={(e) => {
            setLanguage(e.currentTarget.value);
            applyLanguage(e.currentTarget.value);
          }}
        />
        <DateRangeInputs label="Captured" value={filters.captured} onChange={setDates('captured')} />
        <DateRangeInputs label="Published" value={filters.published} onChange={setDates('published')} />
        {hasSearchFilters(filters) && (
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            leftSection={<IconFilterOff size={14} />}
            onClick={() => {
              setLanguage('');
              setGeneration((g) => g + 1);
              onChange({});
            }}
          >
            Clear filters
          </Button>
        )}
      </Group>
    </Stack>
  );
}
