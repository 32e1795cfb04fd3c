// Row and column labels of the matrix: the letter or number with its standard label, and the
// standard description as a tooltip, so the grid teaches the scale as it is read.
import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { CREDIBILITY, RELIABILITY } from '../../../../shared/domain/admiralty';
import { ReliabilityBadge } from '../grades/GradeBadge';
import type { MatrixColumn, MatrixRow } from './matrixGrid';

export function RowLabel({ row }: { row: MatrixRow }) {
  if (row === 'unrated') {
    return (
      <Tooltip
        label="The excerpt's source is not rated yet, or the excerpt is not attributed to a source."
        multiline
        w={280}
        withArrow
      >
        <Group gap={6} wrap="nowrap">
          <Badge color="gray" variant="outline" size="sm" radius="sm">
            ?
          </Badge>
          <Text size="xs">Unrated</Text>
        </Group>
      </Tooltip>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <ReliabilityBadge letter={row} size="sm" />
      <Tooltip label={RELIABILITY[row].description} multiline w={280} withArrow>
        <Text size="xs" lh={1.2}>
          {RELIABILITY[row].label}
        </Text>
      </Tooltip>
    </Group>
  );
}

export function ColumnLabel({ column }: { column: MatrixColumn }) {
  const [title, label, help] =
    column === 'ungraded'
      ? ['?', 'Not graded', 'The information credibility of the excerpt is not graded yet.']
      : [String(column), CREDIBILITY[column].label, CREDIBILITY[column].description];
  return (
    <Tooltip label={help} multiline w={280} withArrow>
      <Stack gap={0} align="center">
        <Text size="sm" fw={700}>
          {title}
        </Text>
        <Text size="10px" c="dimmed" ta="center" lh={1.2}>
          {label}
        </Text>
      </Stack>
    </Tooltip>
  );
}
