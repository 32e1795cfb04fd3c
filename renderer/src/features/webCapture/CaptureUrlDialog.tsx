// "Capture URL…": paste one URL or a list, choose a rendered snapshot, and capture. The job shows
// the shared progress dialog with Cancel; afterwards every URL is listed with what became of it.
import { Alert, Anchor, Button, Checkbox, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconWorldDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { WebCaptureResult } from '../../../../shared/contract/webCapture';
import { invalidateAfter, useCall } from '../../api/hooks';
import { href, navigate } from '../../app/route';
import { runJobWithProgress } from '../../ui/jobProgress';
import { showError } from '../../ui/notify';
import { closeCaptureDialog, parseUrlList, showCaptureResult, useCaptureDialog } from './captureStore';
import { routeLabel } from '../../ui/networkRoute';

export function CaptureUrlDialog() {
  const state = useCaptureDialog();
  if (!state.opened) return null;
  return (
    <Modal
      opened
      onClose={closeCaptureDialog}
      title={state.result ? (state.cancelled ? 'Capture cancelled' : 'Capture finished') : 'Capture URL'}
      size="lg"
      data-testid="capture-url-dialog"
    >
      {state.result ? <CaptureSummary result={state.result} /> : <CaptureForm />}
    </Modal>
  );
}

function CaptureForm() {
  const [text, setText] = useState('');
  const [snapshot, setSnapshot] = useState(true);
  const [captureAnyway, setCaptureAnyway] = useState(false);
  const network = useCall('web.getNetwork', {});
  const engine = useCall('web.snapshotEngine', {});
  const urls = parseUrlList(text);
  const canSnapshot = engine.data?.available ?? false;

  const submit = async () => {
    if (!urls.length) return;
    closeCaptureDialog();
    try {
      const result = await runJobWithProgress(
        `Capturing ${urls.length} URL${urls.length === 1 ? '' : 's'}`,
        'web.capture',
        {
          urls,
          snapshot: snapshot && canSnapshot,
          captureAnyway,
        },
      );
      void invalidateAfter('web.capture');
      showCaptureResult(result);
    } catch (error) {
      showError(error, 'The capture could not start');
    }
  };

  return (
    <Stack gap="sm">
      <Textarea
        label="URLs to capture"
        description="One per line. Each page is fetched once and stored with its exact bytes, its WARC record and its provenance."
        placeholder={'https://www.dailynk.com/english/…\nhttps://…'}
        autosize
        minRows={4}
        maxRows={12}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-autofocus
        data-testid="capture-urls"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) void submit();
        }}
      />
      <Text fz="xs" c="dimmed" data-testid="capture-route">
        Route: {network.data ? routeLabel(network.data) : '…'} · change it in{' '}
        <Anchor fz="xs" href={href({ screen: 'settings' })} onClick={closeCaptureDialog}>
          Settings
        </Anchor>
      </Text>
      <Checkbox
        label="Also render a snapshot (full-page screenshot and PDF) in a throwaway browser"
        description={
          canSnapshot
            ? 'Scripts run only in that browser, never in Casefile.'
            : 'No browser engine was found here: captures are text-only.'
        }
        checked={snapshot && canSnapshot}
        disabled={!canSnapshot}
        onChange={(e) => setSnapshot(e.currentTarget.checked)}
      />
      <Checkbox
        label="Capture anyway if the TLS certificate fails validation (the failure is recorded)"
        checked={captureAnyway}
        onChange={(e) => setCaptureAnyway(e.currentTarget.checked)}
      />
      <Group justify="space-between">
        <Text fz="xs" c="dimmed">
          {urls.length ? `${urls.length} URL${urls.length === 1 ? '' : 's'}` : 'Paste at least one URL'}
        </Text>
        <Button
          leftSection={<IconWorldDownload size={16} />}
          onClick={() => void submit()}
          disabled={!urls.length}
          data-testid="capture-start"
        >
          Capture
        </Button>
      </Group>
    </Stack>
  );
}

function CaptureSummary({ result }: { result: WebCaptureResult }) {
  const open = (id: string) => (event: React.MouseEvent) => {
    event.preventDefault();
    closeCaptureDialog();
    navigate({ screen: 'article', id });
  };
  return (
    <Stack gap="sm" data-testid="capture-summary">
      <Text fz="sm">
        {result.captured.length} captured · {result.duplicates.length} already in the library · {result.failed.length}{' '}
        failed
      </Text>
      {result.captured.length > 0 && (
        <List size="sm" spacing={4}>
          {result.captured.map((c) => (
            <List.Item key={c.id}>
              <Anchor href={href({ screen: 'article', id: c.id })} onClick={open(c.id)}>
                {c.title || c.url}
              </Anchor>
              {c.previousArticleId && (
                <Text span fz="xs" c="orange">
                  {' '}
                  · the page changed since an earlier capture
                </Text>
              )}
              {c.warnings.map((w) => (
                <Text key={w} fz="xs" c="dimmed">
                  {w}
                </Text>
              ))}
            </List.Item>
          ))}
        </List>
      )}
      {result.duplicates.length > 0 && (
        <List size="sm" spacing={4}>
          {result.duplicates.map((d) => (
            <List.Item key={d.url}>
              {d.url} is already in the library as{' '}
              <Anchor href={href({ screen: 'article', id: d.id })} onClick={open(d.id)}>
                “{d.title || '(untitled)'}”
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      {result.failed.map((f) => (
        <Alert key={f.url} color="red" variant="light" title={f.url} data-testid="capture-failure">
          {f.error}
        </Alert>
      ))}
      <Group justify="flex-end">
        <Button variant="default" onClick={closeCaptureDialog}>
          Close
        </Button>
      </Group>
    </Stack>
  );
}
