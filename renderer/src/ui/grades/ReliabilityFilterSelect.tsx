import { Select } from '@mantine/core';
import { parseReliabilityFilter, RELIABILITY_FILTER_OPTIONS, type ReliabilityFilter } from './reliabilityFilter';

export function ReliabilityFilterSelect({
  value,
  onChange,
  w = 260,
  size = 'xs',
}: {
  value: ReliabilityFilter;
  onChange: (v: ReliabilityFilter) => void;
  w?: number;
  size?: 'xs' | 'sm';
}) {
  return (
    <Select
      size={size}
      w={w}
      aria-label="Source reliability"
      data={RELIABILITY_FILTER_OPTIONS}
      value={value}
      onChange={(v) => onChange(parseReliabilityFilter(v))}
      allowDeselect={false}
    />
  );
}
