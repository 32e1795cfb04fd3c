// "Save original…": the exact captured bytes, checked against the SHA-256 recorded at capture before
// they are offered, so what the analyst hands on is provably the evidence.
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { Article } from '../../../../shared/contract/schemas';
import { api } from '../../api/client';
import { safeFileName } from '../../../../shared/domain/fileNames';
import { base64ToBytes, sha256Hex } from '../../ui/bytes';
import { saveExport } from '../../ui/saveExport';
import { showError } from '../../ui/notify';

const EXTENSIONS: Record<string, string> = {
  'text/html': '.html',
  'application/pdf': '.pdf',
  'text/markdown': '.md',
  'text/plain': '.txt',
};

export function SaveOriginalButton({
  article,
}: {
  article: Pick<Article, 'id' | 'originalFilename' | 'originalSha256' | 'mediaType'>;
}) {
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      const original = await api.call('articles.original', { id: article.id });
      const bytes = base64ToBytes(original.bytesBase64);
      const actual = await sha256Hex(bytes);
      if (actual !== article.originalSha256) {
        throw new Error(
          `The original's bytes hash to ${actual}, not the recorded ${article.originalSha256}; nothing was saved. Run "casefile verify".`,
        );
      }
      const fallback = `${article.originalSha256.slice(0, 16)}${EXTENSIONS[article.mediaType] ?? '.bin'}`;
      await saveExport(bytes, safeFileName(original.filename || article.originalFilename, fallback), 'original');
    } catch (error) {
      showError(error, 'The original was not saved');
    } finally {
      setSaving(false);
    }
  };
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconDownload size={14} />}
      loading={saving}
      onClick={() => void save()}
    >
      Save original…
    </Button>
  );
}
