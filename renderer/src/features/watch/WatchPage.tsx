// Watch terms and their notifications: the names, aliases and phrases the analyst watches for, and
// every capture or import that contained one, with the hit in its sentence. Opening a hit opens the
// article; hits stay unseen (bold, counted in the sidebar) until marked seen. A new term is looked
// for in the articles already stored too: at once in a small library, with a progress dialog (and
// Cancel) in a large one, and again on demand.
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconBell, IconCheck, IconEye, IconRefresh, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { invalidateAfter, useAction, useCall } from '../../api/hooks';
import { href } from '../../app/route';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format';
import { runJobWithProgress } from '../../ui/jobProgress';
import { Kwic } from '../../ui/Kwic';
import { showError, showSuccess } from '../../ui/notify';

/** Looks for a term in every stored article, with the progress dialog; says what it found. */
async function lookBack(termId: string, term: string): Promise<void> {
  try {
    const result = await runJobWithProgress(`Looking for “${term}” in stored articles`, 'watch.scan', { id: termId });
    if (result) {
      showSuccess(
        result.hits
          ? `“${term}”: ${result.hits} new hit${result.hits === 1 ? '' : 's'} in ${result.articles} stored article${result.articles === 1 ? '' : 's'}.`
          : `“${term}”: no new hits in the stored articles.`,
      );
    }
  } catch (error) {
    showError(error, 'The stored articles could not be looked through');
  } finally {
    void invalidateAfter('watch.scan');
  }
}

function TermList() {
  const terms = useCall('watch.list', {});
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const add = useAction('watch.add', {
    silent: true,
    onSuccess: (term) => {
      setText('');
      if (term.scanNeeded) void lookBack(term.id, term.term);
    },
  });
  const remove = useAction('watch.remove');
  const submit = () => {
    if (!text.trim()) {
      setError('Type a name, alias or phrase to watch for.');
      return;
    }
    add.mutate({ term: text }, { onError: (e) => setError(e.message) });
  };
  return (
    <Stack gap="xs" w={320} style={{ flexShrink: 0 }} data-testid="watch-terms">
      <Title order={5}>Watch terms</Title>
      <Text fz="xs" c="dimmed">
        Every article already stored, captured or imported is checked for these (any case, hyphens and accents; Korean
        and Chinese exactly).
      </Text>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          placeholder="A name, alias or phrase"
          aria-label="New watch term"
          value={text}
          error={error}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setError(undefined);
          }}
          onKeyDown={(e) => e.key === 'Enter' && !e.nativeEvent.isComposing && submit()}
          data-testid="watch-term-input"
        />
        <Button size="xs" onClick={submit} loading={add.isPending} data-testid="watch-term-add">
          Watch
        </Button>
      </Group>
      {terms.error ? (
        <ErrorNotice
          error={terms.error}
          title="The watch list could not be read"
          onRetry={() => void terms.refetch()}
        />
      ) : !terms.data ? (
        <Loader size="xs" />
      ) : !terms.data.items.length ? (
        <Text fz="sm" c="dimmed">
          Nothing watched yet.
        </Text>
      ) : (
        <Stack gap={2}>
          {terms.data.items.map((t) => (
            <Group key={t.id} gap={6} justify="space-between" wrap="nowrap" data-testid="watch-term">
              <Text fz="sm" dir="auto" truncate title={t.term}>
                {t.term}
              </Text>
              <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                <Badge size="sm" variant="light" tt="none" color={t.hits ? 'orange' : 'gray'} style={{ flexShrink: 0 }}>
                  {t.hits} hit{t.hits === 1 ? '' : 's'}
                </Badge>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="gray"
                  aria-label={`Look for ${t.term} in stored articles again`}
                  title="Look through the stored articles again"
                  onClick={() => void lookBack(t.id, t.term)}
                >
                  <IconRefresh size={14} />
                </ActionIcon>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="gray"
                  aria-label={`Stop watching ${t.term}`}
                  onClick={() => remove.mutate({ id: t.id })}
                >
                  <IconX size={14} />
                </ActionIcon>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function Notifications() {
  const hits = useCall('watch.hits', {});
  const markSeen = useAction('watch.markSeen');
  const items = hits.data?.items ?? [];
  return (
    <Stack gap="xs" style={{ flex: 1, minWidth: 0, minHeight: 0 }} data-testid="watch-notifications">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" align="baseline">
          <Title order={5}>Notifications</Title>
          <Text fz="sm" c="dimmed" data-testid="watch-unseen">
            {hits.data ? `${hits.data.unseen} unseen` : ''}
          </Text>
        </Group>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCheck size={14} />}
          disabled={!hits.data?.unseen}
          onClick={() => markSeen.mutate({})}
          data-testid="watch-mark-all-seen"
        >
          Mark all seen
        </Button>
      </Group>
      {hits.error ? (
        <ErrorNotice
          error={hits.error}
          title="The notifications could not be read"
          onRetry={() => void hits.refetch()}
        />
      ) : !hits.data ? (
        <Loader size="xs" />
      ) : !items.length ? (
        <Text fz="sm" c="dimmed" data-testid="watch-no-hits">
          No capture or import has contained a watch term yet.
        </Text>
      ) : (
        <ScrollArea style={{ flex: 1 }} type="auto">
          <Stack gap={6}>
            {items.map((h) => (
              <Group
                key={h.id}
                gap="xs"
                wrap="nowrap"
                align="flex-start"
                p={6}
                data-testid="watch-hit"
                data-seen={h.seen ? 'true' : 'false'}
                style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
              >
                <IconBell size={14} style={{ flexShrink: 0, marginTop: 3, opacity: h.seen ? 0.3 : 1 }} />
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap={6} wrap="nowrap">
                    <Anchor
                      href={href({ screen: 'article', id: h.articleId })}
                      fz="sm"
                      fw={h.seen ? 400 : 600}
                      truncate
                      dir="auto"
                      onClick={() => !h.seen && markSeen.mutate({ ids: [h.id] })}
                    >
                      {h.articleTitle}
                    </Anchor>
                    <Badge
                      size="sm"
                      tt="none"
                      variant={h.seen ? 'outline' : 'light'}
                      color="orange"
                      maw={220}
                      style={{ flexShrink: 0 }}
                      title={h.term}
                    >
                      {h.term}
                    </Badge>
                    <Text fz="xs" c="dimmed" ml="auto" style={{ flexShrink: 0 }}>
                      {formatDateTime(h.foundAt)}
                    </Text>
                  </Group>
                  <Kwic {...h.context} lang={h.language} />
                </Stack>
                {!h.seen && (
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label="Mark seen"
                    onClick={() => markSeen.mutate({ ids: [h.id] })}
                  >
                    <IconEye size={14} />
                  </ActionIcon>
                )}
              </Group>
            ))}
          </Stack>
        </ScrollArea>
      )}
    </Stack>
  );
}

export function WatchPage() {
  return (
    <Stack gap="sm" h="100%" p="sm" data-testid="watch-page">
      <Title order={3}>Watch</Title>
      <Group align="stretch" gap="lg" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        <TermList />
        <Notifications />
      </Group>
    </Stack>
  );
}
