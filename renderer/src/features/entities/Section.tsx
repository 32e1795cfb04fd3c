// A titled block of the entity page, so every section reads and is found (by tests too) the same way.
import { Divider, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

export function Section({ title, children, testId }: { title: ReactNode; children: ReactNode; testId: string }) {
  return (
    <Stack gap={6} data-testid={testId} component="section" aria-label={typeof title === 'string' ? title : undefined}>
      <Divider label={title} labelPosition="left" />
      {children}
    </Stack>
  );
}
