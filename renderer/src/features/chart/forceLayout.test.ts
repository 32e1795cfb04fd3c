import { describe, expect, it } from 'vitest';
import { forceLayout, LINK_LENGTH, NODE_ROOM, type LayoutRequest } from './forceLayout';

/** Two tight clusters of 30 entities each, joined by a single link. */
function twoClusters(): LayoutRequest {
  const nodes = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, parent: i < 30 ? 'left' : 'right' }));
  const edges: LayoutRequest['edges'] = [];
  for (let c = 0; c < 2; c++)
    for (let i = 0; i < 30; i++)
      for (let j = i + 1; j < 30; j += 3) edges.push({ source: `n${c * 30 + i}`, target: `n${c * 30 + j}` });
  edges.push({ source: 'n0', target: 'n30' });
  return { nodes: nodes.map(({ id }) => ({ id })), edges, randomize: true, iterations: 100 };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('forceLayout', () => {
  it('places every entity, linked ones near each other, with links about LINK_LENGTH long', () => {
    const request = twoClusters();
    const progress: number[] = [];
    const placed = forceLayout(request, (done, total) => progress.push(done / total));
    expect(placed.size).toBe(60);
    for (const p of placed.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    const centre = (from: number) => {
      const ps = Array.from({ length: 30 }, (_, i) => placed.get(`n${from + i}`)!);
      return { x: ps.reduce((s, p) => s + p.x, 0) / 30, y: ps.reduce((s, p) => s + p.y, 0) / 30 };
    };
    const within = (from: number) =>
      Array.from({ length: 30 }, (_, i) => distance(placed.get(`n${from + i}`)!, centre(from))).reduce(
        (a, b) => a + b,
      ) / 30;
    // The two clusters are drawn apart: their centres are further apart than a cluster is wide.
    expect(distance(centre(0), centre(30))).toBeGreaterThan(within(0) + within(30));
    const lengths = request.edges
      .map((e) => distance(placed.get(e.source)!, placed.get(e.target)!))
      .sort((a, b) => a - b);
    // A typical link is LINK_LENGTH long, or longer where the entities needed room.
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThanOrEqual(LINK_LENGTH - 1e-6);
    const xs = [...placed.values()].map((p) => p.x);
    const ys = [...placed.values()].map((p) => p.y);
    const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    expect(area).toBeGreaterThanOrEqual(60 * NODE_ROOM * NODE_ROOM * 0.99);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('leaves pinned entities where they are and refines from the current places', () => {
    const request = twoClusters();
    const first = forceLayout(request);
    const pinned = { x: 5000, y: -5000 };
    const again = forceLayout({
      ...request,
      randomize: false,
      nodes: request.nodes.map((n) => ({
        ...n,
        ...first.get(n.id)!,
        ...(n.id === 'n5' ? { ...pinned, fixed: true } : {}),
      })),
    });
    expect(again.get('n5')!.x).toBeCloseTo(pinned.x, 6);
    expect(again.get('n5')!.y).toBeCloseTo(pinned.y, 6);
  });

  it('refines from the current places without changing the picture’s scale', () => {
    const request = twoClusters();
    const first = forceLayout(request);
    const again = forceLayout({
      ...request,
      randomize: false,
      nodes: request.nodes.map((n) => ({ ...n, ...first.get(n.id)! })),
    });
    const median = (placed: Map<string, { x: number; y: number }>) =>
      request.edges.map((e) => distance(placed.get(e.source)!, placed.get(e.target)!)).sort((a, b) => a - b)[
        Math.floor(request.edges.length / 2)
      ]!;
    expect(median(again) / median(first)).toBeGreaterThan(0.6);
    expect(median(again) / median(first)).toBeLessThan(1.6);
    // An entity has not jumped across the chart.
    expect(distance(again.get('n40')!, first.get('n40')!)).toBeLessThan(distance(first.get('n0')!, first.get('n40')!));
  });

  it('lays each group out in its own box, the boxes not overlapping', () => {
    const request = twoClusters();
    const grouped = { ...request, nodes: request.nodes.map((n, i) => ({ ...n, parent: i < 30 ? 'left' : 'right' })) };
    const placed = forceLayout(grouped);
    const box = (from: number) => {
      const ps = Array.from({ length: 30 }, (_, i) => placed.get(`n${from + i}`)!);
      return {
        x1: Math.min(...ps.map((p) => p.x)),
        x2: Math.max(...ps.map((p) => p.x)),
        y1: Math.min(...ps.map((p) => p.y)),
        y2: Math.max(...ps.map((p) => p.y)),
      };
    };
    const [a, b] = [box(0), box(30)];
    const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    expect(overlap).toBe(false);
  });
});
