import { Group, Select, TextInput } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
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

/** The screen's filters: its route query, plus the credibility it shares with the route filter. */
export interface ExcerptFilterState {
  text: string;
  tag: string;
  credibility: CredibilityFilter;
  minReliability: ReliabilityFilter;
  sourceId: string;
  eventFrom: string;
  eventTo: string;
}

/** A partial-date input that reports its stored form, or '' while empty; unreadable input keeps the last bound. */
function DateBound({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const [typed, setTyped] = useState(value);
  // A bound changed elsewhere (Back, clearing the filters) replaces what was typed.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setTyped(value);
  }
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
          const stored = next.trim() ? parsePartialDate(next).value : '';
          setShown(stored);
          onChange(stored);
        } catch {
          // keep the last readable bound until the analyst finishes typing
        }
      }}
    />
  );
}

/** The text filter: typed freely, applied once typing pauses; replaced when the route changes it. */
function TextFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const [typed, setTyped] = useState(value);
  const [applied, setApplied] = useState(value);
  if (value !== applied) {
    setApplied(value);
    setTyped(value);
  }
  const [debounced] = useDebouncedValue(typed, 250);
  useEffect(() => {
    if (debounced !== applied) {
      setApplied(debounced);
      onChange(debounced);
    }
  }, [debounced, applied, onChange]);
  return (
    <TextInput
      size="xs"
      w={220}
      aria-label="Filter by text"
      placeholder="Words, or part of a source"
      leftSection={<IconFilter size={14} />}
      value={typed}
      onChange={(e) => setTyped(e.currentTarget.value)}
    />
  );
}

interface Props {
  value: ExcerptFilterState;
  onChange: (change: Partial<ExcerptFilterState>) => void;
}

export function ExcerptFilters({ value, onChange }: Props) {
  const sources = useCall('sources.list', {});
  const tagList = useCall('tags.list', {});
  const tags = (tagList.data?.items ?? []).map((t) => t.name);
  if (value.tag && !tags.includes(value.tag)) tags.push(value.tag);
  const set = <K extends keyof ExcerptFilterState>(key: K, v: ExcerptFilterState[K]) => onChange({ [key]: v });
  const setText = useCallback((text: string) => onChange({ text }), [onChange]);
  return (
    <Group gap="xs" wrap="wrap">
      <TextFilter value={value.text} onChange={setText} />
      <ReliabilityFilterSelect value={value.minReliability} onChange={(v) => set('minReliability', v)} w={220} />
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
        value={value.sourceId || null}
        onChange={(v) => set('sourceId', v ?? '')}
      />
      <DateBound label="Event from" value={value.eventFrom} onChange={(v) => set('eventFrom', v)} />
      <DateBound label="Event to" value={value.eventTo} onChange={(v) => set('eventTo', v)} />
      <Select
        size="xs"
        w={140}
        aria-label="Tag"
        placeholder={tags.length ? 'Any tag' : 'No tags yet'}
        disabled={!tags.length}
        searchable
        clearable
        data={tags}
        value={value.tag || null}
        onChange={(v) => set('tag', v ?? '')}
      />
    </Group>
  );
}
