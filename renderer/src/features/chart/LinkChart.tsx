// The link chart: entities and the links between them, for the whole library, a case or one
// entity. Click a link to read the excerpts behind it; drag between entities to record a new one;
// the keyboard moves between entities and their neighbours; a list says the same for screen readers.
import type { ChartSlotProps } from '../../app/slots';
import {
  Alert,
  Box,
  Button,
  Group,
  Loader,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  VisuallyHidden,
  useComputedColorScheme,
  useMantineTheme,
} from '@mantine/core';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GraphData, GraphEdge } from '../../../../shared/contract/network';
import { api } from '../../api/client';
import { useCall } from '../../api/hooks';
import { navigate } from '../../app/route';
import { saveExport } from '../../ui/saveExport';
import { errorMessage, showError } from '../../ui/notify';
import { ENTITY_TYPE_INFO } from '../../ui/entities/entityTypes';
import { ChartList } from './ChartList';
import { mergeGraphs, neighboursOf, toElements, visibleGraph } from './chartElements';
import { chartStylesheet, LARGE_CHART_EDGES } from './chartStyle';
import { readDate } from '../../ui/format';
import { ChartToolbar, NO_FILTERS, type ChartFilters, type LayoutName } from './ChartToolbar';
import { DrawLinkModal, type PendingLink } from './DrawLinkModal';
import { EdgeEvidence } from './EdgeEvidence';
import { useCytoscape } from './useCytoscape';

export type LinkChartProps = ChartSlotProps;

