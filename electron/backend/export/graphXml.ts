// The link chart's graph as GraphML and GEXF 1.3, the two formats Gephi (and yEd, Cytoscape
// desktop, NetworkX) open. Names come from hostile documents, so every value goes through
// `xmlText`, which escapes markup and drops what XML 1.0 cannot carry at all.
import type { GraphData, GraphEdge } from '../../../shared/contract/network';

/** XML 1.0 forbids most control characters and lone surrogates even when escaped. */
const XML_FORBIDDEN = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
  'g',
);

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function xmlText(value: string | number): string {
  return String(value)
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const GRAPH_FORMATS = ['graphml', 'gexf'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** What each edge says, the same in both formats. */
function edgeFields(edge: GraphEdge): {
  kind: string;
  relationship: string;
  label: string;
  grade: string;
  excerpts: number;
  weight: number;
} {
  if (edge.kind === 'co-mention')
    return {
      kind: 'co-mention',
      relationship: '',
      label: `co-mentioned in ${edge.articles}`,
      grade: '',
      excerpts: 0,
      weight: edge.articles,
    };
  return {
    kind: 'relationship',
    relationship: edge.type,
    label: edge.label || edge.type,
    grade: edge.grade?.text ?? '',
    excerpts: edge.excerptIds.length,
    weight: 1,
  };
}

const NODE_KEYS = [
  ['type', 'string'],
  ['aliases', 'string'],
  ['mentions', 'int'],
] as const;
const EDGE_KEYS = [
  ['kind', 'string'],
  ['relationship', 'string'],
  ['grade', 'string'],
  ['excerpts', 'int'],
  ['weight', 'double'],
] as const;

export function toGraphMl(graph: GraphData): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="all" attr.name="label" attr.type="string"/>',
    ...NODE_KEYS.map(([name, type]) => `  <key id="${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...EDGE_KEYS.map(([name, type]) => `  <key id="${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="casefile" edgedefault="directed">',
  ];
  for (const n of graph.nodes) {
    out.push(
      `    <node id="${xmlText(n.id)}"><data key="label">${xmlText(n.name)}</data><data key="type">${xmlText(n.type)}</data>` +
        `<data key="aliases">${xmlText(n.aliases.join('; '))}</data><data key="mentions">${n.mentions}</data></node>`,
    );
  }
  for (const e of graph.edges) {
    const f = edgeFields(e);
    out.push(
      `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" directed="${e.kind === 'relationship'}">` +
        `<data key="label">${xmlText(f.label)}</data><data key="kind">${f.kind}</data><data key="relationship">${xmlText(f.relationship)}</data>` +
        `<data key="grade">${xmlText(f.grade)}</data><data key="excerpts">${f.excerpts}</data><data key="weight">${f.weight}</data></edge>`,
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

export function toGexf(graph: GraphData, meta: { creator: string; date: string }): string {
  const attributes = (cls: string, keys: readonly (readonly [string, string])[]) => [
    `    <attributes class="${cls}">`,
    ...keys.map(
      ([name, type], i) => `      <attribute id="${i}" title="${name}" type="${type === 'int' ? 'integer' : type}"/>`,
    ),
    '    </attributes>',
  ];
  const values = (list: (string | number)[]) =>
    `<attvalues>${list.map((v, i) => `<attvalue for="${i}" value="${xmlText(v)}"/>`).join('')}</attvalues>`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${xmlText(meta.date)}"><creator>${xmlText(meta.creator)}</creator><description>Entities and relationships from a Casefile library</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    ...attributes('node', NODE_KEYS),
    ...attributes('edge', EDGE_KEYS),
    '    <nodes>',
  ];
  for (const n of graph.nodes) {
    out.push(
      `      <node id="${xmlText(n.id)}" label="${xmlText(n.name)}">${values([n.type, n.aliases.join('; '), n.mentions])}</node>`,
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of graph.edges) {
    const f = edgeFields(e);
    out.push(
      `      <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" type="${e.kind === 'relationship' ? 'directed' : 'undirected'}" ` +
        `label="${xmlText(f.label)}" weight="${f.weight}">${values([f.kind, f.relationship, f.grade, f.excerpts, f.weight])}</edge>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
