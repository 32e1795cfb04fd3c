// What surrounds an entity: the sources that speak about it (through excerpts that mention it),
// the entities tagged in the same articles, and the notes that @-mention it.
import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { MethodOutput } from '../../../../shared/contract/methods';
import { isReliability } from '../../../../shared/domain/admiralty';
import { href, type Route } from '../../app/route';
import { ReliabilityBadge } from '../../ui/grades/GradeBadge';
import { EntityLink } from '../../ui/entities/EntityLink';

type Page = MethodOutput<'entities.page'>;

export function EntitySources({ sources }: { sources: Page['sources'] }) {
  if (!sources.length)
    return (
      <Text size="xs" c="dimmed">
        No attributed excerpt mentions it yet.
      </Text>
    );
  return (
    <Stack gap={4}>
      {sources.map((s) => (
        <Group key={s.id} gap={6} wrap="nowrap" data-testid="entity-source">
          <ReliabilityBadge letter={s.reliability && isReliability(s.reliability) ? s.reliability : null} size="xs" />
          <Anchor size="sm" href={href({ screen: 'sources', id: s.id })} lineClamp={1}>
            {s.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {s.excerpts} excerpt(s)
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

export function CoMentioned({ entities }: { entities: Page['coMentioned'] }) {
  if (!entities.length)
    return (
      <Text size="xs" c="dimmed">
        No other entity is tagged in the same articles.
      </Text>
    );
  return (
    <Group gap="md" data-testid="co-mentioned">
      {entities.map((e) => (
        <EntityLink
          key={e.id}
          id={e.id}
          name={e.name}
          type={e.type}
          extra={`${e.articles} article(s)`}
          tab="mentions"
        />
      ))}
    </Group>
  );
}

function noteRoute(n: Page['notes'][number]): Route {
  if (n.kind === 'excerpt' && n.articleId) return { screen: 'article', id: n.articleId, excerptId: n.id };
  if (n.kind === 'case') return { screen: 'cases', id: n.id };
  return { screen: 'entities', id: n.id };
}
const NOTE_KIND: Record<Page['notes'][number]['kind'], string> = {
  excerpt: 'Excerpt note',
  case: 'Case summary',
  entity: 'Entity description',
};

export function EntityNotes({ notes }: { notes: Page['notes'] }) {
  if (!notes.length)
    return (
      <Text size="xs" c="dimmed">
        No note @-mentions it yet.
      </Text>
    );
  return (
    <Stack gap={6}>
      {notes.map((n) => (
        <div key={`${n.kind}:${n.id}`} data-testid="entity-note">
          <Group gap={6}>
            <Anchor size="sm" href={href(noteRoute(n))}>
              {n.title || 'Untitled'}
            </Anchor>
            <Text size="xs" c="dimmed">
              {NOTE_KIND[n.kind]}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {n.snippet}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
