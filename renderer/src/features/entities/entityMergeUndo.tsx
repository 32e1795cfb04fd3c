// After a merge, a notification offers Undo for ten seconds. Notifications render outside the
// query provider, so this calls the contract directly and refreshes the cache itself.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { api } from '../../api/client';
import { queryClient } from '../../api/hooks';
import { navigate } from '../../app/route';
import { showError, showSuccess } from '../../ui/notify';

const UNDO_WINDOW_MS = 10_000;

interface Merge {
  mergeId: string;
  keptName: string;
  mergedId: string;
  mergedName: string;
}

function UndoMessage({ merge, notificationId }: { merge: Merge; notificationId: string }) {
  const [busy, setBusy] = useState(false);
  async function undo() {
    setBusy(true);
    try {
      await api.call('merges.undo', { id: merge.mergeId });
      notifications.hide(notificationId);
      await queryClient.invalidateQueries();
      navigate({ screen: 'entities', id: merge.mergedId }, { replace: true });
      showSuccess(`“${merge.mergedName}” is back, with its own aliases, mentions and relationships.`, 'Merge undone');
    } catch (error) {
      setBusy(false);
      showError(error, 'Could not undo the merge');
    }
  }
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" data-testid="entity-merge-notice">
      <Text size="sm">
        “{merge.mergedName}” merged into “{merge.keptName}”.
      </Text>
      <Button size="compact-xs" variant="light" loading={busy} onClick={() => void undo()}>
        Undo
      </Button>
    </Group>
  );
}

export function showEntityMergeUndo(merge: Merge): void {
  const id = `entity-merge-${merge.mergeId}`;
  notifications.show({ id, color: 'blue', title: 'Entities merged', message: <UndoMessage merge={merge} notificationId={id} />, autoClose: UNDO_WINDOW_MS });
}
