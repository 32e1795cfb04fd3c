// The bar that appears over a list while rows are selected: how many, the actions that apply to
// all of them, and Clear. Every list uses it, so the actions sit in the same place everywhere.
import { Button, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ShortcutKeys } from './ShortcutKeys';

export function SelectionBar({
  count,
  noun,
  onClear,
  children,
}: {
  count: number;
  noun: [string, string];
  onClear: () => void;
  children: ReactNode;
}) {
  if (count === 0) return null;
  return (
    <Paper
      withBorder
      px="xs"
      py={4}
      data-testid="selection-bar"
      style={{ background: 'var(--mantine-primary-color-light)' }}
    >
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Text size="sm" fw={500} data-testid="selection-count">
          {count} {count === 1 ? noun[0] : noun[1]} selected
        </Text>
        <Group gap={6} wrap="wrap">
          {children}
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            onClick={onClear}
            rightSection={<ShortcutKeys shortcut="Esc" />}
          >
            Clear
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
