// The link chart's graph, built from the library in a handful of set-wise queries (a chart of
// 2,000 entities and 10,000 links must not take one query per edge): entities as nodes, their
// relationships as edges carrying the best grade of the excerpts that back them, and co-mentions
// (two entities named in the same article) as counted, undirected edges.
import { z } from 'zod';
import { ContractError } from '../../../shared/contract/errors';
import type { GraphData, GraphEdge, GraphFilters, GraphNode } from '../../../shared/contract/network';
import { meetsReliability, type Credibility, type Reliability } from '../../../shared/domain/admiralty';
import { bestGrade } from '../../../shared/domain/bestGrade';
import type { Ctx } from './context';
import { caseArticleIds, caseEntityIds, dateRange, overlapsRange, type DateRange } from './networkScope';

type Input = z.output<typeof GraphFilters>;

interface EvidenceRow {
  relationship_id: string;
  excerpt_id: string;
  reliability: Reliability | null;
  credibility: Credibility | null;
  event_date: string;
  published: string;
}

function evidencePasses(row: EvidenceRow, input: Input, range: DateRange | null): boolean {
  if (input.minReliability && (row.reliability === null || !meetsReliability(row.reliability, input.minReliability)))
    return false;
  if (input.maxCredibility && (row.credibility === null || row.credibility > input.maxCredibility)) return false;
  // An excerpt's own event date says when the link held; without one, when it was reported.
  if (range && !overlapsRange(row.event_date || row.published, range)) return false;
  return true;
}

function relationshipEdges(ctx: Ctx, input: Input, nodeIds: Set<string>, range: DateRange | null): GraphEdge[] {
  const rows = ctx.db
    .prepare(
      'SELECT id, from_entity_id AS source, to_entity_id AS target, type, label FROM relationships ORDER BY created_at, id',
    )
    .all() as {
    id: string;
    source: string;
    target: string;
    type: Extract<GraphEdge, { kind: 'relationship' }>['type'];
    label: string;
  }[];
  const evidence = ctx.db
    .prepare(
      `SELECT re.relationship_id, e.id AS excerpt_id, c.reliability, e.credibility, e.event_date, a.published
       FROM relationship_excerpts re JOIN excerpts e ON e.id = re.excerpt_id JOIN articles a ON a.id = e.article_id
       LEFT JOIN source_current c ON c.source_id = e.source_id ORDER BY e.article_id, e.start`,
    )
    .all() as EvidenceRow[];
  const byRelationship = new Map<string, EvidenceRow[]>();
  for (const row of evidence) {
    const list = byRelationship.get(row.relationship_id) ?? [];
    list.push(row);
    byRelationship.set(row.relationship_id, list);
  }
  const filtering = Boolean(input.minReliability || input.maxCredibility || range);
  const types = input.relationshipTypes ? new Set(input.relationshipTypes) : null;
  const edges: GraphEdge[] = [];
  for (const r of rows) {
    if (!nodeIds.has(r.source) || !nodeIds.has(r.target)) continue;
    if (types && !types.has(r.type)) continue;
    const backing = (byRelationship.get(r.id) ?? []).filter((row) => evidencePasses(row, input, range));
    // Under a grade or date filter, a link stays only if some evidence for it passes.
    if (filtering && !backing.length) continue;
    edges.push({
      kind: 'relationship',
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      label: r.label,
      grade: bestGrade(backing),
      excerptIds: backing.map((b) => b.excerpt_id),
    });
  }
  return edges;
}

/** (entity, article) pairs of accepted mentions in the articles in scope, with each article's date. */
function mentionPairs(
  ctx: Ctx,
  articleIds: string[] | null,
): { entity_id: string; article_id: string; mentions: number; published: string }[] {
  return ctx.db
    .prepare(
      `SELECT m.entity_id, m.article_id, count(*) AS mentions, a.published FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.status = 'accepted' ${articleIds ? 'AND m.article_id IN (SELECT value FROM json_each(?))' : ''}
       GROUP BY m.entity_id, m.article_id`,
    )
    .all(...(articleIds ? [JSON.stringify(articleIds)] : [])) as {
    entity_id: string;
    article_id: string;
    mentions: number;
    published: string;
  }[];
}

