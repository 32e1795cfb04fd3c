// The Article view: the captured text for reading, with its excerpts painted and listed beside it,
// and its metadata and fingerprints.
import {
  Anchor,
  Box,
  Button,
  Divider,
  Group,
  Loader,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useCall } from '../../api/hooks';
import { href, navigate, useRoute } from '../../app/route';
import { deleteArticlesWithUndo } from '../../ui/deleteArticles';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ArticleDetails } from './ArticleDetails';
import { EditMetadataModal } from './EditMetadataModal';
import { ExcerptPanel, ExcerptableText, useExcerptWorkspace } from './excerpts';
import { MentionsPanel, requestTagEntity, TagEntityAction, useMentionMarks } from './mentions';
import { FindInArticle } from './find/FindInArticle';
import { OriginalView } from './OriginalView';
import { articleLabel } from '../../../../shared/domain/untitled';

export function ArticlePage() {
  const route = useRoute();
  const id = route.screen === 'article' ? route.id : '';
  const article = useCall('articles.get', { id }, { enabled: Boolean(id) });
  const [editing, { open, close }] = useDisclosure(false);
  const [view, setView] = useState<'text' | 'original'>('text');
  // The excerpts and mentions are asked for with the article, from the id in the route, not after it
  // arrives: one round trip (and one render of the page without its highlights) less on every open.
  const excerpts = useExcerptWorkspace(id);
  const mentionMarks = useMentionMarks(id);

  if (article.error)
    return (
      <ErrorNotice
        error={article.error}
        title="This article could not be opened"
        onRetry={() => void article.refetch()}
      />
    );
  // The text waits for its excerpts (asked for at the same moment, so a few milliseconds more):
  // painted once with every highlight, rather than laid out bare and then again with a thousand
  // highlights, and never a frame of unhighlighted evidence.
  if (!article.data || excerpts.loading) {
    return (
      <Group justify="center" p="xl">
        <Loader size="sm" />
      </Group>
    );
  }
  const a = article.data;
  return (
    <Stack gap={0} h="100%" data-testid="article-page">
      <Group
        justify="space-between"
        p="sm"
        pb="xs"
        wrap="nowrap"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor href={href({ screen: 'library' })} fz="xs">
            <Group gap={2}>
              <IconArrowLeft size={12} /> Library
            </Group>
          </Anchor>
          <Title order={3} lang={a.language || undefined} dir="auto" lineClamp={2} data-testid="article-title">
            {articleLabel(a.title)}
          </Title>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {view === 'text' && <FindInArticle text={a.text} />}
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(value) => setView(value === 'original' ? 'original' : 'text')}
            data={[
              { value: 'text', label: 'Text' },
              { value: 'original', label: 'Original' },
            ]}
            aria-label="Show the article's text or its original"
          />
          <Button variant="default" leftSection={<IconPencil size={14} />} onClick={open}>
            Edit metadata
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={14} />}
            onClick={() => void deleteArticlesWithUndo([a], () => navigate({ screen: 'library' }))}
            title="Move this article, with its excerpts and mentions, to the Trash"
            data-testid="article-delete"
          >
            Delete
          </Button>
        </Group>
      </Group>
      <Group align="stretch" gap={0} wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        {view === 'original' ? (
          <Box style={{ flex: 1, minWidth: 0 }}>
            <OriginalView article={a} />
          </Box>
        ) : (
          <ScrollArea style={{ flex: 1 }} type="auto">
            <Box px="xl" py="lg">
              <ExcerptableText
                article={a}
                workspace={excerpts}
                extraMarks={mentionMarks}
                // The selection toolbar's slot: actions other features offer on selected text.
                extraActions={(selection, done) => (
                  <TagEntityAction
                    selection={{ articleId: a.id, start: selection.start, end: selection.end, text: selection.text }}
                    onDone={done}
                  />
                )}
                onTagSpan={(span) => requestTagEntity({ articleId: a.id, ...span })}
              />
            </Box>
          </ScrollArea>
        )}
        <ScrollArea
          w={380}
          type="auto"
          style={{ borderLeft: '1px solid var(--mantine-color-default-border)', flexShrink: 0 }}
        >
          <Box p="sm">
            <ExcerptPanel article={a} workspace={excerpts} />
            <Divider my="md" label="Article" labelPosition="left" />
            <ArticleDetails article={a} />
            <Text fz="xs" c="dimmed" mt="md">
              The text is kept exactly as captured and cannot be edited; only the metadata can.
            </Text>
            <Divider my="md" label="Entities" labelPosition="left" />
            <MentionsPanel articleId={a.id} text={a.text} deferSuggestions={excerpts.loading} />
          </Box>
        </ScrollArea>
      </Group>
      {editing && <EditMetadataModal article={a} opened={editing} onClose={close} />}
    </Stack>
  );
}
