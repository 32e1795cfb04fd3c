import { Alert, Anchor, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Mention } from '../../../../shared/contract/schemas';
import { useCall } from '../../api/hooks';
import { href } from '../../app/route';
import { errorMessage } from '../../ui/notify';
import { GradeBadge } from '../sources/GradeBadge';
import { groupMentionsByArticle } from './mentionGroups';

function ArticleTitle({ id, known }: { id: string; known: string | undefined }) {
  // Only articles beyond the first page of the library list need their own lookup.
  const article = useCall('articles.get', { id }, { enabled: known === undefined });
  return <>{known ?? article.data?.title ?? 'Article'}</>;
}

function ExcerptGrade({ id }: { id: string }) {
  const excerpt = useCall('excerpts.get', { id });
  if (!excerpt.data) return null;
  const e = excerpt.data;
  return <GradeBadge reliability={e.reliability} credibility={e.credibility} recorded={e.reliabilityAtRecord} size="xs" />;
}

function MentionLine({ mention }: { mention: Mention }) {
  const route = { screen: 'article' as const, id: mention.articleId, ...(mention.excerptId ? { excerptId: mention.excerptId } : {}) };
  return (
    <Group gap={6} wrap="nowrap">
      <Anchor size="xs" href={href(route)} lineClamp={1}>
        “{mention.exact}”
      </Anchor>
      {mention.excerptId && <ExcerptGrade id={mention.excerptId} />}
      {mention.status === 'suggested' && (
        <Badge size="xs" variant="outline" color="gray">
          suggested
        </Badge>
      )}
    </Group>
  );
}

export function EntityMentions({ entityId }: { entityId: string }) {
  const mentions = useCall('mentions.list', { entityId });
  const articles = useCall('articles.list', { limit: 1000 });
  const titles = useMemo(() => new Map((articles.data?.items ?? []).map((a) => [a.id, a.title || '(untitled article)'])), [articles.data]);
  const groups = useMemo(() => groupMentionsByArticle(mentions.data?.items ?? []), [mentions.data]);

  if (mentions.isError) return <Alert color="red">{errorMessage(mentions.error)}</Alert>;
  if (mentions.isPending) return <Loader size="xs" />;
  if (!groups.length) {
    return (
      <Text size="xs" c="dimmed">
        Not mentioned in any article yet. Tag it in an article’s text, or add aliases so its mentions are suggested.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {groups.map((g) => (
        <div key={g.articleId}>
          <Anchor size="sm" fw={500} href={href({ screen: 'article', id: g.articleId })}>
            <ArticleTitle id={g.articleId} known={articles.isPending ? '…' : titles.get(g.articleId)} />
          </Anchor>
          <Stack gap={2} pl="sm">
            {g.mentions.map((m) => (
              <MentionLine key={m.id} mention={m} />
            ))}
          </Stack>
        </div>
      ))}
    </Stack>
  );
}
