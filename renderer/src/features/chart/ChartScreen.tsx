// The Chart screen: the whole library's link chart, or a case's when one is chosen.
import { Group, Select, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useCall } from '../../api/hooks';
import { ScopedChart } from './ScopedChart';

export function ChartScreen() {
  const cases = useCall('cases.list', {});
  const [caseId, setCaseId] = useState<string | null>(null);
  const chosen = cases.data?.items.find((c) => c.id === caseId);
  return (
    <Stack gap="sm" p="md" h="100%" data-testid="chart-screen">
      <Group justify="space-between">
        <Title order={3}>Link chart</Title>
        <Select
          size="xs"
          w={320}
          label="Chart of"
          placeholder="The whole library"
          clearable
          searchable
          data={(cases.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
          value={caseId}
          onChange={setCaseId}
        />
      </Group>
      <ScopedChart
        key={caseId ?? 'library'}
        {...(caseId ? { caseId } : {})}
        title={chosen?.title ?? 'the library'}
        height="calc(100dvh - 260px)"
      />
    </Stack>
  );
}
