// After a merge (of sources or of entities), a notification offers Undo for ten seconds.
// Notifications render outside the query provider, so this calls the contract directly and
// refreshes the cache itself.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { api } from '../api/client';
import { invalidateAfter } from '../api/hooks';
import { navigate } from '../app/route';
import { showError, showSuccess } from './notify';

const UNDO_WINDOW_MS = 10_000;

export interface MergeDone {
  mergeId: string;
  keptName: string;
  mergedId: string;
  mergedName: string;
}

const KINDS = {
  source: { title: 'Sources merged', screen: 'sources', restored: 'with its own ratings, attributions and sub-sources', testId: 'merge-notice' },
  entity: { title: 'Entities merged', screen: 'entities', restored: 'with its own aliases, mentions and relationships', testId: 'entity-merge-notice' },
} as const;

function UndoMessage({ merge, kind, notificationId }: { merge: MergeDone; kind: keyof typeof KINDS; notificationId: string }) {
  const [busy, setBusy] = useState(false);
  const k = KINDS[kind];
  async function undo() {
    setBusy(true);
    try {
      await api.call('merges.undo', { id: merge.mergeId });
      notifications.hide(notificationId);
      await invalidateAfter('merges.undo');
      navigate({ screen: k.screen, id: merge.mergedId }, { replace: true });
      showSuccess(`“${merge.mergedName}” is back, ${k.restored}.`, 'Merge undone');
    } catch (error) {
      setBusy(false);
      showError(error, 'Could not undo the merge');
    }
  }
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" data-testid={k.testId}>
      <Text size="sm">
        “{merge.mergedName}” merged into “{merge.keptName}”.
      </Text>
      <Button size="compact-xs" variant="light" loading={busy} onClick={() => void undo()}>
        Undo
      </Button>
    </Group>
  );
}

export function showMergeUndo(kind: keyof typeof KINDS, merge: MergeDone): void {
  const id = `${kind}-merge-${merge.mergeId}`;
  notifications.show({ id, color: 'blue', title: KINDS[kind].title, message: <UndoMessage merge={merge} kind={kind} notificationId={id} />, autoClose: UNDO_WINDOW_MS });
}
