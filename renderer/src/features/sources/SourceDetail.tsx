import { Anchor, Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowMerge, IconPencil, IconStar, IconTrash } from '@tabler/icons-react';
import type { Source } from '../../../../shared/contract/schemas';
import { RELIABILITY } from '../../../../shared/domain/admiralty';
import { href } from '../../app/route';
import { CopyValue } from '../../ui/CopyValue';
import { AddToCaseMenu } from '../../ui/addToCase';
import { ReliabilityBadge } from '../../ui/grades/GradeBadge';
import { RatingHistory } from './RatingHistory';
import { SOURCE_KIND_LABELS } from './sourceKinds';

interface Props {
  source: Source;
  parent: Source | undefined;
  subSources: Source[];
  onRate: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onMerge: () => void;
  onAddChild: () => void;
}

export function SourceDetail({ source, parent, subSources, onRate, onEdit, onDelete, onMerge, onAddChild }: Props) {
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="source-detail">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <ReliabilityBadge letter={source.reliability} size="lg" />
          <div style={{ minWidth: 0 }}>
            <Title order={4} style={{ overflowWrap: 'anywhere' }}>
              {source.name}
            </Title>
            <Text size="xs" c="dimmed">
              {SOURCE_KIND_LABELS[source.kind]}
              {source.reliability ? ` · ${RELIABILITY[source.reliability].label}` : ' · not rated yet'}
            </Text>
          </div>
        </Group>
        <Group gap={4}>
          <Button size="xs" leftSection={<IconStar size={14} />} onClick={onRate}>
            Rate
          </Button>
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={onEdit}>
            Edit
          </Button>
          <Button size="xs" variant="default" leftSection={<IconArrowMerge size={14} />} onClick={onMerge}>
            Merge into…
          </Button>
          <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={onDelete}>
            Delete
          </Button>
          <AddToCaseMenu getIds={() => [source.id]} />
        </Group>
        {parent && (
          <Text size="xs">
            Under <Anchor href={href({ screen: 'sources', id: parent.id })}>{parent.name}</Anchor>
          </Text>
        )}
        {source.url && (
          <Text size="xs" style={{ wordBreak: 'break-all' }}>
            URL: {source.url}
          </Text>
        )}
        {source.aliases.length > 0 && (
          <Group gap={4}>
            <Text size="xs">Also known as</Text>
            {source.aliases.map((a) => (
              <Badge key={a} size="xs" variant="default" style={{ textTransform: 'none' }}>
                {a}
              </Badge>
            ))}
          </Group>
        )}
        {source.description && (
          <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
            {source.description}
          </Text>
        )}
        {source.machineTags.length > 0 && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              MISP tag
            </Text>
            <Stack gap={0}>
              {source.machineTags.map((tag) => (
                <CopyValue key={tag} value={tag} label="MISP machine tag" testId="source-machine-tag" />
              ))}
            </Stack>
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {source.articleCount} article(s) · {source.excerptCount} excerpt(s) attributed
        </Text>
        <Text size="xs">
          Sources under it:{' '}
          {subSources.map((c) => (
            <span key={c.id}>
              <Anchor size="xs" href={href({ screen: 'sources', id: c.id })}>
                {c.name}
              </Anchor>
              {' · '}
            </span>
          ))}
          <Anchor component="button" type="button" size="xs" onClick={onAddChild}>
            + add one
          </Anchor>
        </Text>
        <Divider label="Rating history (newest first)" labelPosition="left" />
        <RatingHistory ratings={source.ratings} />
        <Text size="xs" c="dimmed">
          Tip: with a source selected, press A–F to rate it.
        </Text>
      </Stack>
    </Paper>
  );
}
