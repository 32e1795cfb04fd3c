// "Export annotations (W3C)": the article's excerpts as W3C Web Annotation JSON-LD, saved as a file.
import { api } from '../../../api/client';
import { downloadBytes, safeFileName } from '../../../ui/download';
import { showError, showSuccess } from '../../../ui/notify';

export async function exportArticleAnnotations(articleId: string, title: string): Promise<void> {
  try {
    const { annotations } = await api.call('excerpts.exportAnnotations', { id: articleId });
    const bytes = new TextEncoder().encode(`${JSON.stringify(annotations, null, 2)}\n`);
    downloadBytes(
      bytes as Uint8Array<ArrayBuffer>,
      safeFileName(`${title || 'article'} – annotations.jsonld`, 'annotations.jsonld'),
    );
    showSuccess(
      `${annotations.length} annotation${annotations.length === 1 ? '' : 's'} exported as W3C Web Annotations.`,
    );
  } catch (error) {
    showError(error, 'The annotations were not exported');
  }
}
