// One labelled value in the article's side column (metadata and provenance alike).
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text fz={11} c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
        {children || (
          <Text span c="dimmed" fz="sm">
            —
          </Text>
        )}
      </div>
    </div>
  );
}
