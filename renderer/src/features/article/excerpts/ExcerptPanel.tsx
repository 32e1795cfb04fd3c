// The excerpt side panel: the list in text order, the open excerpt, or the form for a new one.
// Arrow keys move between excerpts while the panel has focus (j/k work anywhere on the screen).
import { Button, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import type { Article } from '../../../../../shared/contract/schemas';
import { ExcerptCreateForm } from './ExcerptCreateForm';
import { ExcerptDetail } from './ExcerptDetail';
import { ExcerptList } from './ExcerptList';
import { exportArticleAnnotations } from './exportAnnotations';
import type { ExcerptWorkspace } from './useExcerptWorkspace';

function isTyping(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function ExcerptPanel({ article, workspace: ws }: { article: Article; workspace: ExcerptWorkspace }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      ws.step(event.key === 'ArrowDown' ? 1 : -1);
    }
  };
  return (
    <Stack gap="sm" onKeyDown={onKeyDown} data-testid="excerpt-panel">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600} fz="sm" data-testid="excerpt-count">
          {ws.ordered.length} excerpt{ws.ordered.length === 1 ? '' : 's'}
        </Text>
        <Tooltip label="The excerpts as W3C Web Annotations (JSON-LD)" withArrow>
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconDownload size={12} />}
            disabled={ws.ordered.length === 0}
            onClick={() => void exportArticleAnnotations(article.id, article.title)}
          >
            Export annotations (W3C)
          </Button>
        </Tooltip>
      </Group>
      {ws.draft ? (
        <ExcerptCreateForm
          key={`${ws.draft.start}-${ws.draft.end}`}
          articleId={article.id}
          publisherSourceId={article.publisherSourceId}
          selection={ws.draft}
          onCreated={(excerpt) => ws.open(excerpt.id, false)}
          onCancel={() => ws.setDraft(null)}
        />
      ) : ws.current ? (
        <ExcerptDetail
          excerpt={ws.current}
          publisherSourceId={article.publisherSourceId}
          position={{ index: ws.ordered.indexOf(ws.current), total: ws.ordered.length }}
          onBack={() => ws.open(undefined)}
          onStep={ws.step}
          noteFocusRequest={ws.noteFocusRequest(ws.current.id)}
        />
      ) : ws.loading ? (
        <Loader size="sm" />
      ) : (
        <ExcerptList excerpts={ws.ordered} onOpen={(id) => ws.open(id)} />
      )}
    </Stack>
  );
}
