// The library timeline: every dated excerpt and article, or those of a case, an entity or a
// source, or from sources rated at least so well; the drawing beside a list of what the brushed
// range (or the visible range) holds; exports as PNG, SVG and CSV.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { RELIABILITY, RELIABILITY_LETTERS, type Reliability } from '../../../../shared/domain/admiralty';
import { formatPartialDate } from '../../../../shared/domain/partialDate';
import { useCall } from '../../api/hooks';
import { href } from '../../app/route';
import { saveExport } from '../../ui/saveExport';
import { errorMessage, showError } from '../../ui/notify';
import type { Domain } from '../../ui/timeline/timelineLayout';
import { readDate } from '../../ui/format';
import { EntityPicker } from '../../ui/entities/EntityPicker';
import { TimelineChart } from './TimelineChart';
import { fitDomain, itemDays, timelineCsv } from './timelineView';

async function svgToPng(svg: SVGSVGElement): Promise<Uint8Array<ArrayBuffer>> {
  const text = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = svg.width.baseVal.value * 2;
    canvas.height = svg.height.baseVal.value * 2;
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The picture could not be drawn.'))), 'image/png'),
    );
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function TimelineScreen() {
  const [caseId, setCaseId] = useState<string | null>(null);
  const [entityId, setEntityId] = useState<string | null>(null);
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [minReliability, setMinReliability] = useState<Reliability | null>(null);
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const from = readDate(fromText);
  const to = readDate(toText);
  const cases = useCall('cases.list', {});
  const sources = useCall('sources.list', {});
  const timeline = useCall('timeline.build', {
    ...(caseId ? { caseId } : {}),
    ...(entityId ? { entityId } : {}),
    ...(sourceId ? { sourceId } : {}),
    ...(minReliability ? { minReliability } : {}),
    ...(from.value ? { from: from.value } : {}),
    ...(to.value ? { to: to.value } : {}),
  });
  const items = useMemo(() => timeline.data?.items ?? [], [timeline.data]);
  const [domain, setDomain] = useState<Domain | null>(null);
  const [brush, setBrush] = useState<Domain | null>(null);
  const { ref: sizeRef, width } = useElementSize();
  const svg = useRef<SVGSVGElement>(null);
  const fit = () => setDomain(fitDomain(items));
  useEffect(() => {
    setDomain(fitDomain(items));
    setBrush(null);
  }, [items]);

  const range = brush && brush.to > brush.from ? brush : domain;
  const listed = range
    ? items.filter((i) => {
        const d = itemDays(i);
        return d.end > range.from && d.start < range.to;
      })
    : items;

  const exportAs = async (format: 'png' | 'svg' | 'csv') => {
    try {
      if (format === 'csv') await saveExport(timelineCsv(listed), 'timeline.csv', 'csv');
      else if (svg.current && format === 'svg')
        await saveExport(new XMLSerializer().serializeToString(svg.current), 'timeline.svg', 'svg');
      else if (svg.current) await saveExport(await svgToPng(svg.current), 'timeline.png', 'png');
    } catch (error) {
      showError(error, 'Could not export the timeline');
    }
  };

  return (
    <Stack gap="sm" p="md" h="100%" data-testid="timeline-screen">
      <Group justify="space-between" align="flex-end">
        <Title order={3}>Timeline</Title>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button size="xs" variant="default" leftSection={<IconDownload size={14} />}>
              Export
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => void exportAs('png')}>Picture (PNG)</Menu.Item>
            <Menu.Item onClick={() => void exportAs('svg')}>Drawing (SVG)</Menu.Item>
            <Menu.Item onClick={() => void exportAs('csv')}>The listed items (CSV)</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Group gap="xs" align="flex-end">
        <Select
          size="xs"
          w={220}
          label="Case"
          placeholder="Whole library"
          clearable
          searchable
          data={(cases.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
          value={caseId}
          onChange={setCaseId}
        />
        <EntityPicker
          size="xs"
          w={220}
          label="Entity"
          placeholder="Any entity"
          clearable
          value={entityId}
          onChange={(e) => setEntityId(e?.id ?? null)}
        />
        <Select
          size="xs"
          w={200}
          label="Source"
          placeholder="Any source"
          clearable
          searchable
          data={(sources.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={sourceId}
          onChange={setSourceId}
        />
        <Select
          size="xs"
          w={170}
          label="Source reliability"
          placeholder="Any"
          clearable
          data={RELIABILITY_LETTERS.filter((l) => l !== 'F').map((l) => ({
            value: l,
            label: `At least ${l} – ${RELIABILITY[l].label}`,
          }))}
          value={minReliability}
          onChange={(v) => setMinReliability(v as Reliability | null)}
        />
        <TextInput
          size="xs"
          w={120}
          label="From"
          placeholder="2019"
          value={fromText}
          onChange={(e) => setFromText(e.currentTarget.value)}
          error={from.error}
        />
        <TextInput
          size="xs"
          w={120}
          label="To"
          placeholder="March 2020"
          value={toText}
          onChange={(e) => setToText(e.currentTarget.value)}
          error={to.error}
        />
      </Group>
      {timeline.isError && (
        <Alert color="red" title="Could not build the timeline">
          {errorMessage(timeline.error)}
        </Alert>
      )}
      {timeline.data && !items.length ? (
        <Text size="sm" c="dimmed" data-testid="timeline-empty">
          Nothing dated here yet. Give excerpts an event date and articles a published date (partial dates such as
          “March 2020” are fine), or loosen the filters.
        </Text>
      ) : (
        <Group align="flex-start" gap="sm" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
          <Paper withBorder p="xs" ref={sizeRef} style={{ flex: 1, minWidth: 0 }}>
            {domain && width > 0 && (
              <TimelineChart
                ref={svg}
                items={items}
                domain={domain}
                onDomain={setDomain}
                onFit={fit}
                brush={brush}
                onBrush={setBrush}
                width={width - 2}
              />
            )}
          </Paper>
          <Paper withBorder p="xs" w={360} style={{ display: 'flex', flexDirection: 'column', maxHeight: '100%' }}>
            <Text size="xs" c="dimmed" mb={4} data-testid="timeline-list-count">
              {listed.length} of {items.length} item(s){brush ? ' in the chosen range' : ' in view'}
              {brush && (
                <Anchor component="button" size="xs" ml={6} onClick={() => setBrush(null)}>
                  clear range
                </Anchor>
              )}
            </Text>
            <ScrollArea style={{ flex: 1 }}>
              <Stack
                gap={4}
                component="ol"
                style={{ listStyle: 'none', padding: 0, margin: 0 }}
                aria-label="Dated items"
                data-testid="timeline-list"
              >
                {listed.map((i) => (
                  <li key={`${i.lane}-${i.id}`} data-testid="timeline-list-item">
                    <Group gap={4} wrap="nowrap" align="flex-start">
                      <Badge
                        size="xs"
                        variant="light"
                        color={i.lane === 'event' ? 'blue' : 'gray'}
                        style={{ flexShrink: 0 }}
                      >
                        {i.lane === 'event' ? 'event' : 'report'}
                      </Badge>
                      {i.grade && (
                        <Badge size="xs" variant="outline" style={{ flexShrink: 0 }}>
                          {i.grade}
                        </Badge>
                      )}
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Text size="xs" fw={600}>
                          {formatPartialDate(i.date)}
                        </Text>
                        <Anchor
                          size="xs"
                          href={href(
                            i.kind === 'excerpt'
                              ? { screen: 'article', id: i.articleId, excerptId: i.id }
                              : { screen: 'article', id: i.articleId },
                          )}
                          dir="auto"
                          lineClamp={2}
                        >
                          {i.kind === 'excerpt' ? `“${i.text}”` : i.title || 'Untitled article'}
                        </Anchor>
                        <Text size="xs" c="dimmed" truncate>
                          {i.kind === 'excerpt' ? i.title : i.sourceName}
                        </Text>
                      </Stack>
                    </Group>
                  </li>
                ))}
              </Stack>
            </ScrollArea>
          </Paper>
        </Group>
      )}
    </Stack>
  );
}
