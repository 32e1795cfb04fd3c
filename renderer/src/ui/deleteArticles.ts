// Deleting articles asks nothing: they go to the Trash (with their excerpts, mentions and case
// items), and the app's one undo (ui/undo) offers Undo, which restores the very same rows. Redo
// moves them to the Trash again. Emptying the Trash is what asks.
import { articleLabel } from '../../../shared/domain/untitled';
import { api } from '../api/client';
import { invalidateAfter } from '../api/hooks';
import { showError } from './notify';
import { recordChange } from './undo';

/**
 * Moves the articles to the Trash, then offers Undo. `before` runs once they are gone and before
 * Undo is recorded (the article page leaves for the Library, so Ctrl/Cmd+Z works there).
 */
export async function deleteArticlesWithUndo(
  articles: { id: string; title: string }[],
  before?: () => void,
): Promise<boolean> {
  if (!articles.length) return false;
  const ids = articles.map((a) => a.id);
  try {
    await api.call('articles.delete', { ids });
  } catch (error) {
    showError(error, articles.length === 1 ? 'The article was not deleted' : 'The articles were not deleted');
    return false;
  }
  before?.();
  await invalidateAfter('articles.delete');
  const single = articles.length === 1 ? articles[0]! : null;
  recordChange({
    method: 'articles.delete',
    title: 'Moved to the Trash',
    message: single
      ? `“${articleLabel(single.title)}” moved to the Trash.`
      : `${articles.length} articles moved to the Trash.`,
    testId: 'article-deleted-notice',
    undo: async () => {
      const { dropped } = await api.call('articles.restore', { ids });
      if (dropped.length)
        showError(new Error(`Gone meanwhile, so not restored: ${dropped.join(', ')}.`), 'Restored, except some links');
    },
    redo: async () => {
      await api.call('articles.delete', { ids });
    },
  });
  return true;
}
