// Everything a web capture recorded, shown under the article's provenance: what was asked, every
// redirect, what answered (status, headers, address, TLS chain), when, with which tool, by whom and
// by which route, with the WARC and the rendered snapshots to save. Nothing here fetches anything.
import { Anchor, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { WebCapture } from '../../../../shared/contract/webCapture';
import { api } from '../../api/client';
import { useCall } from '../../api/hooks';
import { href } from '../../app/route';
import { CopyValue } from '../../ui/CopyValue';
import { base64ToBytes } from '../../ui/bytes';
import { saveExport } from '../../ui/saveExport';
import { formatBytes } from '../../ui/format';
import { showError } from '../../ui/notify';
import { Field } from '../../ui/Field';
import { routeLabel } from '../../ui/networkRoute';

function utc(iso: string): string {
  return `${iso.slice(0, 19).replace('T', ' ')} UTC`;
}

// A PDF snapshot is the page as printed, not a report: saved with its own type.
const SNAPSHOT_KINDS = { warc: 'warc', screenshot: 'png', pdf: 'original' } as const;

async function save(articleId: string, kind: 'warc' | 'screenshot' | 'pdf', name: string): Promise<void> {
  try {
    const file = await api.call('web.snapshot', { articleId, kind });
    await saveExport(base64ToBytes(file.bytesBase64), name, SNAPSHOT_KINDS[kind]);
  } catch (error) {
    showError(error, 'The file could not be saved');
  }
}

export function WebCaptureProvenance({ articleId }: { articleId: string }) {
  const capture = useCall('web.getCapture', { articleId });
  if (!capture.data) return null;
  return <CaptureFacts c={capture.data} />;
}

function CaptureFacts({ c }: { c: WebCapture }) {
  const base = c.articleId.slice(0, 8);
  return (
    <Stack gap="xs" data-testid="web-provenance">
      <Field label="Requested URL">
        <CopyValue value={c.requestedUrl} label="the requested URL" testId="web-requested-url" />
      </Field>
      {c.hops.length > 0 && (
        <Field label={`Redirects (${c.hops.length})`}>
          <List size="xs" spacing={2} data-testid="web-hops">
            {c.hops.map((h) => (
              <List.Item key={h.url}>
                {h.status} {h.url} → {h.location}
              </List.Item>
            ))}
          </List>
        </Field>
      )}
      <Field label="Final URL">
        <CopyValue value={c.finalUrl} label="the final URL" testId="web-final-url" />
      </Field>
      <Field label="Response">
        <span data-testid="web-status">
          HTTP/{c.httpVersion} {c.status} {c.statusText}
        </span>
        <Text fz="xs" c="dimmed">
          {c.declaredContentType || 'no content type declared'}
          {c.detectedMediaType && !c.declaredContentType.startsWith(c.detectedMediaType)
            ? ` · read as ${c.detectedMediaType}`
            : ''}
        </Text>
      </Field>
      <Field label="Remote address">{c.remote ? `${c.remote.address} port ${c.remote.port}` : ''}</Field>
      <Field label="Network route">
        <span data-testid="web-route">{routeLabel({ mode: c.route.mode, proxy: c.route.proxy })}</span>
      </Field>
      {c.tls && (
        <Field label="TLS">
          <div>
            {c.tls.protocol} · {c.tls.cipher} ·{' '}
            {c.tls.authorized ? (
              'certificate valid'
            ) : (
              <Text span c="red" fz="sm">
                certificate failed validation: {c.tls.authorizationError}
              </Text>
            )}
          </div>
          {c.tls.certificates.map((cert) => (
            <Stack key={cert.sha256Fingerprint} gap={0} mt={4}>
              <Text fz="xs">{cert.subject}</Text>
              <Text fz="xs" c="dimmed">
                issued by {cert.issuer} · {cert.validFrom} – {cert.validTo}
              </Text>
              <Code fz={10} style={{ wordBreak: 'break-all' }}>
                SHA-256 {cert.sha256Fingerprint}
              </Code>
            </Stack>
          ))}
        </Field>
      )}
      <Field label="Fetched">
        <div data-testid="web-times">
          {utc(c.startedAt)} → {utc(c.finishedAt)}
        </div>
      </Field>
      <Field label="Tool">
        {c.tool.name} {c.tool.version}
        <Text fz="xs" c="dimmed">
          User-Agent: {c.tool.userAgent}
        </Text>
      </Field>
      <Field label="Analyst">{c.analyst}</Field>
      <Field label={`Response headers (${c.responseHeaders.length})`}>
        <Code block fz={10} data-testid="web-headers">
          {c.responseHeaders.map(([k, v]) => `${k}: ${v}`).join('\n')}
        </Code>
      </Field>
      {c.warnings.length > 0 && (
        <Field label="Warnings">
          {c.warnings.map((w) => (
            <Text key={w} fz="xs" c="orange">
              {w}
            </Text>
          ))}
        </Field>
      )}
      {c.previousArticleId && (
        <Field label="Page changed since">
          <Anchor fz="sm" href={href({ screen: 'article', id: c.previousArticleId })}>
            the earlier capture of this URL
          </Anchor>
        </Field>
      )}
      <Field label="WARC">
        <CopyValue value={c.warc.sha256} label="the WARC's SHA-256" testId="web-warc-sha256" />
        <Text fz="xs" c="dimmed">
          {formatBytes(c.warc.size)}
        </Text>
      </Field>
      <Field label="Rendered snapshot">
        {c.screenshot ? (
          <Text fz="xs" data-testid="web-snapshot">
            PNG {c.screenshot.width}×{c.screenshot.height} · {c.pdf ? `PDF ${formatBytes(c.pdf.size)}` : 'no PDF'}
          </Text>
        ) : (
          <Text fz="xs" c="dimmed" data-testid="web-snapshot">
            {c.snapshotNote}
          </Text>
        )}
      </Field>
      <Group gap="xs">
        <Button
          size="compact-xs"
          variant="default"
          leftSection={<IconDownload size={12} />}
          onClick={() => void save(c.articleId, 'warc', `capture-${base}.warc.gz`)}
        >
          WARC
        </Button>
        {c.screenshot && (
          <Button
            size="compact-xs"
            variant="default"
            leftSection={<IconDownload size={12} />}
            onClick={() => void save(c.articleId, 'screenshot', `capture-${base}.png`)}
          >
            Screenshot
          </Button>
        )}
        {c.pdf && (
          <Button
            size="compact-xs"
            variant="default"
            leftSection={<IconDownload size={12} />}
            onClick={() => void save(c.articleId, 'pdf', `capture-${base}.pdf`)}
          >
            PDF print
          </Button>
        )}
      </Group>
    </Stack>
  );
}
