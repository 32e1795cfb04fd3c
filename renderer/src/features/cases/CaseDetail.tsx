import { Alert, Anchor, Badge, Button, Center, Divider, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconArrowLeft } from '@tabler/icons-react';
import { useAction, useCall } from '../../api/hooks';
import { href } from '../../app/route';
import { errorMessage } from '../../ui/notify';
import { ReliabilityMatrix } from '../matrix';
import { formatTimestamp } from '../sources/sourceKinds';
import { AddItemsBox } from './AddItemsBox';
import { CaseItems } from './CaseItems';
import { CaseTitle } from './CaseTitle';

export function CaseDetail({ id }: { id: string }) {
  const found = useCall('cases.get', { id });
  const update = useAction('cases.update');
  const back = (
    <Anchor size="xs" href={href({ screen: 'cases' })}>
      <Group gap={4}>
        <IconArrowLeft size={12} />
        All cases
      </Group>
    </Anchor>
  );
  if (found.isError) {
    return (
      <Stack gap="sm" p="md">
        {back}
        <Alert color="red" title="Could not open the case">
          {errorMessage(found.error)}
        </Alert>
      </Stack>
    );
  }
  if (found.isPending) {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  const c = found.data;
  return (
    <Stack gap="sm" p="md" maw={960}>
      {back}
      <Group justify="space-between" wrap="nowrap" align="center">
        <div style={{ flex: 1 }}>
          <CaseTitle id={c.id} title={c.title} />
        </div>
        {c.archived && <Badge color="gray">archived</Badge>}
        <Button
          size="xs"
          variant="default"
          leftSection={c.archived ? <IconArchiveOff size={14} /> : <IconArchive size={14} />}
          loading={update.isPending}
          onClick={() => update.mutate({ id: c.id, archived: !c.archived })}
        >
          {c.archived ? 'Unarchive' : 'Archive'}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {c.items.length} item(s) · created {formatTimestamp(c.createdAt)} · updated {formatTimestamp(c.updatedAt)}
      </Text>
      {c.summary.text.trim() && (
        <Paper withBorder p="sm" radius="sm">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.summary.text}
          </Text>
        </Paper>
      )}
      <CaseItems caseId={c.id} items={c.items} />
      <Divider label="Reliability matrix of the case’s excerpts" labelPosition="left" />
      <ReliabilityMatrix caseId={c.id} />
      <Divider />
      <AddItemsBox caseId={c.id} />
    </Stack>
  );
}
