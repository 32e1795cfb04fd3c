// Removing a tag is undoable: the notification's Undo re-creates the mention with the same entity
// and span (mentions.delete returns what it removed). Notifications render outside the query
// provider, so this calls the contract directly and refreshes the cache itself.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Mention } from '../../../../../shared/contract/schemas';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/hooks';
import { showError } from '../../../ui/notify';

function UndoMessage({ mention, entityName, notificationId }: { mention: Mention; entityName: string; notificationId: string }) {
  const [busy, setBusy] = useState(false);
  async function undo() {
    setBusy(true);
    try {
      await api.call('mentions.create', {
        entityId: mention.entityId, articleId: mention.articleId, start: mention.start, end: mention.end,
        ...(mention.excerptId ? { excerptId: mention.excerptId } : {}),
      });
      notifications.hide(notificationId);
      await invalidateAfter('mentions.create');
    } catch (error) {
      setBusy(false);
      showError(error, 'Could not put the tag back');
    }
  }
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" data-testid="mention-removed-notice">
      <Text size="sm">
        “{mention.exact}” is no longer tagged as {entityName}.
      </Text>
      <Button size="compact-xs" variant="light" loading={busy} onClick={() => void undo()}>
        Undo
      </Button>
    </Group>
  );
}

export function showMentionRemoved(mention: Mention, entityName: string): void {
  const id = `mention-removed-${mention.id}`;
  notifications.show({ id, color: 'blue', title: 'Tag removed', message: <UndoMessage mention={mention} entityName={entityName} notificationId={id} />, autoClose: 10_000 });
}
