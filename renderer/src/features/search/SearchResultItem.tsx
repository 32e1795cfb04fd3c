import { ActionIcon, Badge, Group, NavLink, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconBriefcase, IconQuestionMark } from '@tabler/icons-react';
import type { SearchResult } from '../../../../shared/contract/schemas';
import { api } from '../../api/client';
import { href, navigate, type Route } from '../../app/route';
import { showError } from '../../ui/notify';
import { draggableItems, requestAddToCase } from '../../ui/addToCase';
import { GradeTextBadge } from '../../ui/grades/GradeBadge';
import { CASE_ITEM_KINDS } from '../../../../shared/contract/objectKinds';
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

/** The kinds a case can hold; a hit of any other kind (a case, a relationship) has no "Add to case". */
export const CASEABLE_KINDS: ReadonlySet<string> = new Set(CASE_ITEM_KINDS);

export function SearchResultItem({ result }: { result: SearchResult }) {
  const info = isSearchKind(result.kind) ? KIND_INFO[result.kind] : null;
  const KindIcon = info?.icon ?? IconQuestionMark;
  const route = directRoute(result);
  const caseable = CASEABLE_KINDS.has(result.kind);
  return (
    <Group
      gap={0}
      wrap="nowrap"
      align="flex-start"
      data-result-id={caseable ? result.id : undefined}
      data-testid="search-result"
    >
      <NavLink
        {...(caseable ? draggableItems(() => [result.id]) : {})}
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
            <Text size="sm" fw={500} truncate data-testid="search-result-title">
              {result.title}
            </Text>
            {result.grade && <GradeTextBadge grade={result.grade} size="xs" />}
            {result.matchedAliases?.length ? (
              <Badge size="xs" variant="light" color="cyan" tt="none" data-testid="matched-alias">
                matched alias {result.matchedAliases.join(', ')}
              </Badge>
            ) : null}
          </Group>
        }
        description={<Snippet text={result.snippet} highlights={result.highlights} />}
        style={{ flex: 1, minWidth: 0 }}
        styles={{ root: { alignItems: 'flex-start' } }}
      />
      {caseable && (
        <Tooltip label="Add to a case (Shift+C)">
          <ActionIcon
            mt={6}
            color="gray"
            aria-label={`Add ${result.title} to a case`}
            onClick={() => requestAddToCase([result.id])}
          >
            <IconBriefcase size={14} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
