// Removing a tag is undoable through the app's one undo (ui/undo): Undo re-creates the mention with
// the same entity and span (mentions.delete returns what it removed); Redo removes it again.
import type { Mention } from '../../../../../shared/contract/schemas';
import { api } from '../../../api/client';
import { recordChange } from '../../../ui/undo';

export function showMentionRemoved(mention: Mention, entityName: string): void {
  let currentId = mention.id;
  recordChange({
    method: 'mentions.delete',
    title: 'Tag removed',
    message: `“${mention.exact}” is no longer tagged as ${entityName}.`,
    testId: 'mention-removed-notice',
    undo: async () => {
      const again = await api.call('mentions.create', {
        entityId: mention.entityId,
        articleId: mention.articleId,
        start: mention.start,
        end: mention.end,
        ...(mention.excerptId ? { excerptId: mention.excerptId } : {}),
      });
      currentId = again.id;
    },
    redo: async () => {
      await api.call('mentions.delete', { id: currentId });
    },
  });
}
