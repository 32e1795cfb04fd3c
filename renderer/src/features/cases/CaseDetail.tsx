import { Alert, Anchor, Badge, Button, Center, Divider, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconArrowLeft, IconFileZip } from '@tabler/icons-react';
import { useAction, useCall } from '../../api/hooks';
import { CASE_TABS, href, navigate, type CaseTab } from '../../app/route';
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
import { useScrollToTopWhen } from '../../ui/scrollToTop';

// One case's page: its title, exports and summary on top, then tabs for its items, its timeline, its
// link chart and its reliability matrix. The tab is in the route (#/cases/<id>?tab=chart), so Back
// from an article and a reload come back to it; a tab's content is mounted only while it is shown,
// so the chart (and its graph library) loads only once its tab is first opened.
export function CaseDetail({ id, tab = 'items' }: { id: string; tab?: CaseTab }) {
  const { ScopedChart } = useSlots();
  const found = useCall('cases.get', { id });
  const update = useAction('cases.update');
  const tabsRef = useScrollToTopWhen<HTMLDivElement>(tab === 'chart' && found.isSuccess);
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
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) => {
          const next = CASE_TABS.find((t) => t === value);
          if (next)
            navigate({ screen: 'cases', id: c.id, ...(next === 'items' ? {} : { tab: next }) }, { replace: true });
        }}
      >
        <Tabs.List ref={tabsRef} aria-label="Case views" data-testid="case-tabs">
          <Tabs.Tab value="items">Items ({c.items.length})</Tabs.Tab>
          <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
          <Tabs.Tab value="chart">Chart</Tabs.Tab>
          <Tabs.Tab value="matrix">Matrix</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="items" pt="sm">
          <Stack gap="sm">
            <CaseItems caseId={c.id} items={c.items} />
            <Divider />
            <AddItemsBox caseId={c.id} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="sm">
          <CaseTimeline caseId={c.id} articleIds={c.items.filter((i) => i.kind === 'article').map((i) => i.itemId)} />
        </Tabs.Panel>
        {/* As tall as the window from the start (the chart loads lazily), so the strip can scroll to the top. */}
        <Tabs.Panel value="chart" pt="sm" mih="calc(100dvh - 60px)">
          {/* The tab strip scrolls to the top (tabsRef), and the chart fills the window below its toolbar. */}
          <ScopedChart caseId={c.id} title={c.title} height="max(360px, calc(100dvh - 270px))" />
        </Tabs.Panel>
        <Tabs.Panel value="matrix" pt="sm">
          <Text size="sm" c="dimmed" mb="xs">
            Reliability matrix of the case’s excerpts
          </Text>
          <ReliabilityMatrix caseId={c.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
