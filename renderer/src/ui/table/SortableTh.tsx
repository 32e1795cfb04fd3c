// A table header cell that sorts its column; shared by the sources and excerpts tables.
import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { SortState } from './tableSort';

interface Props<K extends string> {
  column: K;
  sort: SortState<K>;
  onSort: (column: K) => void;
  children: ReactNode;
  w?: number | string;
}

export function SortableTh<K extends string>({ column, sort, onSort, children, w }: Props<K>) {
  const active = sort.key === column;
  const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th w={w} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(column)} w="100%">
        <Group gap={4} wrap="nowrap" justify="space-between">
          <Text size="xs" fw={600} truncate>
            {children}
          </Text>
          <Icon size={12} stroke={1.5} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
