import { Group, Select, TextInput } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { CREDIBILITY, CREDIBILITY_VALUES, type Credibility } from '../../../../shared/domain/admiralty';
import { useCall } from '../../api/hooks';
import type { ReliabilityFilter } from '../sources/reliabilityFilter';
import { ReliabilityFilterSelect } from '../sources/ReliabilityFilterSelect';
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
}

interface Props {
  value: ExcerptFilterState;
  onChange: (value: ExcerptFilterState) => void;
  tags: string[];
}

export function ExcerptFilters({ value, onChange, tags }: Props) {
  const sources = useCall('sources.list', {});
  const set = <K extends keyof ExcerptFilterState>(key: K, v: ExcerptFilterState[K]) => onChange({ ...value, [key]: v });
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
        onChange={(v) => set('credibility', !v || v === 'any' || v === 'ungraded' ? ((v ?? 'any') as CredibilityFilter) : (Number(v) as Credibility))}
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
