// One entity's page, from a single `entities.page` read: who or what it is, every spelling of it,
// where the evidence mentions it and how reliable that evidence is, and what it is linked to. Below
// its heading and description, tabs (kept in the route, #/entities/<id>?tab=chart, so Back and a
// reload come back to the same one); a tab's content is mounted only while it is shown, so the link
// chart and its graph library load only once the Chart tab is first opened.
import { Alert, Button, Center, Group, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowMerge } from '@tabler/icons-react';
import { useCall } from '../../api/hooks';
import { errorMessage } from '../../ui/notify';
import { CoMentioned, EntityNotes, EntitySources } from './EntityContext';
import { EntityAliases } from './EntityAliases';
import { GeneratedSpellings } from './GeneratedSpellings';
import { EntityDescription } from './EntityDescription';
import { EntityExternalIds } from './EntityExternalIds';
import { EntityMentions } from './EntityMentions';
import { EntityRelationships } from './EntityRelationships';
import { EntityTags } from './EntityTags';
import { ENTITY_TYPE_INFO, EntityTypeIcon } from '../../ui/entities/entityTypes';
import { MergeEntityModal } from './MergeEntityModal';
import { Section } from './Section';
import { AddToCaseMenu } from '../../ui/addToCase';
import { useSlots } from '../../app/slots';
import { useScrollToTopWhen } from '../../ui/scrollToTop';
import { ENTITY_TABS, navigate, type EntityTab } from '../../app/route';

export function EntityDetail({ id, tab = 'overview' }: { id: string; tab?: EntityTab }) {
  const { ScopedChart } = useSlots();
  const page = useCall('entities.page', { id });
  const [merging, { open, close }] = useDisclosure(false);
  const tabsRef = useScrollToTopWhen<HTMLDivElement>(tab === 'chart' && page.isSuccess);
  if (page.isError) {
    return (
      <Alert color="red" title="Could not open the entity">
        {errorMessage(page.error)}
      </Alert>
    );
  }
  if (page.isPending) {
    return (
      <Center p="lg">
        <Loader size="sm" />
      </Center>
    );
  }
  const p = page.data;
  const e = p.entity;
  const articles = new Set(p.mentions.map((m) => m.articleId)).size;
  return (
    <Paper withBorder p="md" radius="sm" data-testid="entity-detail">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap">
            <EntityTypeIcon type={e.type} size="lg" />
            <div>
              <Title order={4}>{e.name}</Title>
              <Text size="xs" c="dimmed">
                {ENTITY_TYPE_INFO[e.type].label} · {e.mentionCount} mention(s) in {articles} article(s)
              </Text>
            </div>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <AddToCaseMenu getIds={() => [e.id]} />
            <Button size="xs" variant="default" leftSection={<IconArrowMerge size={14} />} onClick={open}>
              Merge into…
            </Button>
          </Group>
        </Group>
        <EntityDescription entity={e} />
        <EntityTags entity={e} />
        <Tabs
          value={tab}
          keepMounted={false}
          onChange={(value) => {
            const next = ENTITY_TABS.find((t) => t === value);
            if (next)
              navigate(
                { screen: 'entities', id: e.id, ...(next === 'overview' ? {} : { tab: next }) },
                { replace: true },
              );
          }}
        >
          <Tabs.List ref={tabsRef} aria-label="Entity views" data-testid="entity-tabs">
            <Tabs.Tab value="overview">Overview</Tabs.Tab>
            <Tabs.Tab value="mentions">Mentions ({e.mentionCount})</Tabs.Tab>
            <Tabs.Tab value="relationships">Relationships ({p.relationships.length})</Tabs.Tab>
            <Tabs.Tab value="chart">Chart</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="overview" pt="sm">
            <Stack gap="sm">
              <Section title="Aliases" testId="entity-aliases">
                <EntityAliases key={e.id} entity={e} />
              </Section>
              <Section title="Spellings in other systems" testId="entity-spellings">
                <GeneratedSpellings key={e.id} entity={e} />
              </Section>
              <Section title="External identifiers" testId="entity-external-ids">
                <EntityExternalIds entity={e} />
              </Section>
              <Section title="Notes that mention it" testId="entity-notes">
                <EntityNotes notes={p.notes} />
              </Section>
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="mentions" pt="sm">
            <Stack gap="sm">
              <Section title="Mentions" testId="entity-mentions">
                <EntityMentions mentions={p.mentions} />
              </Section>
              <Section title="Sources that speak about it" testId="entity-sources">
                <EntitySources sources={p.sources} />
              </Section>
              <Section title="Mentioned with" testId="entity-co-mentioned">
                <CoMentioned entities={p.coMentioned} />
              </Section>
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="relationships" pt="sm">
            <Section title="Relationships" testId="entity-relationships">
              <EntityRelationships page={p} />
            </Section>
          </Tabs.Panel>
          {/* As tall as the window from the start (the chart loads lazily), so the strip can scroll to the top. */}
          <Tabs.Panel value="chart" pt="sm" mih="calc(100dvh - 60px)">
            <Section title="Link chart" testId="entity-chart">
              {/* The tab strip scrolls to the top (tabsRef), and the chart fills the window below its toolbar. */}
              <ScopedChart entityId={e.id} title={e.name} height="max(360px, calc(100dvh - 300px))" />
            </Section>
          </Tabs.Panel>
        </Tabs>
      </Stack>
      {merging && <MergeEntityModal entity={e} opened={merging} onClose={close} />}
    </Paper>
  );
}
