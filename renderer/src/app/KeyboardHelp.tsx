// The keyboard help screen (`?`, or "Keyboard shortcuts" in the palette): every command's
// shortcut, read from the same list that binds them, plus the keys that work inside lists and the
// article reader (bound where those live, listed here so nothing is undiscoverable).
import { Group, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { ShortcutKeys } from '../ui/ShortcutKeys';
import type { Command } from './commands';

export const KEYBOARD_HELP_SHORTCUT = 'shift+?';

let opened = false;
const listeners = new Set<() => void>();
function set(next: boolean): void {
  opened = next;
  listeners.forEach((fn) => fn());
}
export const openKeyboardHelp = () => set(true);
const closeKeyboardHelp = () => set(false);
function useOpened(): boolean {
  return useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    () => opened,
  );
}

/** Keys bound inside a screen rather than as commands. */
const IN_SCREENS: { title: string; keys: [string, string][] }[] = [
  {
    title: 'Lists (Library, Excerpts, Sources, Entities)',
    keys: [
      ['Click', 'Select one row'],
      ['Enter or double-click', 'Open the selected row'],
      ['mod+click', 'Add or remove a row from the selection'],
      ['shift+click', 'Select every row from the last one clicked'],
      ['↑ / ↓', 'Move the selection (with Shift: extend it)'],
      ['Space', 'Add or remove the current row'],
      ['mod+A', 'Select every row'],
      ['Escape', 'Clear the selection'],
      ['Delete', 'Move the selected articles to the Trash (Library; mod+Z undoes it)'],
    ],
  },
  {
    title: 'Article reader',
    keys: [
      ['mod+F', 'Find in this article'],
      ['Enter / shift+Enter', 'Next / previous match'],
      ['E', 'Make the selected text an excerpt'],
      ['J / K', 'Next / previous excerpt'],
      ['A … F', 'Rate the selected source (Sources screen)'],
    ],
  },
];

function Keys({ keys }: { keys: string }) {
  // Descriptions of mouse gestures and key pairs are shown as written; real shortcuts as keys.
  return /click|\/|↑| or /.test(keys) ? (
    <Text size="xs" ff="monospace">
      {keys.replace(/mod/g, navigator.userAgent.includes('Mac') ? '⌘' : 'Ctrl')}
    </Text>
  ) : (
    <ShortcutKeys shortcut={keys} />
  );
}

export function KeyboardHelp({ commands }: { commands: Command[] }) {
  const isOpen = useOpened();
  const bound = commands.filter((c) => c.shortcut);
  return (
    <Modal opened={isOpen} onClose={closeKeyboardHelp} title="Keyboard shortcuts" size="xl" data-testid="keyboard-help">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" data-testid="keyboard-help-body">
        <Stack gap={4}>
          <Title order={6}>Everywhere</Title>
          <Table fz="xs" verticalSpacing={3}>
            <Table.Tbody>
              {bound.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.label}</Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <ShortcutKeys shortcut={c.shortcut!} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td>Search (outside text fields)</Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <ShortcutKeys shortcut="/" />
                  </Group>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Stack>
        <Stack gap="sm">
          {IN_SCREENS.map((section) => (
            <Stack gap={4} key={section.title}>
              <Title order={6}>{section.title}</Title>
              <Table fz="xs" verticalSpacing={3}>
                <Table.Tbody>
                  {section.keys.map(([keys, what]) => (
                    <Table.Tr key={what}>
                      <Table.Td>{what}</Table.Td>
                      <Table.Td>
                        <Group justify="flex-end">
                          <Keys keys={keys} />
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          ))}
        </Stack>
      </SimpleGrid>
    </Modal>
  );
}
