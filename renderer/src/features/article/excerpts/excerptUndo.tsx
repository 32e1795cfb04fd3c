// Deleting an excerpt asks nothing; a notification offers Undo, which records it again with the same
// span, source, credibility, date, tags and note (a new id: the old one stays deleted in the audit
// log). Notifications render outside the query provider, so this calls the contract directly.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Excerpt } from '../../../../../shared/contract/schemas';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/hooks';
import { navigate } from '../../../app/route';
import { showError } from '../../../ui/notify';

const UNDO_WINDOW_MS = 10_000;

function recreate(e: Excerpt) {
  return api.call('excerpts.create', {
    articleId: e.articleId, start: e.start, end: e.end, sourceId: e.sourceId, credibility: e.credibility,
    eventDate: e.eventDate, tags: e.tags, ...(e.note.json ? { note: e.note } : {}),
  });
}

function UndoMessage({ excerpt, notificationId }: { excerpt: Excerpt; notificationId: string }) {
  const [busy, setBusy] = useState(false);
  async function undo() {
    setBusy(true);
    try {
      const restored = await recreate(excerpt);
      notifications.hide(notificationId);
      await invalidateAfter('excerpts.create');
      navigate({ screen: 'article', id: restored.articleId, excerptId: restored.id }, { replace: true });
    } catch (error) {
      setBusy(false);
      showError(error, 'Could not restore the excerpt');
    }
  }
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" data-testid="excerpt-deleted-notice">
      <Text size="sm" lineClamp={2}>
        Excerpt deleted: “{excerpt.exact}”
      </Text>
      <Button size="compact-xs" variant="light" loading={busy} onClick={() => void undo()}>
        Undo
      </Button>
    </Group>
  );
}

export async function deleteExcerptWithUndo(excerpt: Excerpt): Promise<void> {
  try {
    await api.call('excerpts.delete', { id: excerpt.id });
  } catch (error) {
    showError(error, 'The excerpt was not deleted');
    return;
  }
  await invalidateAfter('excerpts.delete');
  const id = `excerpt-deleted-${excerpt.id}`;
  notifications.show({ id, color: 'gray', message: <UndoMessage excerpt={excerpt} notificationId={id} />, autoClose: UNDO_WINDOW_MS });
}