export default function LinkChart({ caseId, entityId, title, height = 560 }: LinkChartProps) {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  const [filters, setFilters] = useState<ChartFilters>(NO_FILTERS);
  const [layout, setLayout] = useState<LayoutName>('fcose');
  const [showCoMentions, setShowCoMentions] = useState(true);
  const [groupByType, setGroupByType] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const [view, setView] = useState<'chart' | 'list'>('chart');
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [expansions, setExpansions] = useState<GraphData[]>([]);
  const [selectedEdgeId, setSelectedEdgeId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [anchorId, setAnchorId] = useState<string | null>(null);
  const [pendingLink, setPendingLink] = useState<PendingLink | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const container = useRef<HTMLDivElement>(null);

  const from = readDate(filters.from).value;
  const to = readDate(filters.to).value;
  const query = {
    ...(caseId ? { caseId } : {}),
    ...(entityId ? { entityId } : {}),
    ...(filters.minReliability ? { minReliability: filters.minReliability } : {}),
    ...(filters.maxCredibility ? { maxCredibility: filters.maxCredibility } : {}),
    ...(filters.entityTypes.length ? { entityTypes: filters.entityTypes } : {}),
    ...(filters.relationshipTypes.length ? { relationshipTypes: filters.relationshipTypes } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    coMentions: true,
  };
  const built = useCall('graph.build', query);
  const graph = useMemo(
    () => mergeGraphs([built.data ?? { nodes: [], edges: [] }, ...expansions]),
    [built.data, expansions],
  );
  const shown = useMemo(() => visibleGraph(graph, { showCoMentions, hidden }), [graph, showCoMentions, hidden]);
  const elements = useMemo(
    () => toElements(graph, { showCoMentions, groupByType, hidden }),
    [graph, showCoMentions, groupByType, hidden],
  );
  const large = shown.edges.length > LARGE_CHART_EDGES;
  const style = useMemo(() => chartStylesheet(theme, scheme, large), [theme, scheme, large]);
  const { cy, progress, revision } = useCytoscape(container, elements, layout, style);
  const nodesById = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const selectedEdge = shown.edges.find((e) => e.id === selectedEdgeId) ?? null;
  const focused = focusId ? (nodesById.get(focusId) ?? null) : null;

  useEffect(() => {
    if (!cy) return;
    const onEdge = (event: { target: EdgeSingular }) => {
      setSelectedEdgeId(event.target.id());
      setFocusId(null);
    };
    const onNode = (event: { target: NodeSingular }) => {
      if (event.target.isParent()) return;
      setFocusId(event.target.id());
      setAnchorId(event.target.id());
      setSelectedEdgeId(null);
    };
    const onOpen = (event: { target: NodeSingular }) => {
      if (!event.target.isParent()) navigate({ screen: 'entities', id: event.target.id() });
    };
    const onDrawn = (_event: unknown, source: NodeSingular, target: NodeSingular, added: EdgeSingular) => {
      added.remove(); // the drawn line becomes a relationship only once it has a type and evidence
      setPendingLink({
        source: { id: source.id(), name: source.data('label') as string },
        target: { id: target.id(), name: target.data('label') as string },
      });
    };
    cy.on('tap', 'edge', onEdge);
    cy.on('tap', 'node', onNode);
    cy.on('dbltap', 'node', onOpen);
    cy.on('ehcomplete', onDrawn as never);
    return () => {
      cy.off('tap', 'edge', onEdge);
      cy.off('tap', 'node', onNode);
      cy.off('dbltap', 'node', onOpen);
      cy.off('ehcomplete', onDrawn as never);
    };
  }, [cy]);

  // Drawing mode: the whole entity is the handle, so a drag from it to another draws a link.
  useEffect(() => {
    if (!cy || !drawing) return;
    const handles = (
      cy as unknown as { edgehandles(options: object): { enableDrawMode(): void; destroy(): void } }
    ).edgehandles({
      canConnect: (source: NodeSingular, target: NodeSingular) =>
        source.id() !== target.id() && !source.isParent() && !target.isParent(),
      edgeParams: () => ({ classes: 'drawn' }),
      snap: false,
    });
    handles.enableDrawMode();
    return () => handles.destroy();
  }, [cy, drawing]);

  // The keyboard focus and the selected link, shown on the chart.
  useEffect(() => {
    if (!cy) return;
    cy.nodes('.keyboard-focus').removeClass('keyboard-focus');
    if (focusId) {
      const node = cy.getElementById(focusId);
      node.addClass('keyboard-focus');
      const view = cy.extent();
      const at = node.nonempty() ? node.position() : null;
      if (at && (at.x < view.x1 || at.x > view.x2 || at.y < view.y1 || at.y > view.y2)) cy.center(node);
    }
    cy.edges(':selected').unselect();
    if (selectedEdgeId) cy.getElementById(selectedEdgeId).select();
  }, [cy, focusId, selectedEdgeId, revision]);

  const expand = async (id: string) => {
    try {
      const around = await api.call('graph.build', {
        entityId: id,
        coMentions: true,
        ...(filters.minReliability ? { minReliability: filters.minReliability } : {}),
      });
      setExpansions((list) => [...list, around]);
      setHidden((h) => new Set([...h].filter((x) => !around.nodes.some((n) => n.id === x))));
      setAnnouncement(`Expanded ${nodesById.get(id)?.name ?? ''}: ${around.nodes.length - 1} neighbour(s).`);
    } catch (error) {
      showError(error, 'Could not expand');
    }
  };
  const hide = (id: string) => {
    setHidden((h) => new Set([...h, id]));
    if (focusId === id) setFocusId(null);
  };
  const togglePin = (id: string) => {
    const node = cy?.getElementById(id);
    if (!node || node.empty()) return;
    if (node.locked()) node.unlock().removeClass('pinned');
    else node.lock().addClass('pinned');
    setAnnouncement(`${nodesById.get(id)?.name ?? ''} ${node.locked() ? 'pinned' : 'unpinned'}.`);
  };

  const exportAs = async (format: 'png' | 'svg' | 'graphml' | 'gexf') => {
    const base = title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60) || 'chart';
    try {
      if (format === 'png' && cy) {
        const blob = cy.png({
          output: 'blob',
          full: true,
          scale: 2,
          bg: scheme === 'dark' ? theme.colors.dark[7] : '#ffffff',
        }) as unknown as Blob;
        await saveExport(new Uint8Array(await blob.arrayBuffer()), `${base}.png`, 'png');
      } else if (format === 'svg' && cy) {
        await saveExport(
          (cy as unknown as { svg(o: object): string }).svg({
            full: true,
            bg: scheme === 'dark' ? theme.colors.dark[7] : '#ffffff',
          }),
          `${base}.svg`,
          'svg',
        );
      } else if (format === 'graphml' || format === 'gexf') {
        const { xml } = await api.call('graph.export', { ...query, format });
        await saveExport(xml, `${base}.${format}`, format);
      }
    } catch (error) {
      showError(error, 'Could not export the chart');
    }
  };

  const sortedNodes = useMemo(
    () => [...shown.nodes].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
    [shown.nodes],
  );
  const say = (id: string, prefix = '') => {
    const node = nodesById.get(id);
    if (!node) return;
    const links = shown.edges.filter((e) => e.source === id || e.target === id).length;
    setAnnouncement(
      `${prefix}${node.name}, ${ENTITY_TYPE_INFO[node.type].label}, ${links} link${links === 1 ? '' : 's'}.`,
    );
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!sortedNodes.length) return;
    const index = sortedNodes.findIndex((n) => n.id === focusId);
    const moveTo = (id: string, prefix = '') => {
      setFocusId(id);
      setSelectedEdgeId(null);
      say(id, prefix);
    };
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const next =
          index < 0 ? 0 : (index + (event.key === 'ArrowDown' ? 1 : -1) + sortedNodes.length) % sortedNodes.length;
        setAnchorId(sortedNodes[next]!.id);
        moveTo(sortedNodes[next]!.id);
        break;
      }
      case 'ArrowRight':
      case 'ArrowLeft': {
        const anchor = anchorId ?? focusId ?? sortedNodes[0]!.id;
        const around = neighboursOf(shown, anchor);
        if (!around.length) {
          setAnnouncement(`${nodesById.get(anchor)?.name ?? ''} has no neighbours on the chart.`);
          break;
        }
        const at = around.findIndex((n) => n.id === focusId);
        const next =
          at < 0
            ? event.key === 'ArrowRight'
              ? 0
              : around.length - 1
            : (at + (event.key === 'ArrowRight' ? 1 : -1) + around.length) % around.length;
        moveTo(around[next]!.id, `Neighbour ${next + 1} of ${around.length} of ${nodesById.get(anchor)?.name ?? ''}: `);
        break;
      }
      case ' ':
        if (focusId) {
          setAnchorId(focusId);
          say(focusId, 'Now moving among the neighbours of ');
        }
        break;
      case 'Enter':
        if (focusId) navigate({ screen: 'entities', id: focusId });
        break;
      case 'e':
        if (focusId) void expand(focusId);
        break;
      case 'h':
        if (focusId) hide(focusId);
        break;
      case 'p':
        if (focusId) togglePin(focusId);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <Stack gap="xs" data-testid="link-chart">
      <ChartToolbar
        filters={filters}
        onFilters={setFilters}
        layout={layout}
        onLayout={setLayout}
        showCoMentions={showCoMentions}
        onShowCoMentions={setShowCoMentions}
        groupByType={groupByType}
        onGroupByType={setGroupByType}
        drawing={drawing}
        onDrawing={setDrawing}
        onExport={(f) => void exportAs(f)}
      />
      <Group justify="space-between">
        <Text size="xs" c="dimmed" data-testid="chart-counts">
          {shown.nodes.length} entit{shown.nodes.length === 1 ? 'y' : 'ies'} ·{' '}
          {shown.edges.filter((e) => e.kind === 'relationship').length} relationship(s) ·{' '}
          {shown.edges.filter((e) => e.kind === 'co-mention').length} co-mention(s)
          {hidden.size > 0 && ` · ${hidden.size} hidden`}
        </Text>
        <Group gap="xs">
          {hidden.size > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => setHidden(new Set())}>
              Show hidden
            </Button>
          )}
          <SegmentedControl
            size="xs"
            aria-label="Show as"
            value={view}
            onChange={(v) => setView(v as 'chart' | 'list')}
            data={[
              { value: 'chart', label: 'Chart' },
              { value: 'list', label: 'List' },
            ]}
          />
        </Group>
      </Group>
      {built.isError && (
        <Alert color="red" title="Could not build the chart">
          {errorMessage(built.error)}
        </Alert>
      )}
      {/* Side by side where there is room; in a narrow pane (an entity page beside the list) the
          evidence goes below the chart instead of squeezing it. */}
      <Group align="stretch" gap="xs" wrap="wrap">
        <Box
          pos="relative"
          style={{ flex: '1 1 420px', minWidth: 0, height, display: view === 'chart' ? undefined : 'none' }}
        >
          <div
            ref={container}
            tabIndex={0}
            role="application"
            aria-roledescription="link chart"
            aria-label={`Link chart of ${title}. Arrow up and down move between entities, left and right between the neighbours of the chosen one; Space chooses, Enter opens, E expands, H hides, P pins. Choose List, above, to read the same links as a list.`}
            onKeyDown={onKeyDown}
            data-testid="link-chart-canvas"
            style={{
              position: 'absolute',
              inset: 0,
              border: '1px solid var(--mantine-color-default-border)',
              borderRadius: 4,
              background: 'var(--mantine-color-body)',
            }}
          />
          {built.isPending && <Loader size="sm" pos="absolute" top={12} left={12} />}
          {progress !== null && (
            <Paper
              withBorder
              shadow="xs"
              p="xs"
              pos="absolute"
              top={12}
              left={12}
              w={260}
              data-testid="chart-layout-progress"
            >
              <Text size="xs" mb={4}>
                Placing {shown.nodes.length.toLocaleString()} entities…
              </Text>
              <Progress value={progress * 100} size="sm" aria-label="Placing the entities" />
            </Paper>
          )}
          {built.data && !shown.nodes.length && (
            <Text size="sm" c="dimmed" pos="absolute" top={12} left={12} maw={420}>
              No entities to chart yet. Tag entities in articles (or loosen the filters), and record relationships from
              an entity’s page or by drawing them here.
            </Text>
          )}
        </Box>
        {view === 'chart' && (
          <Paper
            withBorder
            p="xs"
            style={{ flex: '0 0 300px', overflowY: 'auto', maxHeight: height }}
            data-testid="chart-side"
          >
            {selectedEdge ? (
              <EdgeEvidence edge={selectedEdge} nodes={nodesById} />
            ) : focused ? (
              <Stack gap={6} data-testid="chart-node">
                <Text fw={600} size="sm" dir="auto">
                  {focused.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {ENTITY_TYPE_INFO[focused.type].label} · {focused.mentions} mention(s)
                  {focused.aliases.length ? ` · also ${focused.aliases.join(', ')}` : ''}
                </Text>
                <Group gap={4}>
                  <Button size="compact-xs" onClick={() => navigate({ screen: 'entities', id: focused.id })}>
                    Open
                  </Button>
                  <Button size="compact-xs" variant="default" onClick={() => void expand(focused.id)}>
                    Expand neighbours
                  </Button>
                  <Button size="compact-xs" variant="default" onClick={() => hide(focused.id)}>
                    Hide
                  </Button>
                  <Button size="compact-xs" variant="default" onClick={() => togglePin(focused.id)}>
                    Pin / unpin
                  </Button>
                </Group>
              </Stack>
            ) : (
              <Text size="xs" c="dimmed">
                Click a link to read the excerpts behind it, or an entity to expand, hide or pin it. Thicker links come
                from more reliable sources;{' '}
                {large
                  ? 'the more credible, the more opaque (a chart this large draws no dashes or dots).'
                  : 'solid ones are more credible, dotted ones less.'}{' '}
                Faint grey links are co-mentions.
              </Text>
            )}
          </Paper>
        )}
      </Group>
      {view === 'list' && (
        <Paper withBorder p="sm">
          <ChartList
            graph={shown}
            onSelectEdge={(e: GraphEdge) => {
              setSelectedEdgeId(e.id);
              setView('chart');
            }}
          />
        </Paper>
      )}
      <VisuallyHidden aria-live="polite" data-testid="chart-announcer">
        {announcement}
      </VisuallyHidden>
      {pendingLink && <DrawLinkModal link={pendingLink} onClose={() => setPendingLink(null)} />}
    </Stack>
  );
}
