// What backs a link: each excerpt with its grade and a link to its highlight in the article.
import { Anchor, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { GraphEdge, GraphNode } from '../../../../shared/contract/network';
import { useCall } from '../../api/hooks';
import { href } from '../../app/route';
import { GradeBadge } from '../../ui/grades/GradeBadge';
import { edgeCaption } from './chartElements';

function EvidenceItem({ id }: { id: string }) {
  const excerpt = useCall('excerpts.get', { id });
  if (!excerpt.data)
    return excerpt.isError ? (
      <Text size="xs" c="red">
        This excerpt could not be read.
      </Text>
    ) : (
      <Loader size="xs" />
    );
  const x = excerpt.data;
  return (
    <Paper withBorder p={6} radius="sm" data-testid="edge-evidence-item">
      <Group gap={6} wrap="nowrap" align="flex-start">
        <GradeBadge
          reliability={x.reliability}
          credibility={x.credibility}
          recorded={x.reliabilityAtRecord}
          grade={x.grade}
          size="xs"
        />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor size="xs" href={href({ screen: 'article', id: x.articleId, excerptId: x.id })} dir="auto">
            “{x.exact}”
          </Anchor>
          <Text size="xs" c="dimmed" truncate>
            {x.articleTitle || 'Untitled article'}
            {x.sourceName ? ` · ${x.sourceName}` : ''}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

export function EdgeEvidence({ edge, nodes }: { edge: GraphEdge; nodes: ReadonlyMap<string, GraphNode> }) {
  const from = nodes.get(edge.source)?.name ?? '?';
  const to = nodes.get(edge.target)?.name ?? '?';
  return (
    <Stack gap={6} data-testid="edge-evidence">
      <Text size="sm" fw={600} dir="auto">
        {from} — {edgeCaption(edge)} — {to}
      </Text>
      {edge.kind === 'co-mention' ? (
        <Text size="xs" c="dimmed">
          No relationship is recorded between them; they are named in the same article{edge.articles === 1 ? '' : 's'}.
        </Text>
      ) : edge.excerptIds.length === 0 ? (
        <Text size="xs" c="dimmed">
          No excerpt backs this link (or none passes the filters). Add one from either entity’s page.
        </Text>
      ) : (
        <>
          <Text size="xs" c="dimmed">
            Backed by {edge.excerptIds.length} excerpt{edge.excerptIds.length === 1 ? '' : 's'}:
          </Text>
          {edge.excerptIds.map((id) => (
            <EvidenceItem key={id} id={id} />
          ))}
        </>
      )}
    </Stack>
  );
}
