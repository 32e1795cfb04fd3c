// After an alias is added: find every article in the library where the entity's names occur and
// are not yet decided. A job in the backend (seconds on 100,000 articles) with a progress bar.
import { Alert, Anchor, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { JobProgress, JobResult } from '../../../../shared/contract/methods';
import { api } from '../../api/client';
import { href } from '../../app/route';
import { Kwic } from '../../ui/Kwic';
import { errorMessage } from '../../ui/notify';
import { articleLabel } from '../../../../shared/domain/untitled';

type ScanState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: JobProgress | null; jobId: string | null }
  | { phase: 'done'; result: JobResult<'entities.scan'> }
  | { phase: 'failed'; message: string };

export function AliasScan({ entityId, alias, onClose }: { entityId: string; alias: string; onClose: () => void }) {
  const [state, setState] = useState<ScanState>({ phase: 'idle' });
  async function scan() {
    setState({ phase: 'running', progress: null, jobId: null });
    try {
      const { result } = await api.runJob('entities.scan', { id: entityId }, (progress, jobId) =>
        setState({ phase: 'running', progress, jobId }),
      );
      setState({ phase: 'done', result });
    } catch (error) {
      setState({ phase: 'failed', message: errorMessage(error) });
    }
  }
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="alias-scan">
      {state.phase === 'idle' && (
        <Group gap="xs" justify="space-between">
          <Text size="xs">Alias “{alias}” added. Articles already in the library may mention it.</Text>
          <Group gap={4}>
            <Button size="compact-xs" leftSection={<IconSearch size={12} />} onClick={() => void scan()}>
              Scan the library for this alias
            </Button>
            <Button size="compact-xs" variant="subtle" color="gray" onClick={onClose}>
              Not now
            </Button>
          </Group>
        </Group>
      )}
      {state.phase === 'running' && (
        <Stack gap={4}>
          <Text size="xs">Scanning the library…</Text>
          <Progress
            size="sm"
            animated={!state.progress?.total}
            value={state.progress?.total ? (100 * state.progress.done) / state.progress.total : 100}
            aria-label="Scan progress"
          />
          {state.jobId && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              w="fit-content"
              onClick={() => void api.cancelJob(state.jobId!)}
            >
              Cancel
            </Button>
          )}
        </Stack>
      )}
      {state.phase === 'failed' && (
        <Alert color="red" title="The scan did not finish" withCloseButton onClose={onClose}>
          {state.message}
        </Alert>
      )}
      {state.phase === 'done' && (
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="xs" fw={500} data-testid="alias-scan-summary">
              {state.result.articles.length
                ? `${state.result.occurrences} undecided mention(s) in ${state.result.articles.length} article(s). Open one to accept or dismiss them.`
                : 'No article has an undecided mention of it.'}
            </Text>
            <Button size="compact-xs" variant="subtle" color="gray" onClick={onClose}>
              Close
            </Button>
          </Group>
          {state.result.articles.slice(0, 50).map((a) => (
            <Stack key={a.articleId} gap={0} data-testid="alias-scan-article">
              <Group gap={6} wrap="nowrap">
                <Anchor size="xs" href={href({ screen: 'article', id: a.articleId })} lineClamp={1}>
                  {articleLabel(a.title)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {a.occurrences}×
                </Text>
              </Group>
              <Kwic {...a.context} />
            </Stack>
          ))}
          {state.result.articles.length > 50 && (
            <Text size="xs" c="dimmed">
              …and {state.result.articles.length - 50} more.
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
