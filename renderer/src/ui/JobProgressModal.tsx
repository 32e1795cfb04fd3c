// The progress dialog of the running job (step done of total, and what it is doing now), with Cancel.
import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { cancelRunningJob, useJobState } from './jobProgress';

export function JobProgressModal() {
  const state = useJobState();
  const { progress } = state;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Modal
      opened={state.running}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={state.title}
      centered
    >
      <Stack gap="xs" data-testid="job-progress">
        <Progress
          value={percent}
          animated={!progress || progress.done < progress.total}
          aria-label={`${state.title}: ${percent}%`}
        />
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed" truncate>
            {progress?.current || (progress ? 'Finishing' : 'Starting')}
          </Text>
          {progress && progress.total > 0 && (
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {progress.done} / {progress.total}
            </Text>
          )}
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={cancelRunningJob} loading={state.cancelling}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