function coMentionEdges(
  pairs: ReturnType<typeof mentionPairs>,
  nodeIds: Set<string>,
  range: DateRange | null,
): GraphEdge[] {
  const byArticle = new Map<string, string[]>();
  for (const p of pairs) {
    if (!nodeIds.has(p.entity_id)) continue;
    if (range && !overlapsRange(p.published, range)) continue;
    const list = byArticle.get(p.article_id) ?? [];
    list.push(p.entity_id);
    byArticle.set(p.article_id, list);
  }
  const counts = new Map<string, number>();
  for (const entities of byArticle.values()) {
    entities.sort();
    for (let i = 0; i < entities.length; i++) {
      for (let j = i + 1; j < entities.length; j++) {
        const key = `${entities[i]}\u0000${entities[j]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return [...counts].map(([key, articles]) => {
    const [source, target] = key.split('\u0000') as [string, string];
    return { kind: 'co-mention' as const, id: `co:${source}:${target}`, source, target, articles };
  });
}

function loadNodes(ctx: Ctx, ids: Set<string> | null): GraphNode[] {
  const entities = ctx.db.prepare('SELECT id, name, type FROM entities ORDER BY name COLLATE NOCASE, id').all() as Pick<
    GraphNode,
    'id' | 'name' | 'type'
  >[];
  const aliases = new Map<string, string[]>();
  for (const a of ctx.db.prepare('SELECT entity_id, text FROM entity_aliases ORDER BY text').all() as {
    entity_id: string;
    text: string;
  }[]) {
    const list = aliases.get(a.entity_id) ?? [];
    list.push(a.text);
    aliases.set(a.entity_id, list);
  }
  return entities
    .filter((e) => !ids || ids.has(e.id))
    .map((e) => ({ ...e, aliases: aliases.get(e.id) ?? [], mentions: 0 }));
}

export function buildGraph(ctx: Ctx, input: Input): GraphData {
  const range = dateRange(input.from, input.to);
  if (range && range.start > range.end)
    throw new ContractError(
      'invalid_input',
      `The date range ends (${input.to}) before it starts (${input.from}); swap them.`,
    );
  if (input.entityId && !ctx.db.prepare('SELECT 1 FROM entities WHERE id = ?').get(input.entityId)) {
    throw new ContractError('not_found', `No entity has the id ${input.entityId}.`);
  }
  const articleIds = input.caseId ? caseArticleIds(ctx, input.caseId) : null;
  let scope: Set<string> | null = input.caseId ? caseEntityIds(ctx, input.caseId) : null;
  const pairs = mentionPairs(ctx, articleIds);
  let nodes = loadNodes(ctx, scope);
  const typeFilter = input.entityTypes ? new Set<string>(input.entityTypes) : null;
  if (typeFilter) nodes = nodes.filter((n) => typeFilter.has(n.type) || n.id === input.entityId);
  let nodeIds = new Set(nodes.map((n) => n.id));

  let edges = relationshipEdges(ctx, input, nodeIds, range);
  if (input.coMentions) edges = edges.concat(coMentionEdges(pairs, nodeIds, range));

  if (input.entityId) {
    // One entity and its direct neighbours: the chart's starting point and its "expand".
    const centre = input.entityId;
    edges = edges.filter((e) => e.source === centre || e.target === centre);
    scope = new Set([centre, ...edges.flatMap((e) => [e.source, e.target])]);
    nodes = loadNodes(ctx, scope);
    nodeIds = scope;
  }
  const mentionCounts = new Map<string, number>();
  for (const p of pairs)
    if (nodeIds.has(p.entity_id)) mentionCounts.set(p.entity_id, (mentionCounts.get(p.entity_id) ?? 0) + p.mentions);
  return { nodes: nodes.map((n) => ({ ...n, mentions: mentionCounts.get(n.id) ?? 0 })), edges };
}
