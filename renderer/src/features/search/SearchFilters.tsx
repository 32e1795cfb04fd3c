import { Chip, Group } from '@mantine/core';
import type { ReliabilityFilter } from '../../ui/grades/reliabilityFilter';
import { ReliabilityFilterSelect } from '../../ui/grades/ReliabilityFilterSelect';
import { KIND_INFO, SEARCH_KINDS, type SearchKind } from './kinds';

interface Props {
  kinds: SearchKind[];
  onKindsChange: (kinds: SearchKind[]) => void;
  reliability: ReliabilityFilter;
  onReliabilityChange: (value: ReliabilityFilter) => void;
}

/** Kind chips (none chosen means every kind) and the reliability limit. */
export function SearchFilters({ kinds, onKindsChange, reliability, onReliabilityChange }: Props) {
  return (
    <Group gap="xs" justify="space-between">
      <Chip.Group multiple value={kinds} onChange={(v) => onKindsChange(v as SearchKind[])}>
        <Group gap={6}>
          {SEARCH_KINDS.map((kind) => (
            <Chip key={kind} value={kind} size="xs" variant="light">
              {KIND_INFO[kind].label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <ReliabilityFilterSelect value={reliability} onChange={onReliabilityChange} />
    </Group>
  );
}
