// `graph.export`: the chart's graph, built with the chart's own filters, written as GraphML or GEXF.
import type { z } from 'zod';
import type { GraphExportInput } from '../../../shared/contract/network';
import type { Ctx } from '../services/context';
import { buildGraph } from '../services/graph';
import { toGexf, toGraphMl } from './graphXml';

export function exportGraph(
  ctx: Ctx,
  input: z.output<typeof GraphExportInput>,
): { xml: string; nodes: number; edges: number } {
  const { format, ...filters } = input;
  const graph = buildGraph(ctx, filters);
  const xml =
    format === 'graphml'
      ? toGraphMl(graph)
      : toGexf(graph, { creator: `Casefile ${ctx.appVersion}`, date: ctx.now().slice(0, 10) });
  return { xml, nodes: graph.nodes.length, edges: graph.edges.length };
}
