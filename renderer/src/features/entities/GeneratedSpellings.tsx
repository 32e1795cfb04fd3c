// Spellings Casefile proposes for an entity's Hangul or Han names (Revised Romanization,
// McCune–Reischauer, DPRK 2002, ODNI, customary English, Hanyu Pinyin). Each is accepted as a
// generated alias or dismissed; "Accept all" takes the rest at once. An entity known only by a
// romanised name gets a field for its Hangul, which is the way to the other spellings.
import { ActionIcon, Badge, Button, Group, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconChecks, IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { Entity } from '../../../../shared/contract/schemas';
import { SYSTEM_LABELS } from '../../../../shared/domain/spellingSystems';
import { useAction, useCall } from '../../api/hooks';
import { submitOnEnter } from '../../ui/submitOnEnter';

const HANGUL_OR_HAN = /[\p{Script=Hangul}\p{Script=Han}]/u;

export function GeneratedSpellings({ entity }: { entity: Entity }) {
  const { data } = useCall('entities.spellings', { id: entity.id });
  const accept = useAction('entities.acceptSpellings');
  const dismiss = useAction('entities.dismissSpellings');
  const proposals = data?.proposals ?? [];
  const hasNativeName = [entity.name, ...entity.aliases.map((a) => a.text)].some((n) => HANGUL_OR_HAN.test(n));
  const busy = accept.isPending || dismiss.isPending;

  if (!hasNativeName) return <NativeNameField entity={entity} />;
  if (!data) return null;
  if (!proposals.length) {
    return (
      <Text size="xs" c="dimmed" data-testid="spellings-empty">
        Every proposed spelling has been accepted or dismissed. Accepted ones are listed with the aliases, marked
        “generated”.
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="spellings">
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          Mentions in these spellings are already suggested; accept the ones you want kept, exported and searchable as
          aliases.
        </Text>
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconChecks size={14} />}
          loading={accept.isPending}
          disabled={busy}
          onClick={() => accept.mutate({ id: entity.id })}
        >
          Accept all ({proposals.length})
        </Button>
      </Group>
      <Table verticalSpacing={2} horizontalSpacing="xs" fz="sm" withRowBorders={false}>
        <Table.Tbody>
          {proposals.map((p) => (
            <Table.Tr key={`${p.system}:${p.text}`} data-testid="spelling" data-system={p.system}>
              <Table.Td w={170}>
                <Badge
                  size="sm"
                  variant="light"
                  radius="sm"
                  style={{ textTransform: 'none' }}
                  title={`Spelled from ${p.from}`}
                >
                  {SYSTEM_LABELS[p.system]}
                </Badge>
              </Table.Td>
              <Table.Td>{p.text}</Table.Td>
              <Table.Td w={70}>
                <Group gap={4} wrap="nowrap">
                  <Tooltip label="Accept as a generated alias">
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="green"
                      aria-label={`Accept ${p.text}`}
                      disabled={busy}
                      onClick={() => accept.mutate({ id: entity.id, spellings: [{ text: p.text, system: p.system }] })}
                    >
                      <IconCheck size={14} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Dismiss: not a spelling of this entity">
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="gray"
                      aria-label={`Dismiss ${p.text}`}
                      disabled={busy}
                      onClick={() => dismiss.mutate({ id: entity.id, spellings: [{ text: p.text, system: p.system }] })}
                    >
                      <IconX size={14} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** For a romanised name: type its Hangul (or Han) and the other systems' spellings are proposed. */
function NativeNameField({ entity }: { entity: Entity }) {
  const [text, setText] = useState('');
  const add = useAction('entities.addAlias', { onSuccess: () => setText('') });
  const valid = HANGUL_OR_HAN.test(text);
  const submit = () => {
    if (valid) add.mutate({ id: entity.id, text: text.trim() });
  };
  return (
    <Stack gap={4} data-testid="spellings-empty">
      <Text size="xs" c="dimmed">
        Give the name in Hangul (김여정) or Chinese characters (鸭绿江) to get its spellings in Revised Romanization,
        McCune–Reischauer, DPRK 2002, ODNI and Hanyu Pinyin.
      </Text>
      <TextInput
        size="xs"
        maw={320}
        lang="ko"
        placeholder="Hangul or Chinese name, then Enter"
        aria-label="Hangul or Chinese name"
        value={text}
        error={
          text && !valid ? 'Type Hangul or Chinese characters here; other spellings go in the aliases.' : undefined
        }
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={submitOnEnter(submit)}
        rightSection={
          <ActionIcon
            size="sm"
            variant="subtle"
            aria-label="Add Hangul or Chinese name"
            onClick={submit}
            loading={add.isPending}
            disabled={!valid}
          >
            <IconPlus size={14} />
          </ActionIcon>
        }
      />
    </Stack>
  );
}
