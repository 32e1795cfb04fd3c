import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../../shared/contract/network';
import { edgeLook, mergeGraphs, neighboursOf, toElements, visibleGraph } from './chartElements';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const R = '00000000-0000-4000-8000-0000000000f1';
const graph: GraphData = {
  nodes: [
    { id: A, name: 'Kimbongsokyong Trading Company', type: 'organization', aliases: [], mentions: 3 },
    { id: B, name: 'MPAF', type: 'organization', aliases: [], mentions: 1 },
    { id: C, name: 'Kim Yo Jong', type: 'person', aliases: ['김여정'], mentions: 1 },
  ],
  edges: [
    {
      kind: 'relationship',
      id: R,
      source: A,
      target: B,
      type: 'affiliated-with',
      label: '',
      grade: { reliability: 'B', credibility: 3, text: 'B3' },
      excerptIds: [],
    },
    { kind: 'co-mention', id: `co:${A}:${C}`, source: A, target: C, articles: 2 },
  ],
};

describe('the chart’s elements', () => {
  it('draws more reliable links thicker and more credible ones more solid', () => {
    expect(edgeLook({ reliability: 'A', credibility: 1, text: 'A1' })).toEqual({
      width: 5,
      lineStyle: 'solid',
      opacity: 1,
      letter: 'A',
    });
    expect(edgeLook({ reliability: 'B', credibility: 3, text: 'B3' })).toEqual({
      width: 4,
      lineStyle: 'dashed',
      opacity: 0.65,
      letter: 'B',
    });
    expect(edgeLook(null)).toEqual({ width: 1.5, lineStyle: 'dotted', opacity: 0.4, letter: '?' });
  });

  it('labels relationships with their type and grade, and leaves out hidden entities and co-mentions on request', () => {
    const all = toElements(graph, { showCoMentions: true, groupByType: false, hidden: new Set() });
    expect(all.find((e) => e.data.id === R)?.data.label).toBe('affiliated with · B3');
    expect(all.filter((e) => e.group === 'edges')).toHaveLength(2);
    const noCo = toElements(graph, { showCoMentions: false, groupByType: false, hidden: new Set() });
    expect(noCo.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual([R]);
    const hiddenB = visibleGraph(graph, { showCoMentions: true, hidden: new Set([B]) });
    expect(hiddenB.edges.map((e) => e.kind)).toEqual(['co-mention']);
    // A co-mention of two entities already joined by a relationship is not drawn under it.
    const doubled = visibleGraph(
      {
        ...graph,
        edges: [...graph.edges, { kind: 'co-mention', id: `co:${A}:${B}`, source: A, target: B, articles: 1 }],
      },
      { showCoMentions: true, hidden: new Set() },
    );
    expect(doubled.edges.map((e) => e.id)).toEqual([R, `co:${A}:${C}`]);
  });

  it('groups entities under one parent per type', () => {
    const grouped = toElements(graph, { showCoMentions: true, groupByType: true, hidden: new Set() });
    expect(grouped.filter((e) => e.classes === 'type-group').map((e) => e.data.id)).toEqual([
      'type-group:organization',
      'type-group:person',
    ]);
    expect(grouped.find((e) => e.data.id === C)?.data.parent).toBe('type-group:person');
  });

  it('merges expansions without duplicates and lists neighbours by name', () => {
    const merged = mergeGraphs([graph, { nodes: [graph.nodes[0]!], edges: [graph.edges[0]!] }]);
    expect([merged.nodes.length, merged.edges.length]).toEqual([3, 2]);
    expect(neighboursOf(graph, A).map((n) => n.name)).toEqual(['Kim Yo Jong', 'MPAF']);
  });
});
