import { Select } from '@mantine/core';
import { parseReliabilityFilter, RELIABILITY_FILTER_OPTIONS, type ReliabilityFilter } from './reliabilityFilter';

export function ReliabilityFilterSelect({ value, onChange, w = 260 }: { value: ReliabilityFilter; onChange: (v: ReliabilityFilter) => void; w?: number }) {
  return (
    <Select
      size="xs"
      w={w}
      aria-label="Source reliability"
      data={RELIABILITY_FILTER_OPTIONS}
      value={value}
      onChange={(v) => onChange(parseReliabilityFilter(v))}
      allowDeselect={false}
    />
  );
}
