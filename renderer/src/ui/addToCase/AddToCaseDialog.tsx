// Choose a case for the selected items, or name a new one: type to filter, Enter adds to the first
// match (or creates the case when none matches), arrows move between cases.
import { Button, Group, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconBriefcase, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../../api/client';
import { useCall } from '../../api/hooks';
import { showError } from '../notify';
import { closeAddToCase, useAddToCaseRequest } from './caseSelection';
import { addItemsToCase } from './useCaseDrop';

export async function createCaseWith(title: string, ids: string[]): Promise<void> {
  try {
    const created = await api.call('cases.create', { title });
    await addItemsToCase(created.id, ids, created.title);
  } catch (error) {
    showError(error, 'The case was not created');
  }
}

function Picker({ ids }: { ids: string[] }) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const cases = useCall('cases.list', { includeArchived: false });
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (cases.data?.items ?? []).filter((c) => words.every((w) => c.title.toLowerCase().includes(w)));
  const exact = matches.some((c) => c.title.trim().toLowerCase() === text.trim().toLowerCase());
  const addTo = (c: { id: string; title: string }) => {
    closeAddToCase();
    void addItemsToCase(c.id, ids, c.title);
  };
  const create = () => {
    if (!text.trim()) return;
    closeAddToCase();
    void createCaseWith(text.trim(), ids);
  };
  return (
    <Stack gap="xs" data-testid="add-to-case-dialog">
      <TextInput
        data-autofocus
        aria-label="Case"
        placeholder="Find a case, or type a new case’s title"
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(matches.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter') {
            e.preventDefault();
            const chosen = matches[active];
            if (chosen) addTo(chosen);
            else create();
          }
        }}
      />
      <ScrollArea.Autosize mah={300}>
        <Stack gap={0} role="listbox" aria-label="Cases">
          {matches.map((c, i) => (
            <UnstyledButton
              key={c.id}
              role="option"
              aria-selected={i === active}
              px="xs"
              py={6}
              style={{ borderRadius: 4, background: i === active ? 'var(--mantine-primary-color-light)' : undefined }}
              onMouseEnter={() => setActive(i)}
              onClick={() => addTo(c)}
            >
              <Group gap="xs" wrap="nowrap">
                <IconBriefcase size={14} />
                <Text size="sm" truncate>
                  {c.title}
                </Text>
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {c.items.length} item(s)
                </Text>
              </Group>
            </UnstyledButton>
          ))}
          {cases.data && matches.length === 0 && !text.trim() && (
            <Text size="xs" c="dimmed" p="xs">
              No open cases yet: type a title to start one.
            </Text>
          )}
        </Stack>
      </ScrollArea.Autosize>
      {text.trim() && !exact && (
        <Button variant="light" leftSection={<IconPlus size={14} />} onClick={create} justify="flex-start">
          Create case “{text.trim()}”
        </Button>
      )}
    </Stack>
  );
}

export function AddToCaseDialog() {
  const ids = useAddToCaseRequest();
  return (
    <Modal
      opened={ids !== null}
      onClose={closeAddToCase}
      title={ids ? `Add ${ids.length} item(s) to a case` : ''}
      size="md"
    >
      {ids && <Picker ids={ids} />}
    </Modal>
  );
}
