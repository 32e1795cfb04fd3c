// From the backend's graph to what the chart draws, kept free of cytoscape and React so it can be
// tested: which nodes and edges are shown (hidden ones and co-mentions left out on request), how
// thick and solid each link is for its grade, and the optional grouping of entities by type.
import type { EdgeGrade, GraphData, GraphEdge, GraphNode } from '../../../../shared/contract/network';
import { RELATIONSHIP_LABELS } from '../../ui/entities/relationshipTypes';

export interface ChartOptions {
  showCoMentions: boolean;
  groupByType: boolean;
  hidden: ReadonlySet<string>;
}

export interface ChartElement {
  group: 'nodes' | 'edges';
  data: Record<string, string | number | undefined>;
  classes?: string;
}

/**
 * A link's line for its best grade: a more reliable source draws thicker, more credible information
 * more solid (a large chart, drawn without dashes, shows it as opacity instead).
 */
export function edgeLook(grade: EdgeGrade | null): {
  width: number;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  opacity: number;
  letter: string;
} {
  const letter = grade?.reliability ?? '?';
  const width = { A: 5, B: 4, C: 3, D: 2, E: 1.5, F: 1.5, '?': 1.5 }[letter];
  const credibility = grade?.credibility ?? 6;
  const lineStyle = credibility <= 2 ? 'solid' : credibility <= 4 ? 'dashed' : 'dotted';
  const opacity = { solid: 1, dashed: 0.65, dotted: 0.4 }[lineStyle];
  return { width, lineStyle, opacity, letter };
}

export function edgeCaption(edge: GraphEdge): string {
  if (edge.kind === 'co-mention')
    return `mentioned together in ${edge.articles} article${edge.articles === 1 ? '' : 's'}`;
  const name = edge.label ? `${RELATIONSHIP_LABELS[edge.type]} (${edge.label})` : RELATIONSHIP_LABELS[edge.type];
  return edge.grade ? `${name} · ${edge.grade.text}` : name;
}

/** Merges graphs (the chart's own and every "expand"), keeping each node and edge once. */
export function mergeGraphs(graphs: readonly GraphData[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of g.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** What is on screen: the graph minus hidden entities, and co-mentions when they are toggled off. */
export function visibleGraph(graph: GraphData, options: Pick<ChartOptions, 'showCoMentions' | 'hidden'>): GraphData {
  const nodes = graph.nodes.filter((n) => !options.hidden.has(n.id));
  const ids = new Set(nodes.map((n) => n.id));
  const pair = (e: GraphEdge) => [e.source, e.target].sort().join(' ');
  const related = new Set(graph.edges.filter((e) => e.kind === 'relationship').map(pair));
  // A co-mention beside a recorded relationship says less than it, and would lie under it.
  const edges = graph.edges.filter(
    (e) =>
      ids.has(e.source) &&
      ids.has(e.target) &&
      (e.kind === 'relationship' || (options.showCoMentions && !related.has(pair(e)))),
  );
  return { nodes, edges };
}

export const TYPE_GROUP_PREFIX = 'type-group:';

export function toElements(graph: GraphData, options: ChartOptions): ChartElement[] {
  const shown = visibleGraph(graph, options);
  const out: ChartElement[] = [];
  if (options.groupByType) {
    for (const type of new Set(shown.nodes.map((n) => n.type))) {
      out.push({
        group: 'nodes',
        data: { id: `${TYPE_GROUP_PREFIX}${type}`, label: type, type },
        classes: 'type-group',
      });
    }
  }
  for (const n of shown.nodes) {
    out.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: n.name,
        type: n.type,
        mentions: n.mentions,
        ...(options.groupByType ? { parent: `${TYPE_GROUP_PREFIX}${n.type}` } : {}),
      },
      classes: `entity type-${n.type}`,
    });
  }
  for (const e of shown.edges) {
    if (e.kind === 'co-mention') {
      out.push({
        group: 'edges',
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          width: Math.min(6, 0.5 + Math.log2(1 + e.articles)),
          label: '',
        },
        classes: 'co-mention',
      });
    } else {
      const look = edgeLook(e.grade);
      out.push({
        group: 'edges',
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          label: edgeCaption(e),
          width: look.width,
          lineStyle: look.lineStyle,
          opacity: look.opacity,
          grade: look.letter,
        },
        classes: `relationship grade-${look.letter === '?' ? 'none' : look.letter}`,
      });
    }
  }
  return out;
}

/** Neighbours in a stable order (by name), for moving between them from the keyboard. */
export function neighboursOf(graph: GraphData, id: string): GraphNode[] {
  const ids = new Set<string>();
  for (const e of graph.edges) {
    if (e.source === id) ids.add(e.target);
    if (e.target === id) ids.add(e.source);
  }
  return graph.nodes.filter((n) => ids.has(n.id)).sort((a, b) => a.name.localeCompare(b.name));
}
