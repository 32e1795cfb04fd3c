import { Alert, Anchor, Badge, Button, Center, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconArrowLeft, IconFileZip } from '@tabler/icons-react';
import { useAction, useCall } from '../../api/hooks';
import { href } from '../../app/route';
import { errorMessage } from '../../ui/notify';
import { ReliabilityMatrix } from '../../ui/matrix';
import { formatDateTime } from '../../ui/format';
import { AddItemsBox } from './AddItemsBox';
import { CaseItems } from './CaseItems';
import { CaseSummary } from './CaseSummary';
import { CaseTitle } from './CaseTitle';
import { exportCaseFile } from './exchange/caseExchange';
import { CaseExportsMenu } from './exchange/CaseExportsMenu';
import { CaseTimeline } from './timeline/CaseTimeline';
import { useSlots } from '../../app/slots';

export function CaseDetail({ id }: { id: string }) {
  const { ScopedChart } = useSlots();
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
    <Stack gap="sm" p="md" maw={1100} data-testid="case-page">
      {back}
      {/* The title gets the whole width: long case titles are the norm, and must not be cut. */}
      <Group gap="xs" wrap="nowrap">
        <div style={{ flex: 1, minWidth: 0 }}>
          <CaseTitle id={c.id} title={c.title} />
        </div>
        {c.archived && <Badge color="gray">archived</Badge>}
      </Group>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="xs" c="dimmed">
          {c.items.length} item(s) · created {formatDateTime(c.createdAt)} · updated {formatDateTime(c.updatedAt)}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconFileZip size={14} />}
            onClick={() => void exportCaseFile(c.id, c.title)}
            title="A portable file a teammate can import and merge"
          >
            Export case file
          </Button>
          <CaseExportsMenu caseId={c.id} title={c.title} />
          <Button
            variant="default"
            leftSection={c.archived ? <IconArchiveOff size={14} /> : <IconArchive size={14} />}
            loading={update.isPending}
            onClick={() => update.mutate({ id: c.id, archived: !c.archived })}
          >
            {c.archived ? 'Unarchive' : 'Archive'}
          </Button>
        </Group>
      </Group>
      <CaseSummary id={c.id} summary={c.summary} />
      <CaseItems caseId={c.id} items={c.items} />
      <Divider label="Timeline" labelPosition="left" />
      <CaseTimeline caseId={c.id} articleIds={c.items.filter((i) => i.kind === 'article').map((i) => i.itemId)} />
      <Divider label="Link chart" labelPosition="left" />
      <ScopedChart caseId={c.id} title={c.title} height={480} />
      <Divider label="Reliability matrix of the case’s excerpts" labelPosition="left" />
      <ReliabilityMatrix caseId={c.id} />
      <Divider />
      <AddItemsBox caseId={c.id} />
    </Stack>
  );
}
