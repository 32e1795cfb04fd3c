// Merging a duplicate into the entity that stays. The dialog says what moves before anything does;
// the backend keeps a snapshot so the notification's Undo puts it all back.
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Entity } from '../../../../shared/contract/schemas';
import { useAction } from '../../api/hooks';
import { navigate } from '../../app/route';
import { errorMessage } from '../../ui/notify';
import { EntityPicker } from '../../ui/entities/EntityPicker';
import { showMergeUndo } from '../../ui/mergeUndo';

export function MergeEntityModal({
  entity,
  opened,
  onClose,
}: {
  entity: Entity;
  opened: boolean;
  onClose: () => void;
}) {
  const [kept, setKept] = useState<Entity | null>(null);
  const merge = useAction('entities.merge', {
    silent: true,
    onSuccess: ({ mergeId, entity: result }) => {
      onClose();
      navigate({ screen: 'entities', id: result.id }, { replace: true });
      showMergeUndo('entity', { mergeId, keptName: result.name, mergedId: entity.id, mergedName: entity.name });
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={`Merge “${entity.name}” into…`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (kept) merge.mutate({ keepId: kept.id, mergeId: entity.id });
        }}
      >
        <Stack gap="sm">
          <EntityPicker
            label="Entity to keep"
            description="The same entity under another name; it stays, and this one goes."
            size="sm"
            value={kept?.id ?? null}
            onChange={setKept}
            exclude={[entity.id]}
            data-autofocus
          />
          <div>
            <Text size="sm">
              Merging moves everything from “{entity.name}” to {kept ? `“${kept.name}”` : 'the kept entity'}:
            </Text>
            <List size="sm" spacing={2} mt={4}>
              <List.Item>its name and {entity.aliases.length} alias(es) become aliases of the kept entity;</List.Item>
              <List.Item>
                its {entity.mentionCount} accepted mention(s), its relationships and its case memberships;
              </List.Item>
              <List.Item>its description, identifiers and tags are added to the kept entity’s.</List.Item>
            </List>
            <Text size="xs" c="dimmed" mt={4}>
              You can undo the merge from the notification that follows.
            </Text>
          </div>
          {merge.isError && (
            <Alert color="red" title="Not merged">
              {errorMessage(merge.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="xs" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" size="xs" disabled={!kept} loading={merge.isPending}>
              Merge
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
