// The Article view: the captured text for reading, and its metadata and fingerprints beside it.
import { Anchor, Box, Button, Group, Loader, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useCall } from '../../api/hooks';
import { href, useRoute } from '../../app/route';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ArticleDetails } from './ArticleDetails';
import { ArticleText } from './ArticleText';
import { EditMetadataModal } from './EditMetadataModal';

export function ArticlePage() {
  const route = useRoute();
  const id = route.screen === 'article' ? route.id : '';
  const article = useCall('articles.get', { id }, { enabled: Boolean(id) });
  const [editing, { open, close }] = useDisclosure(false);

  if (article.error) return <ErrorNotice error={article.error} title="This article could not be opened" onRetry={() => void article.refetch()} />;
  if (!article.data) {
    return (
      <Group justify="center" p="xl">
        <Loader size="sm" />
      </Group>
    );
  }
  const a = article.data;
  return (
    <Stack gap={0} h="100%" data-testid="article-page">
      <Group justify="space-between" p="sm" pb="xs" wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor href={href({ screen: 'library' })} fz="xs">
            <Group gap={2}>
              <IconArrowLeft size={12} /> Library
            </Group>
          </Anchor>
          <Title order={3} lang={a.language || undefined} dir="auto" lineClamp={2} data-testid="article-title">
            {a.title || 'Untitled article'}
          </Title>
        </Stack>
        <Button variant="default" leftSection={<IconPencil size={14} />} onClick={open}>
          Edit metadata
        </Button>
      </Group>
      <Group align="stretch" gap={0} wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        <ScrollArea style={{ flex: 1 }} type="auto">
          <Box px="xl" py="lg">
            <ArticleText text={a.text} language={a.language} direction={a.textDirection} />
          </Box>
        </ScrollArea>
        <ScrollArea w={340} type="auto" style={{ borderLeft: '1px solid var(--mantine-color-default-border)', flexShrink: 0 }}>
          <Box p="sm">
            <ArticleDetails article={a} />
            <Text fz="xs" c="dimmed" mt="md">
              The text is kept exactly as captured and cannot be edited; only the metadata can.
            </Text>
          </Box>
        </ScrollArea>
      </Group>
      {editing && <EditMetadataModal article={a} opened={editing} onClose={close} />}
    </Stack>
  );
}
