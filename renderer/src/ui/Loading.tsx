// What shows while a screen or a heavy view (the note editor, the chart) is fetched on first use:
// a spinner with words, announced to screen readers, never a blank area.
import { Center, Group, Loader, Text } from '@mantine/core';

export function Loading({ what, height = '100%' }: { what: string; height?: number | string }) {
  return (
    <Center h={height} role="status" aria-live="polite" data-testid="loading">
      <Group gap="xs">
        <Loader size="sm" />
        <Text fz="sm" c="dimmed">
          Loading {what}…
        </Text>
      </Group>
    </Center>
  );
}
