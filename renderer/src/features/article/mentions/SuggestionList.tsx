// Known entities found in the text, grouped by entity: accept one occurrence, accept them all, or
// dismiss one (the backend remembers, so it is not suggested again).
import { ActionIcon, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconChecks, IconX } from '@tabler/icons-react';
import type { Entity } from '../../../../../shared/contract/schemas';
import { useAction } from '../../../api/hooks';
import { EntityLink } from '../../../ui/entities/EntityLink';
import { SpanContext } from './SpanContext';
import type { Suggestion, SuggestionGroup } from './suggestionGroups';

function SuggestionLine({ articleId, text, s }: { articleId: string; text: string; s: Suggestion }) {
  const accept = useAction('mentions.create');
  const dismiss = useAction('mentions.dismiss');
  const span = { entityId: s.entityId, articleId, start: s.start, end: s.end };
  return (
    <Group gap={4} wrap="nowrap" align="flex-start" data-testid="suggestion" data-text={s.text}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <SpanContext text={text} start={s.start} end={s.end} />
      </div>
      <Tooltip label={`Tag “${s.text}” as ${s.name}`}>
        <ActionIcon
          size="sm"
          variant="light"
          color="green"
          aria-label={`Accept “${s.text}” as ${s.name}`}
          loading={accept.isPending}
          onClick={() => accept.mutate(span)}
        >
          <IconCheck size={14} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={`Not ${s.name} here; do not suggest it again`}>
        <ActionIcon
          size="sm"
          variant="subtle"
          color="gray"
          aria-label={`Dismiss “${s.text}” as ${s.name}`}
          loading={dismiss.isPending}
          onClick={() => dismiss.mutate(span)}
        >
          <IconX size={14} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

export function SuggestionGroupCard({
  articleId,
  text,
  group,
  entity,
}: {
  articleId: string;
  text: string;
  group: SuggestionGroup;
  entity: Entity | undefined;
}) {
  const acceptAll = useAction('mentions.acceptAll');
  return (
    <Paper withBorder p={6} radius="sm" data-testid="suggestion-group" data-entity={group.name}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <EntityLink id={group.entityId} name={group.name} type={entity?.type ?? 'other'} />
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconChecks size={12} />}
            loading={acceptAll.isPending}
            aria-label={`Accept all ${group.items.length} for ${group.name}`}
            onClick={() => acceptAll.mutate({ entityId: group.entityId, articleId })}
          >
            Accept all {group.items.length}
          </Button>
        </Group>
        {group.items.map((s) => (
          <SuggestionLine key={`${s.start}:${s.end}`} articleId={articleId} text={text} s={s} />
        ))}
      </Stack>
    </Paper>
  );
}

export function NoSuggestions() {
  return (
    <Text size="xs" c="dimmed">
      No open suggestions: every known name and alias in this text is tagged or dismissed.
    </Text>
  );
}
