// The article's entities, for the side column: suggestions of known entities (accept, accept all,
// dismiss), likely new ones (create and tag), and what is already tagged (remove, with undo).
import { Alert, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useCall } from '../../../api/hooks';
import { errorMessage } from '../../../ui/notify';
import { CandidateList } from './CandidateList';
import { NoSuggestions, SuggestionGroupCard } from './SuggestionList';
import { groupSuggestions } from './suggestionGroups';
import { TagEntityDialog } from './TagEntityDialog';
import { TaggedMentions } from './TaggedMentions';

function Heading({ children, count }: { children: ReactNode; count: number }) {
  return (
    <Group gap={6}>
      <Text fz={11} c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {children}
      </Text>
      <Badge size="xs" variant="default" radius="sm">
        {count}
      </Badge>
    </Group>
  );
}

export function MentionsPanel({
  articleId,
  text,
  deferSuggestions = false,
}: {
  articleId: string;
  text: string;
  /**
   * Hold the entity search until this is false. Scanning the whole text for every known name is
   * the slowest call the article makes, and the backend answers one call at a time: asked first,
   * it would hold up the excerpts the text is painted with.
   */
  deferSuggestions?: boolean;
}) {
  const suggest = useCall('entities.suggest', { articleId }, { enabled: !deferSuggestions });
  const mentions = useCall('mentions.list', { articleId });
  const entities = useCall('entities.list', {});
  const byId = useMemo(() => new Map((entities.data?.items ?? []).map((e) => [e.id, e])), [entities.data]);
  const groups = useMemo(() => groupSuggestions(suggest.data?.suggestions ?? []), [suggest.data]);
  const accepted = (mentions.data?.items ?? []).filter((m) => m.status === 'accepted');

  // The tag dialog is mounted whatever the panel shows, so "Tag entity" works while it loads.
  const dialog = <TagEntityDialog articleId={articleId} />;
  if (suggest.isError) {
    return (
      <>
        <Alert color="red" title="Could not look for entities">
          {errorMessage(suggest.error)}
        </Alert>
        {dialog}
      </>
    );
  }
  if (suggest.isPending || mentions.isPending) {
    return (
      <>
        <Loader size="xs" />
        {dialog}
      </>
    );
  }
  return (
    <Stack gap="sm" data-testid="mentions-panel">
      <Stack gap={6} data-testid="suggestions">
        <Heading count={suggest.data.suggestions.length}>Suggested entities</Heading>
        {groups.length === 0 ? (
          <NoSuggestions />
        ) : (
          groups.map((g) => (
            <SuggestionGroupCard
              key={g.entityId}
              articleId={articleId}
              text={text}
              group={g}
              entity={byId.get(g.entityId)}
            />
          ))
        )}
      </Stack>
      <Stack gap={6} data-testid="tagged">
        <Heading count={accepted.length}>Tagged</Heading>
        <TaggedMentions mentions={accepted} entities={byId} text={text} />
      </Stack>
      <Stack gap={6} data-testid="candidates">
        <Heading count={suggest.data.candidates.length}>Possible new entities</Heading>
        <CandidateList articleId={articleId} candidates={suggest.data.candidates} />
      </Stack>
      {dialog}
    </Stack>
  );
}
