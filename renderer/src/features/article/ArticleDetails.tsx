// The article's metadata and provenance: who published it, when, how and by whom it was captured,
// and the two fingerprints that prove the original and its text are unchanged.
import { Badge, Divider, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Article } from '../../../../shared/contract/schemas';
import { formatPartialDate } from '../../../../shared/domain/partialDate';
import { CopyValue } from '../../ui/CopyValue';
import { formatBytes, formatDateTime } from '../../ui/format';

const CAPTURE_METHODS: Record<string, string> = {
  paste: 'Pasted text',
  'file-text': 'Text file',
  'file-markdown': 'Markdown file',
  'file-html': 'Web page (HTML)',
  'file-pdf': 'PDF',
  'case-file': 'Case file import',
};

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text fz={11} c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)' }}>{children || <Text span c="dimmed" fz="sm">—</Text>}</div>
    </div>
  );
}

export function ArticleDetails({ article }: { article: Article }) {
  return (
    <Stack gap="xs" data-testid="article-details">
      <Field label="Publisher">
        {article.publisherName && (
          <>
            {article.publisherName}{' '}
            {article.publisherReliability && (
              <Badge variant="light" title="Current reliability of the publisher">
                {article.publisherReliability}
              </Badge>
            )}
          </>
        )}
      </Field>
      <Field label="Byline">{article.byline}</Field>
      <Field label="Published">{formatPartialDate(article.published)}</Field>
      <Field label="Language">{article.language}</Field>
      <Field label="Translator">{article.translator}</Field>
      <Field label="URL">{article.url && <CopyValue value={article.url} label="URL" />}</Field>
      <Divider />
      <Field label="Captured">
        {CAPTURE_METHODS[article.captureMethod] ?? article.captureMethod} · {formatDateTime(article.capturedAt)}
      </Field>
      <Field label="Captured by">{article.capturedBy}</Field>
      <Field label="Original">
        {[article.originalFilename, article.mediaType, formatBytes(article.originalSize)].filter(Boolean).join(' · ')}
      </Field>
      <Field label="Original SHA-256">
        <CopyValue value={article.originalSha256} label="the original's SHA-256" testId="original-sha256" />
      </Field>
      <Field label="Text SHA-256">
        <CopyValue value={article.textSha256} label="the text's SHA-256" testId="text-sha256" />
      </Field>
    </Stack>
  );
}
