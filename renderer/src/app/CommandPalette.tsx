// Ctrl/Cmd+K: every action by name, with its shortcut. Type to filter, arrows to choose, Enter to run.
import { Group, Modal, ScrollArea, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { ShortcutKeys } from '../ui/ShortcutKeys';
import { useCall } from '../api/hooks';
import type { Command } from './commands';
import { navigate } from './route';

/** Each saved search, opened from the palette by its name (read only while the palette is open). */
function useSavedSearchCommands(opened: boolean): Command[] {
  const saved = useCall('savedSearches.list', {}, { enabled: opened });
  return (saved.data?.items ?? []).map((s) => ({
    id: `saved-search.${s.id}`,
    label: `Saved search: ${s.name}`,
    group: 'Go to',
    run: () => navigate({ screen: 'search', query: s.query, ...s.filters }),
  }));
}

export function CommandPalette({
  opened,
  onClose,
  commands,
}: {
  opened: boolean;
  onClose: () => void;
  commands: Command[];
}) {
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const everyCommand = [...commands, ...useSavedSearchCommands(opened)];
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = everyCommand.filter((c) => words.every((w) => `${c.group} ${c.label}`.toLowerCase().includes(w)));
  const close = () => {
    setFilter('');
    setActive(0);
    onClose();
  };
  const run = (command: Command | undefined) => {
    if (!command) return;
    close();
    command.run();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(matches.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(matches[active]);
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      withCloseButton={false}
      padding={0}
      size="lg"
      yOffset="12vh"
      aria-label="Command palette"
    >
      <div data-testid="command-palette">
        <TextInput
          variant="unstyled"
          size="md"
          px="sm"
          leftSection={<IconSearch size={16} />}
          placeholder="Type a command…"
          value={filter}
          onChange={(e) => {
            setFilter(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          data-autofocus
          aria-label="Command"
          style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
        />
        <ScrollArea.Autosize mah={420} type="auto">
          <div role="listbox" aria-label="Commands" style={{ padding: 4 }}>
            {matches.length === 0 && (
              <Text c="dimmed" fz="sm" p="sm">
                No command matches “{filter}”.
              </Text>
            )}
            {matches.map((command, index) => (
              <UnstyledButton
                key={command.id}
                role="option"
                aria-selected={index === active}
                onClick={() => run(command)}
                onMouseEnter={() => setActive(index)}
                w="100%"
                px="sm"
                py={6}
                style={{
                  borderRadius: 4,
                  background: index === active ? 'var(--mantine-primary-color-light)' : undefined,
                }}
              >
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="xs" wrap="nowrap">
                    <Text fz="xs" c="dimmed" w={60}>
                      {command.group}
                    </Text>
                    <Text fz="sm">{command.label}</Text>
                  </Group>
                  {command.shortcut && <ShortcutKeys shortcut={command.shortcut} />}
                </Group>
              </UnstyledButton>
            ))}
          </div>
        </ScrollArea.Autosize>
      </div>
    </Modal>
  );
}
