// The chart as a list, for screen readers and for anyone who prefers to read: every entity with
// its links, each link a button that shows its evidence exactly as clicking the edge does.
import { Anchor, Badge, List, Stack, Text, UnstyledButton } from '@mantine/core';
import type { GraphData, GraphEdge } from '../../../../shared/contract/network';
import { href } from '../../app/route';
import { ENTITY_TYPE_INFO } from '../../ui/entities/entityTypes';
import { edgeCaption } from './chartElements';

export function ChartList({ graph, onSelectEdge }: { graph: GraphData; onSelectEdge: (edge: GraphEdge) => void }) {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  // Each entity's links, gathered once: thousands of entities must not each scan every link.
  const linksOf = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    for (const end of e.source === e.target ? [e.source] : [e.source, e.target]) {
      const list = linksOf.get(end) ?? [];
      list.push(e);
      linksOf.set(end, list);
    }
  }
  if (!graph.nodes.length)
    return (
      <Text size="sm" c="dimmed">
        No entities match.
      </Text>
    );
  return (
    <Stack gap={4} component="section" aria-label="Entities and their links" data-testid="chart-list">
      <List listStyleType="none" spacing={6}>
        {graph.nodes.map((n) => {
          const links = linksOf.get(n.id) ?? [];
          return (
            <List.Item key={n.id} data-testid="chart-list-entity">
              <Anchor size="sm" href={href({ screen: 'entities', id: n.id })} fw={600} dir="auto">
                {n.name}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {ENTITY_TYPE_INFO[n.type].label} · {links.length} link{links.length === 1 ? '' : 's'}
              </Text>
              {links.length > 0 && (
                <List listStyleType="disc" withPadding size="xs">
                  {links.map((e) => {
                    const outgoing = e.source === n.id;
                    const other = names.get(outgoing ? e.target : e.source) ?? '?';
                    return (
                      <List.Item key={e.id}>
                        <UnstyledButton
                          fz="xs"
                          onClick={() => onSelectEdge(e)}
                          aria-label={`${outgoing || e.kind === 'co-mention' ? '' : 'from '}${other}: ${edgeCaption(e)}. Show the evidence`}
                        >
                          {e.kind === 'relationship' && !outgoing ? '← ' : ''}
                          {edgeCaption(e)} {e.kind === 'relationship' && outgoing ? '→ ' : '· '}
                          <b>{other}</b>
                          {e.kind === 'relationship' && e.excerptIds.length > 0 && (
                            <Badge size="xs" variant="light" ml={4}>
                              {e.excerptIds.length} excerpt{e.excerptIds.length === 1 ? '' : 's'}
                            </Badge>
                          )}
                        </UnstyledButton>
                      </List.Item>
                    );
                  })}
                </List>
              )}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
