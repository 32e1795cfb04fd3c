// The force-directed layout of a large chart, free of cytoscape and the DOM so it runs in a Web
// Worker (and in tests). fcose places 2,000 entities and 10,000 links in tens of seconds on the main
// thread, most of it spent building cytoscape collections in its spectral step; ForceAtlas2 with
// Barnes–Hut works on flat arrays and places the same chart in a few seconds, in steps, so the
// chart can show how far it has got.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutNode {
  id: string;
  /** The group (entity type) box the node sits in when the chart groups by type. */
  parent?: string;
  /** Where the node is now, in chart pixels; absent for a node not yet placed. */
  x?: number;
  y?: number;
  /** Pinned by the analyst: other nodes move around it, it stays. */
  fixed?: boolean;
}

export interface LayoutRequest {
  nodes: LayoutNode[];
  edges: { source: string; target: string }[];
  /** Start again from scratch instead of refining the current places. */
  randomize: boolean;
  iterations: number;
}

export type LayoutReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; positions: Record<string, { x: number; y: number }> }
  | { type: 'error'; message: string };

/** The length, in chart pixels, of a typical link once laid out (what fcose's idealEdgeLength gives). */
export const LINK_LENGTH = 90;
/** The least room, in chart pixels square, each entity gets in a fresh layout (an entity is 34 pixels wide). */
export const NODE_ROOM = 70;
const STEP = 10;

type Point = { x: number; y: number };

