import { Group, Kbd } from '@mantine/core';
import { formatShortcut } from './shortcuts';

export function ShortcutKeys({ shortcut }: { shortcut: string }) {
  return (
    <Group gap={2} wrap="nowrap">
      {formatShortcut(shortcut).map((key) => (
        <Kbd key={key} size="xs">
          {key}
        </Kbd>
      ))}
    </Group>
  );
}
