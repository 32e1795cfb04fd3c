// Every accepted mention, grouped by article, with the grade and event date of the excerpt that
// carries it; filterable by the reliability of that excerpt's source.
import { Anchor, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { formatPartialDate } from '../../../../shared/domain/partialDate';
import { href } from '../../app/route';
import { GradeTextBadge } from '../../ui/grades/GradeBadge';
import { ReliabilityFilterSelect } from '../../ui/grades/ReliabilityFilterSelect';
import type { ReliabilityFilter } from '../../ui/grades/reliabilityFilter';
import { Kwic } from '../../ui/Kwic';
import { groupMentionsByArticle, sortMentionGroups, type MentionSort, type PageMention } from './mentionGroups';
import { articleLabel } from '../../../../shared/domain/untitled';

function MentionLine({ mention }: { mention: PageMention }) {
  const route = {
    screen: 'article' as const,
    id: mention.articleId,
    ...(mention.excerptId ? { excerptId: mention.excerptId } : {}),
  };
  const eventDate = mention.eventDate?.value ? formatPartialDate(mention.eventDate) : '';
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid="entity-mention">
      {mention.grade ? (
        <GradeTextBadge grade={mention.grade} size="xs" />
      ) : (
        <Text size="xs" c="dimmed" w={26} ta="center" title="Not inside an excerpt">
          –
        </Text>
      )}
      <Anchor
        href={href(route)}
        underline="never"
        c="inherit"
        style={{ minWidth: 0 }}
        title="Open the article at this passage"
      >
        <Kwic before={mention.context.before} match={mention.exact} after={mention.context.after} />
      </Anchor>
      {eventDate && (
        <Text size="xs" c="dimmed" title="Event date of the excerpt" style={{ whiteSpace: 'nowrap' }}>
          {eventDate}
        </Text>
      )}
    </Group>
  );
}

export function EntityMentions({ mentions }: { mentions: readonly PageMention[] }) {
  const [filter, setFilter] = useState<ReliabilityFilter>('any');
  const [sort, setSort] = useState<MentionSort>('newest');
  const groups = useMemo(
    () => sortMentionGroups(groupMentionsByArticle(mentions, filter), sort),
    [mentions, filter, sort],
  );
  if (!mentions.length) {
    return (
      <Text size="xs" c="dimmed">
        Not tagged in any article yet. Tag it in an article’s text, or accept the suggestions there.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <ReliabilityFilterSelect value={filter} onChange={setFilter} w={240} />
        <SegmentedControl
          size="xs"
          aria-label="Sort mentions"
          value={sort}
          onChange={(v) => setSort(v as MentionSort)}
          data={[
            { value: 'newest', label: 'Newest' },
            { value: 'oldest', label: 'Oldest' },
            { value: 'grade', label: 'Best grade' },
          ]}
        />
        <Text size="xs" c="dimmed">
          {filter === 'any' ? 'All mentions' : 'Only mentions inside excerpts whose source meets this'}
        </Text>
      </Group>
      {groups.length === 0 && (
        <Text size="xs" c="dimmed">
          No mention passes this filter.
        </Text>
      )}
      {groups.map((g) => (
        <div key={g.articleId} data-testid="entity-mention-article">
          <Group gap={6}>
            <Anchor size="sm" fw={500} href={href({ screen: 'article', id: g.articleId })}>
              {articleLabel(g.articleTitle)}
            </Anchor>
            <Text size="xs" c="dimmed">
              {[g.published.value ? formatPartialDate(g.published) : '', `${g.mentions.length} mention(s)`]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Group>
          <Stack gap={2} pl="sm" mt={2}>
            {g.mentions.map((m) => (
              <MentionLine key={m.id} mention={m} />
            ))}
          </Stack>
        </div>
      ))}
    </Stack>
  );
}