/** Lays out each group's nodes (or all of them) with ForceAtlas2, reporting progress between steps. */
export function forceLayout(request: LayoutRequest, onProgress: (done: number, total: number) => void = () => {}) {
  const groups = new Map<string, LayoutNode[]>();
  for (const node of request.nodes) {
    const key = node.parent ?? '';
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const total = request.iterations * groups.size;
  let done = 0;
  const placed = new Map<string, Point>();
  const boxes: { nodes: string[]; x1: number; y1: number; x2: number; y2: number }[] = [];
  for (const members of groups.values()) {
    const positions = layoutGroup(members, request, (step) => {
      done += step;
      onProgress(done, total);
    });
    let x1 = Infinity,
      y1 = Infinity,
      x2 = -Infinity,
      y2 = -Infinity;
    for (const [id, p] of positions) {
      placed.set(id, p);
      x1 = Math.min(x1, p.x);
      y1 = Math.min(y1, p.y);
      x2 = Math.max(x2, p.x);
      y2 = Math.max(y2, p.y);
    }
    boxes.push({ nodes: [...positions.keys()], x1, y1, x2, y2 });
  }
  if (groups.size > 1) packGroups(boxes, placed);
  return placed;
}

function layoutGroup(members: LayoutNode[], request: LayoutRequest, onStep: (iterations: number) => void) {
  const ids = new Set(members.map((n) => n.id));
  // Parallel links pull harder rather than being drawn twice: ForceAtlas2 reads an edge's weight.
  const graph = new Graph<Point & { fixed: boolean }, { weight: number }>({
    type: 'undirected',
    multi: false,
    allowSelfLoops: false,
  });
  const fresh = request.randomize || !members.some((n) => n.x !== undefined);
  const given = new Map(members.map((n) => [n.id, n]));
  const known = (id: string) => {
    const n = given.get(id);
    return !fresh && n?.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : null;
  };
  const links = request.edges.filter((e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target));
  // Work in units of a typical link: from scratch that is LINK_LENGTH pixels; when refining, the
  // current picture's typical link, so the chart keeps its size.
  const before = fresh
    ? null
    : median(
        links.flatMap((e) => {
          const s = known(e.source);
          const t = known(e.target);
          return s && t ? [Math.hypot(s.x - t.x, s.y - t.y)] : [];
        }),
      );
  const unit = before && before > 1 ? before : LINK_LENGTH;
  const spread = Math.sqrt(members.length);
  const neighbour = new Map<string, Point>();
  for (const e of links) {
    const s = known(e.source);
    const t = known(e.target);
    if (s && !t && !neighbour.has(e.target)) neighbour.set(e.target, s);
    if (t && !s && !neighbour.has(e.source)) neighbour.set(e.source, t);
  }
  for (const node of members) {
    // A newcomer starts beside an entity it is linked to, so a refinement has little to move.
    const at = known(node.id) ?? neighbour.get(node.id);
    const jitter = known(node.id) ? 0 : at ? 0.5 : spread;
    graph.addNode(node.id, {
      x: (at ? at.x / unit : 0) + (Math.random() - 0.5) * jitter,
      y: (at ? at.y / unit : 0) + (Math.random() - 0.5) * jitter,
      fixed: Boolean(node.fixed && known(node.id)),
    });
  }
  for (const edge of links) {
    if (graph.hasEdge(edge.source, edge.target)) {
      graph.updateEdgeAttribute(edge.source, edge.target, 'weight', (w) => (w ?? 1) + 1);
    } else graph.addEdge(edge.source, edge.target, { weight: 1 });
  }
  // A node without links would be pushed off to the horizon: keep it near where it started.
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 300,
    strongGravityMode: true,
    gravity: 0.05,
  };
  // From known places a refinement needs few steps; from scratch the chart needs them all.
  const iterations = fresh ? request.iterations : Math.ceil(request.iterations / 3);
  for (let i = 0; i < iterations; i += STEP) {
    const step = Math.min(STEP, iterations - i);
    if (graph.order > 1) forceAtlas2.assign(graph, { iterations: step, settings, getEdgeWeight: 'weight' });
    onStep(fresh ? step : step * 3);
  }
  const positions = new Map<string, Point>();
  // ForceAtlas2 settles at its own scale: bring a typical link back to the unit's length, about the
  // centre of the entities already placed (so a refined chart neither grows nor drifts).
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, _s, _t, s, t) => lengths.push(Math.hypot(s.x - t.x, s.y - t.y)));
  let scale = unit / Math.max(median(lengths) ?? 1 / 2, 1e-6);
  if (fresh && graph.order > 1) {
    // Around hubs most links are short and the entities pile up: give each one at least a cell of
    // NODE_ROOM pixels square, so the chart reads (and an entity can be clicked) once zoomed in.
    let x1 = Infinity,
      y1 = Infinity,
      x2 = -Infinity,
      y2 = -Infinity;
    graph.forEachNode((_id, a) => {
      x1 = Math.min(x1, a.x);
      y1 = Math.min(y1, a.y);
      x2 = Math.max(x2, a.x);
      y2 = Math.max(y2, a.y);
    });
    const area = Math.max((x2 - x1) * scale, NODE_ROOM) * Math.max((y2 - y1) * scale, NODE_ROOM);
    scale *= Math.max(1, Math.sqrt((graph.order * NODE_ROOM * NODE_ROOM) / area));
  }
  const anchored = members.filter((n) => known(n.id));
  const centre = (pick: (n: LayoutNode) => Point) =>
    anchored.length
      ? {
          x: anchored.reduce((sum, n) => sum + pick(n).x, 0) / anchored.length,
          y: anchored.reduce((sum, n) => sum + pick(n).y, 0) / anchored.length,
        }
      : { x: 0, y: 0 };
  const from = centre((n) => {
    const a = graph.getNodeAttributes(n.id);
    return { x: a.x * scale, y: a.y * scale };
  });
  const to = centre((n) => known(n.id)!);
  graph.forEachNode((id, a) => {
    const node = given.get(id)!;
    // A pinned node keeps its exact place (ForceAtlas2 holds it in 32-bit floats).
    positions.set(
      id,
      a.fixed ? { x: node.x!, y: node.y! } : { x: a.x * scale - from.x + to.x, y: a.y * scale - from.y + to.y },
    );
  });
  return positions;
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Group boxes side by side in rows, largest first, so no two groups overlap. */
function packGroups(
  boxes: { nodes: string[]; x1: number; y1: number; x2: number; y2: number }[],
  placed: Map<string, Point>,
) {
  const gap = LINK_LENGTH * 1.5;
  boxes.sort((a, b) => b.x2 - b.x1 - (a.x2 - a.x1));
  const totalWidth = boxes.reduce((sum, b) => sum + (b.x2 - b.x1) + gap, 0);
  const rowWidth = Math.max(totalWidth / Math.ceil(Math.sqrt(boxes.length)), boxes[0]!.x2 - boxes[0]!.x1);
  let x = 0,
    y = 0,
    rowHeight = 0;
  for (const box of boxes) {
    const width = box.x2 - box.x1;
    if (x > 0 && x + width > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    for (const id of box.nodes) {
      const p = placed.get(id)!;
      placed.set(id, { x: p.x - box.x1 + x, y: p.y - box.y1 + y });
    }
    x += width + gap;
    rowHeight = Math.max(rowHeight, box.y2 - box.y1);
  }
}
