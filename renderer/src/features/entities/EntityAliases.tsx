// Aliases with the script each is written in. Adding one offers a library scan; each alias can be
// removed, or split out into an entity of its own when it turns out to name someone else.
import { ActionIcon, Badge, Group, Menu, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowsSplit, IconDots, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { Entity } from '../../../../shared/contract/schemas';
import { SYSTEM_LABELS } from '../../../../shared/domain/spellingSystems';
import { useAction } from '../../api/hooks';
import { navigate } from '../../app/route';
import { showSuccess } from '../../ui/notify';
import { AliasScan } from './AliasScan';
import { submitOnEnter } from '../../ui/submitOnEnter';

export function EntityAliases({ entity }: { entity: Entity }) {
  const [text, setText] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const add = useAction('entities.addAlias');
  // Aliases typed quickly one after another are queued: the field empties at once for the next
  // one, each is added in turn, and one that fails comes back into the field if it is empty.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const remove = useAction('entities.removeAlias');
  const split = useAction('entities.splitAlias', {
    onSuccess: ({ entity: created }) => {
      showSuccess(`“${created.name}” is now an entity of its own, with the mentions written that way.`, 'Alias split');
      navigate({ screen: 'entities', id: created.id });
    },
  });
  const submit = () => {
    const alias = text.trim();
    if (!alias) return;
    setText('');
    queue.current = queue.current.then(() =>
      add.mutateAsync({ id: entity.id, text: alias }).then(
        () => setAdded(alias),
        () => setText((current) => current || alias),
      ),
    );
  };
  return (
    <Stack gap={6}>
      {entity.aliases.length === 0 ? (
        <Text size="xs" c="dimmed">
          No aliases yet. Add other spellings and scripts so mentions of them are found.
        </Text>
      ) : (
        <Group gap={6}>
          {entity.aliases.map((a) => (
            <Badge
              key={a.id}
              variant="default"
              size="lg"
              radius="sm"
              fw={400}
              style={{ textTransform: 'none' }}
              data-testid="alias"
              rightSection={
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon size="xs" variant="transparent" color="gray" aria-label={`Alias actions ${a.text}`}>
                      <IconDots size={12} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconArrowsSplit size={14} />}
                      onClick={() => split.mutate({ id: entity.id, aliasId: a.id })}
                    >
                      Split into its own entity
                    </Menu.Item>
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={14} />}
                      onClick={() => remove.mutate({ id: entity.id, aliasId: a.id })}
                    >
                      Remove alias
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              }
            >
              <span lang={a.script === 'Hang' ? 'ko' : undefined}>{a.text}</span>{' '}
              {a.generated && a.system ? (
                <Text
                  span
                  size="10px"
                  c="blue"
                  title={`Generated: ${SYSTEM_LABELS[a.system]}`}
                  data-testid="alias-generated"
                >
                  {a.system} · generated
                </Text>
              ) : (
                <Text span size="10px" c="dimmed" title="Script or language">
                  {a.script}
                </Text>
              )}
            </Badge>
          ))}
        </Group>
      )}
      <TextInput
        size="xs"
        maw={320}
        placeholder="Add an alias and press Enter"
        aria-label="New alias"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={submitOnEnter(submit)}
        rightSection={
          <ActionIcon size="sm" variant="subtle" aria-label="Add alias" onClick={submit} loading={add.isPending}>
            <IconPlus size={14} />
          </ActionIcon>
        }
      />
      {added && <AliasScan key={added} entityId={entity.id} alias={added} onClose={() => setAdded(null)} />}
    </Stack>
  );
}
