// Where the article came from and the fingerprints that prove it is unchanged: what an analyst
// cites when someone asks "how do you know this is what the page said?".
import { Stack, Text } from '@mantine/core';
import type { Article } from '../../../../shared/contract/schemas';
import { CopyValue } from '../../ui/CopyValue';
import { formatBytes, formatDateTime } from '../../ui/format';
import { OpenLinkButton } from '../../ui/OpenLinkButton';
import { Field } from '../../ui/Field';
import { WebCaptureProvenance } from './WebCaptureProvenance';

const CAPTURE_METHODS: Record<string, string> = {
  paste: 'Pasted text',
  'file-text': 'Text file',
  'file-markdown': 'Markdown file',
  'file-html': 'Web page (HTML)',
  'file-pdf': 'PDF',
  'case-file': 'Case file import',
  web: 'Captured from the web',
};

/** 2020-03-06 14:05:09 UTC: the stored timestamp, to the second, in the zone it was stored in. */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** A URL from evidence: text to read and copy, never a live link; opening it is a deliberate act. */
export function UrlValue({ url, label, testId }: { url: string; label: string; testId?: string }) {
  return (
    <Stack gap={0} align="flex-start">
      <CopyValue value={url} label={label} testId={testId} />
      <OpenLinkButton url={url} />
    </Stack>
  );
}

export function ProvenancePanel({ article }: { article: Article }) {
  return (
    <Stack gap="xs" data-testid="provenance">
      <Field label="Original SHA-256">
        <CopyValue value={article.originalSha256} label="the original's SHA-256" testId="original-sha256" />
      </Field>
      <Field label="Text SHA-256">
        <CopyValue value={article.textSha256} label="the text's SHA-256" testId="text-sha256" />
      </Field>
      <Field label="Original">
        {[
          article.originalFilename,
          article.mediaType,
          `${formatBytes(article.originalSize)} (${article.originalSize.toLocaleString()} bytes)`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Field>
      <Field label="Captured">
        <div>{CAPTURE_METHODS[article.captureMethod] ?? article.captureMethod}</div>
        <div data-testid="captured-at-utc">{formatUtc(article.capturedAt)}</div>
        <Text fz="xs" c="dimmed">
          {formatDateTime(article.capturedAt)} local time
        </Text>
      </Field>
      <Field label="Captured by">{article.capturedBy}</Field>
      <Field label="Extractor">{article.extractor && <span data-testid="extractor">{article.extractor}</span>}</Field>
      {article.charset && <Field label="Character set">{article.charset}</Field>}
      {article.siteName && <Field label="Site name (declared)">{article.siteName}</Field>}
      {article.captureMethod === 'web' && <WebCaptureProvenance articleId={article.id} />}
      {article.canonicalUrl && article.canonicalUrl !== article.url && (
        <Field label="Canonical URL (declared)">
          <UrlValue url={article.canonicalUrl} label="canonical URL" />
        </Field>
      )}
    </Stack>
  );
}
