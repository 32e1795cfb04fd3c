// Counts of excerpts per grade (source reliability × information credibility), for the whole
// library or one case. Where the evidence sits on the scale at a glance; each cell opens its excerpts.
import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useCall } from '../../api/hooks';
import { errorMessage } from '../notify';
import { buildMatrixGrid, countLabel } from './matrixGrid';
import { MatrixTable } from './MatrixTable';

export function ReliabilityMatrix({ caseId }: { caseId?: string }) {
  const matrix = useCall('reliability.matrix', caseId ? { caseId } : {});
  const grid = useMemo(() => (matrix.data ? buildMatrixGrid(matrix.data.cells) : null), [matrix.data]);
  if (matrix.isError) {
    return (
      <Alert color="red" title="Could not count the excerpts by grade">
        {errorMessage(matrix.error)}
      </Alert>
    );
  }
  if (!grid) {
    return (
      <Center p="md">
        <Loader size="sm" />
      </Center>
    );
  }
  if (grid.total === 0) {
    return (
      <Text size="xs" c="dimmed" data-testid="reliability-matrix-empty">
        {caseId ? 'This case has no excerpts yet.' : 'No excerpts yet.'} The matrix counts excerpts by grade once there
        are some.
      </Text>
    );
  }
  return (
    <Stack gap={4} data-testid="reliability-matrix">
      <Text size="xs" c="dimmed">
        {countLabel(grid.total)} by grade{caseId ? ' in this case' : ''}: the excerpt’s source’s current rating × the
        information’s credibility. Click a count to see those excerpts.
      </Text>
      <MatrixTable grid={grid} caseId={caseId} />
    </Stack>
  );
}
