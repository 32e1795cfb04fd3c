import { ActionIcon, Anchor, Divider, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useAction, useCall } from '../../api/hooks';
import { href, type Route } from '../../app/route';
import { GradeBadge } from '../../ui/grades/GradeBadge';
import { CASE_KIND_LABELS, groupCaseItems, type CaseItem } from './caseItems';

function itemRoute(item: CaseItem): Route | null {
  switch (item.kind) {
    case 'article':
      return { screen: 'article', id: item.itemId };
    case 'source':
      return { screen: 'sources', id: item.itemId };
    case 'entity':
      return { screen: 'entities', id: item.itemId };
    default:
      return null;
  }
}

/** An excerpt opens inside its article, whose id comes from the excerpt itself. */
function ExcerptLink({ item }: { item: CaseItem }) {
  const excerpt = useCall('excerpts.get', { id: item.itemId });
  const e = excerpt.data;
  return (
    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
      {e && (
        <GradeBadge
          reliability={e.reliability}
          credibility={e.credibility}
          recorded={e.reliabilityAtRecord}
          size="xs"
        />
      )}
      {e ? (
        <Anchor size="xs" lineClamp={1} href={href({ screen: 'article', id: e.articleId, excerptId: e.id })}>
          “{item.title}”
        </Anchor>
      ) : (
        <Text size="xs" lineClamp={1}>
          “{item.title}”
        </Text>
      )}
    </Group>
  );
}

function ItemLine({ caseId, item }: { caseId: string; item: CaseItem }) {
  const remove = useAction('cases.removeItems');
  const route = itemRoute(item);
  return (
    <Group gap="xs" justify="space-between" wrap="nowrap">
      {item.kind === 'excerpt' ? (
        <ExcerptLink item={item} />
      ) : route ? (
        <Anchor size="sm" href={href(route)} lineClamp={1}>
          {item.title || '(untitled)'}
        </Anchor>
      ) : null}
      <Tooltip label="Remove from the case (the item itself stays in the library)">
        <ActionIcon
          size="sm"
          variant="subtle"
          color="gray"
          aria-label={`Remove ${item.title} from the case`}
          loading={remove.isPending}
          onClick={() => remove.mutate({ id: caseId, itemIds: [item.itemId] })}
        >
          <IconX size={14} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

export function CaseItems({ caseId, items }: { caseId: string; items: CaseItem[] }) {
  if (!items.length) {
    return (
      <Text size="sm" c="dimmed" data-testid="case-empty">
        This case is empty. To add to it, select rows in the Library, Excerpts, Sources or Entities (Ctrl/Cmd- or
        Shift-click for many) and choose Add to case, press Shift+C, or drag them onto this case in the sidebar. An open
        article, excerpt, source or entity is added the same way.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {groupCaseItems(items).map((group) => (
        <div key={group.kind}>
          <Divider label={`${CASE_KIND_LABELS[group.kind]} (${group.items.length})`} labelPosition="left" />
          <Stack gap={2} mt={4}>
            {group.items.map((item) => (
              <ItemLine key={item.itemId} caseId={caseId} item={item} />
            ))}
          </Stack>
        </div>
      ))}
    </Stack>
  );
}
