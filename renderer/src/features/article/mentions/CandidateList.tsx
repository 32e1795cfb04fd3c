// Likely new entities (capitalised runs, "… Company", "… Province", Hangul names): never tagged on
// their own; "Create entity" opens the form pre-filled, then tags this span with the new entity.
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useAction } from '../../../api/hooks';
import { CreateEntityModal } from '../../../ui/entities/CreateEntityModal';
import { ENTITY_TYPE_INFO, EntityTypeIcon } from '../../../ui/entities/entityTypes';
import type { Candidate } from './suggestionGroups';

export function CandidateList({ articleId, candidates }: { articleId: string; candidates: readonly Candidate[] }) {
  const [creating, setCreating] = useState<Candidate | null>(null);
  const tag = useAction('mentions.create');
  if (!candidates.length) {
    return (
      <Text size="xs" c="dimmed">
        No likely new names found.
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {candidates.map((c) => (
        <Group key={`${c.start}:${c.end}`} gap={6} wrap="nowrap" data-testid="candidate" data-text={c.text}>
          <EntityTypeIcon type={c.type} size="sm" />
          <Text size="xs" style={{ flex: 1, minWidth: 0 }} truncate dir="auto">
            {c.text}
          </Text>
          {c.count > 1 && (
            <Text
              size="xs"
              c="dimmed"
              title={`Occurs ${c.count} times in this article`}
              data-testid="candidate-count"
              style={{ flexShrink: 0 }}
            >
              ×{c.count}
            </Text>
          )}
          <Badge
            size="xs"
            variant="outline"
            color={ENTITY_TYPE_INFO[c.type].color}
            style={{ textTransform: 'none', flexShrink: 0 }}
            title="Type guessed from the words"
          >
            {ENTITY_TYPE_INFO[c.type].label}?
          </Badge>
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconPlus size={12} />}
            aria-label={`Create entity ${c.text}`}
            onClick={() => setCreating(c)}
          >
            Create
          </Button>
        </Group>
      ))}
      <CreateEntityModal
        opened={creating !== null}
        onClose={() => setCreating(null)}
        defaultType={creating?.type ?? null}
        initialName={creating?.text ?? ''}
        onCreated={(entity) => {
          if (creating) tag.mutate({ entityId: entity.id, articleId, start: creating.start, end: creating.end });
        }}
      />
    </Stack>
  );
}
