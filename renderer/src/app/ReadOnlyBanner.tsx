// One line above every screen while the library is open read-only (library.info's readOnly): its
// file or folder cannot be written, or it was opened read-only on purpose. Reading works; every
// change is refused by the backend with the same reason.
import { Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

export function ReadOnlyBanner() {
  return (
    <Group
      gap="xs"
      px="md"
      py={6}
      wrap="nowrap"
      role="status"
      data-testid="read-only-banner"
      style={{
        background: 'var(--mantine-color-yellow-light)',
        borderBottom: '1px solid var(--mantine-color-yellow-outline)',
        flex: 'none',
      }}
    >
      <IconLock size={16} aria-hidden />
      <Text size="sm" truncate>
        This library is read-only: you can read, search and export, but not change it. To make changes, copy it
        somewhere writable and open the copy.
      </Text>
    </Group>
  );
}
