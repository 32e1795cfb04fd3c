// Relationships in both directions, read as sentences ("This supplies → Hyesan customs office"),
// each with the grades of the excerpts that back it.
import { ActionIcon, Anchor, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract/methods';
import { useAction } from '../../api/hooks';
import { href } from '../../app/route';
import { GradeTextBadge } from '../../ui/grades/GradeBadge';
import { EntityLink } from '../../ui/entities/EntityLink';
import { RelationshipForm } from './RelationshipForm';
import { RELATIONSHIP_LABELS } from '../../ui/entities/relationshipTypes';

type Page = MethodOutput<'entities.page'>;

function RelationshipLine({ r }: { r: Page['relationships'][number] }) {
  const remove = useAction('relationships.delete');
  const outgoing = r.direction === 'outgoing';
  return (
    <Stack gap={2} data-testid="relationship">
      <Group gap={6} wrap="nowrap">
        {outgoing ? (
          <IconArrowRight size={14} aria-label="outgoing" />
        ) : (
          <IconArrowLeft size={14} aria-label="incoming" />
        )}
        {outgoing ? (
          <Text size="xs" c="dimmed">
            this
          </Text>
        ) : (
          <EntityLink id={r.other.id} name={r.other.name} type={r.other.type} tab="relationships" />
        )}
        <Badge size="sm" variant="light" style={{ textTransform: 'none', flexShrink: 0 }}>
          {RELATIONSHIP_LABELS[r.type]}
        </Badge>
        {outgoing ? (
          <EntityLink id={r.other.id} name={r.other.name} type={r.other.type} tab="relationships" />
        ) : (
          <Text size="xs" c="dimmed">
            this
          </Text>
        )}
        <Tooltip label="Delete this relationship">
          <ActionIcon
            size="xs"
            variant="subtle"
            color="gray"
            aria-label={`Delete relationship with ${r.other.name}`}
            loading={remove.isPending}
            onClick={() => remove.mutate({ id: r.id })}
          >
            <IconTrash size={12} />
          </ActionIcon>
        </Tooltip>
      </Group>
      {r.label && (
        <Text size="xs" fs="italic" pl={20}>
          {r.label}
        </Text>
      )}
      {r.evidence.length === 0 ? (
        <Text size="xs" c="dimmed" pl={20}>
          No backing excerpt.
        </Text>
      ) : (
        r.evidence.map((x) => (
          <Group key={x.id} gap={6} wrap="nowrap" pl={20}>
            <GradeTextBadge grade={x.grade} size="xs" />
            <Anchor size="xs" href={href({ screen: 'article', id: x.articleId, excerptId: x.id })} lineClamp={1}>
              “{x.exact}”
            </Anchor>
          </Group>
        ))
      )}
    </Stack>
  );
}

export function EntityRelationships({ page }: { page: Page }) {
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap={6}>
      {page.relationships.length === 0 && !adding && (
        <Text size="xs" c="dimmed">
          No relationships yet. Link it to another entity, backed by the excerpts that say so.
        </Text>
      )}
      {page.relationships.map((r) => (
        <RelationshipLine key={r.id} r={r} />
      ))}
      {adding ? (
        <RelationshipForm entity={page.entity} excerpts={page.excerpts} onDone={() => setAdding(false)} />
      ) : (
        <Button
          size="compact-xs"
          variant="subtle"
          w="fit-content"
          leftSection={<IconPlus size={12} />}
          onClick={() => setAdding(true)}
        >
          Add relationship
        </Button>
      )}
    </Stack>
  );
}
