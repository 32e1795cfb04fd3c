// "Tag entity" on a multi-selection (Library articles, Excerpts): one entity chosen once, a mention
// made on each selected item (an excerpt's span; an article's first occurrence of the entity's name
// or an alias), one undo for them all. Items the entity cannot be tagged on are counted and named.
import { Button, Popover, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Entity } from '../../../../shared/contract/schemas';
import { api } from '../../api/client';
import { invalidateAfter } from '../../api/hooks';
import { showError } from '../notify';
import { recordChange } from '../undo';
import { EntityPicker } from './EntityPicker';

export interface TagTarget {
  articleId: string;
  /** Tags the excerpt's span; without it, the article's first occurrence of the entity. */
  excerptId?: string;
  label: string;
}

/** Tags every target with the entity, then offers Undo (which removes the mentions made). */
export async function tagTargetsWithEntity(entity: Entity, targets: TagTarget[]): Promise<void> {
  const made: string[] = [];
  const failed: string[] = [];
  for (const t of targets) {
    try {
      const mention = await api.call('mentions.create', {
        entityId: entity.id,
        articleId: t.articleId,
        ...(t.excerptId ? { excerptId: t.excerptId } : {}),
      });
      made.push(mention.id);
    } catch (error) {
      failed.push(`${t.label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await invalidateAfter('mentions.create');
  if (failed.length) {
    showError(
      new Error(failed.slice(0, 3).join('\n') + (failed.length > 3 ? `\n…and ${failed.length - 3} more.` : '')),
      `${failed.length} of ${targets.length} not tagged with ${entity.name}`,
    );
  }
  if (!made.length) return;
  let current = made;
  recordChange({
    method: 'mentions.create',
    message: `Tagged ${made.length} item(s) with ${entity.name}.`,
    testId: 'bulk-tag-entity-notice',
    undo: async () => {
      for (const id of current) await api.call('mentions.delete', { id });
    },
    redo: async () => {
      const again: string[] = [];
      for (const t of targets) {
        const m = await api
          .call('mentions.create', {
            entityId: entity.id,
            articleId: t.articleId,
            ...(t.excerptId ? { excerptId: t.excerptId } : {}),
          })
          .catch(() => null);
        if (m) again.push(m.id);
      }
      current = again;
    },
  });
}

export function TagWithEntityButton({
  getTargets,
  disabled,
  size,
}: {
  getTargets: () => TagTarget[];
  disabled?: boolean;
  /** The selection bars' compact size; the theme's button size otherwise. */
  size?: 'compact-sm';
}) {
  const [opened, setOpened] = useState(false);
  const [entity, setEntity] = useState<Entity | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!entity) return setError('Choose the entity to tag them with.');
    setBusy(true);
    try {
      await tagTargetsWithEntity(entity, getTargets());
      setOpened(false);
      setEntity(null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withinPortal trapFocus shadow="md">
      <Popover.Target>
        <Button
          size={size}
          variant="default"
          leftSection={<IconUserPlus size={14} />}
          disabled={disabled}
          onClick={() => setOpened((o) => !o)}
          data-testid="bulk-tag-entity"
        >
          Tag entity
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="bulk-tag-entity-form">
        <Stack gap={6} w={280}>
          <Text size="xs">Tag {getTargets().length} selected item(s) with an entity</Text>
          <EntityPicker
            label="Entity"
            value={entity?.id ?? null}
            onChange={(e) => (setEntity(e), setError(undefined))}
            error={error}
            comboboxProps={{ withinPortal: false }}
            data-autofocus
          />
          <Button size="xs" loading={busy} onClick={() => void submit()}>
            Tag
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
