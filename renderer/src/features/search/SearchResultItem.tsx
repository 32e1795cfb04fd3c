import { Group, NavLink, Text, ThemeIcon } from '@mantine/core';
import { IconQuestionMark } from '@tabler/icons-react';
import type { SearchResult } from '../../../../shared/contract/schemas';
import { api } from '../../api/client';
import { href, navigate, type Route } from '../../app/route';
import { showError } from '../../ui/notify';
import { GradeTextBadge } from '../sources/GradeBadge';
import { isSearchKind, KIND_INFO } from './kinds';
import { Snippet } from './Snippet';

/** Where a hit opens; excerpts open inside their article, which needs a lookup first. */
function directRoute(result: SearchResult): Route | null {
  switch (result.kind) {
    case 'article':
      return { screen: 'article', id: result.id };
    case 'entity':
      return { screen: 'entities', id: result.id };
    case 'source':
      return { screen: 'sources', id: result.id };
    case 'case':
      return { screen: 'cases', id: result.id };
    default:
      return null;
  }
}

async function openExcerpt(id: string): Promise<void> {
  try {
    const excerpt = await api.call('excerpts.get', { id });
    navigate({ screen: 'article', id: excerpt.articleId, excerptId: id });
  } catch (error) {
    showError(error, 'Could not open the excerpt');
  }
}

export function SearchResultItem({ result }: { result: SearchResult }) {
  const info = isSearchKind(result.kind) ? KIND_INFO[result.kind] : null;
  const KindIcon = info?.icon ?? IconQuestionMark;
  const route = directRoute(result);
  return (
    <NavLink
      component="a"
      href={route ? href(route) : '#'}
      onClick={(event) => {
        if (route) return;
        event.preventDefault();
        if (result.kind === 'excerpt') void openExcerpt(result.id);
      }}
      leftSection={
        <ThemeIcon variant="light" color={info?.color ?? 'gray'} size="md" aria-label={result.kind}>
          <KindIcon size={16} />
        </ThemeIcon>
      }
      label={
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={500} truncate>
            {result.title}
          </Text>
          {result.grade && <GradeTextBadge grade={result.grade} size="xs" />}
        </Group>
      }
      description={<Snippet text={result.snippet} highlights={result.highlights} />}
      styles={{ root: { alignItems: 'flex-start' } }}
    />
  );
}
