// "Export annotations (W3C)": the article's excerpts as W3C Web Annotation JSON-LD, saved as a file.
import { api } from '../../../api/client';
import { safeFileName } from '../../../../../shared/domain/fileNames';
import { showError, showSuccess } from '../../../ui/notify';
import { saveExport } from '../../../ui/saveExport';

export async function exportArticleAnnotations(articleId: string, title: string): Promise<void> {
  try {
    const { annotations } = await api.call('excerpts.exportAnnotations', { id: articleId });
    const outcome = await saveExport(
      `${JSON.stringify(annotations, null, 2)}\n`,
      safeFileName(`${title || 'article'} – annotations.jsonld`, 'annotations.jsonld'),
      'annotations',
    );
    // A native save has its own notice (with Show in folder); a cancelled or failed one says nothing more.
    if (outcome?.how === 'downloaded')
      showSuccess(
        `${annotations.length} annotation${annotations.length === 1 ? '' : 's'} exported as W3C Web Annotations.`,
      );
  } catch (error) {
    showError(error, 'The annotations were not exported');
  }
}
