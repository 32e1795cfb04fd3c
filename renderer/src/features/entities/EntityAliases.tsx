import { ActionIcon, Badge, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { Entity } from '../../../../shared/contract/schemas';
import { useAction } from '../../api/hooks';

/** Aliases with the script each is written in; add with Enter, remove with ×. */
export function EntityAliases({ entity }: { entity: Entity }) {
  const [text, setText] = useState('');
  const add = useAction('entities.addAlias', { onSuccess: () => setText('') });
  const remove = useAction('entities.removeAlias');
  const submit = () => {
    if (text.trim()) add.mutate({ id: entity.id, text: text.trim() });
  };
  return (
    <div>
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
              size="md"
              radius="sm"
              style={{ textTransform: 'none' }}
              rightSection={
                <Tooltip label={`Remove “${a.text}”`}>
                  <ActionIcon size="xs" variant="transparent" color="gray" aria-label={`Remove alias ${a.text}`} onClick={() => remove.mutate({ id: entity.id, aliasId: a.id })}>
                    <IconX size={12} />
                  </ActionIcon>
                </Tooltip>
              }
            >
              {a.text}{' '}
              <Text span size="10px" c="dimmed" title="Script">
                {a.script}
              </Text>
            </Badge>
          ))}
        </Group>
      )}
      <TextInput
        mt={6}
        size="xs"
        maw={320}
        placeholder="Add an alias and press Enter"
        aria-label="New alias"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
        rightSection={
          <ActionIcon size="sm" variant="subtle" aria-label="Add alias" onClick={submit} loading={add.isPending}>
            <IconPlus size={14} />
          </ActionIcon>
        }
      />
    </div>
  );
}
