import { Group, Select, TextInput } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useState } from 'react';
import { CREDIBILITY, CREDIBILITY_VALUES, type Credibility } from '../../../../shared/domain/admiralty';
import { parsePartialDate } from '../../../../shared/domain/partialDate';
import { useCall } from '../../api/hooks';
import type { ReliabilityFilter } from '../../ui/grades/reliabilityFilter';
import { ReliabilityFilterSelect } from '../../ui/grades/ReliabilityFilterSelect';
import type { CredibilityFilter } from './excerptRows';

const CREDIBILITY_OPTIONS = [
  { value: 'any', label: 'Any credibility' },
  ...CREDIBILITY_VALUES.map((c) => ({ value: String(c), label: `${c} – ${CREDIBILITY[c].label}` })),
  { value: 'ungraded', label: 'Not graded yet' },
];

export interface ExcerptFilterState {
  text: string;
  tag: string | null;
  credibility: CredibilityFilter;
  reliability: ReliabilityFilter;
  sourceId: string | null;
  /** Event-date bounds as stored ('2020-03'); what was typed is kept in the inputs themselves. */
  dateFrom: string;
  dateTo: string;
}

/** A partial-date input that reports its stored form, or '' while empty or unreadable. */
function DateBound({ label, onChange }: { label: string; onChange: (value: string) => void }) {
  const [typed, setTyped] = useState('');
  let error: string | undefined;
  try {
    if (typed.trim()) parsePartialDate(typed);
  } catch {
    error = 'Not a date';
  }
  return (
    <TextInput
      size="xs"
      w={120}
      aria-label={label}
      placeholder={label}
      value={typed}
      error={error}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setTyped(next);
        try {
          onChange(next.trim() ? parsePartialDate(next).value : '');
        } catch {
          // keep the last readable bound until the analyst finishes typing
        }
      }}
    />
  );
}

interface Props {
  value: ExcerptFilterState;
  onChange: (value: ExcerptFilterState) => void;
  tags: string[];
}

export function ExcerptFilters({ value, onChange, tags }: Props) {
  const sources = useCall('sources.list', {});
  const set = <K extends keyof ExcerptFilterState>(key: K, v: ExcerptFilterState[K]) =>
    onChange({ ...value, [key]: v });
  return (
    <Group gap="xs" wrap="wrap">
      <TextInput
        size="xs"
        w={200}
        aria-label="Filter by text"
        placeholder="Filter quote, article, source, note"
        leftSection={<IconFilter size={14} />}
        value={value.text}
        onChange={(e) => set('text', e.currentTarget.value)}
      />
      <ReliabilityFilterSelect value={value.reliability} onChange={(v) => set('reliability', v)} w={220} />
      <Select
        size="xs"
        w={200}
        aria-label="Credibility"
        data={CREDIBILITY_OPTIONS}
        value={String(value.credibility)}
        allowDeselect={false}
        onChange={(v) =>
          set(
            'credibility',
            !v || v === 'any' || v === 'ungraded' ? ((v ?? 'any') as CredibilityFilter) : (Number(v) as Credibility),
          )
        }
      />
      <Select
        size="xs"
        w={200}
        aria-label="Source"
        placeholder="Any source"
        searchable
        clearable
        data={(sources.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={value.sourceId}
        onChange={(v) => set('sourceId', v)}
      />
      <DateBound label="Event from" onChange={(v) => set('dateFrom', v)} />
      <DateBound label="Event to" onChange={(v) => set('dateTo', v)} />
      <Select
        size="xs"
        w={140}
        aria-label="Tag"
        placeholder={tags.length ? 'Any tag' : 'No tags yet'}
        disabled={!tags.length}
        searchable
        clearable
        data={tags}
        value={value.tag}
        onChange={(v) => set('tag', v)}
      />
    </Group>
  );
}
