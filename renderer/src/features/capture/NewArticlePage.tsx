// New article: paste a text, describe it, save. The text is stored exactly as pasted (its bytes are
// the original and are hashed), so nothing here trims or rewrites it.
import { Alert, Anchor, Button, Group, Paper, ScrollArea, Stack, Text, Textarea, Title } from '@mantine/core';
import { getHotkeyHandler, useDebouncedValue } from '@mantine/hooks';
import { IconCopy, IconDeviceFloppy, IconFileImport } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useAction } from '../../api/hooks';
import { href, navigate } from '../../app/route';
import { clearDraft, readDraft, writeDraft } from '../../ui/drafts';
import { DraftOffer } from '../../ui/DraftOffer';
import { showSuccess } from '../../ui/notify';
import { ShortcutKeys } from '../../ui/ShortcutKeys';
import { detectMetadata } from './detectMetadata';
import { pickFilesToImport } from '../../ui/import/importStore';
import { MetadataFields } from '../../ui/metadata/MetadataFields';
import { draftToInput, EMPTY_DRAFT, type MetadataDraft, type MetadataErrors } from '../../ui/metadata/metadataDraft';
import { Suggestions } from './Suggestions';
import { articleLabel } from '../../../../shared/domain/untitled';

// The unsaved article is kept locally as it is typed (ui/drafts), so a reload never loses it.
const DRAFT_KEY = 'new-article';
interface KeptArticle {
  text: string;
  metadata: MetadataDraft;
}

export function NewArticlePage() {
  const [text, setTextState] = useState('');
  const [textError, setTextError] = useState<string>();
  const [draft, setDraftState] = useState<MetadataDraft>(EMPTY_DRAFT);
  const [offered, setOffered] = useState(() => readDraft<KeptArticle>(DRAFT_KEY));
  const keep = (next: KeptArticle) => {
    setOffered(null);
    if (next.text || JSON.stringify(next.metadata) !== JSON.stringify(EMPTY_DRAFT)) writeDraft(DRAFT_KEY, next);
    else clearDraft(DRAFT_KEY);
  };
  const setText = (next: string) => {
    setTextState(next);
    keep({ text: next, metadata: draft });
  };
  const setDraft = (next: MetadataDraft) => {
    setDraftState(next);
    keep({ text, metadata: next });
  };
  const [errors, setErrors] = useState<MetadataErrors>({});
  const [duplicate, setDuplicate] = useState<{ id: string; title: string } | null>(null);
  const [debouncedText] = useDebouncedValue(text, 300);
  const detected = useMemo(() => detectMetadata(debouncedText), [debouncedText]);

  const create = useAction('articles.createFromText', {
    onSuccess: ({ article, duplicateOf }) => {
      if (duplicateOf) {
        setDuplicate({ id: duplicateOf, title: article.title });
        return;
      }
      clearDraft(DRAFT_KEY);
      showSuccess(`“${articleLabel(article.title)}” was added to the library.`, 'Article saved');
      navigate({ screen: 'article', id: article.id });
    },
  });

  const save = () => {
    setDuplicate(null);
    const { input, errors: found, ok } = draftToInput(draft);
    setErrors(found);
    const missingText = text.trim() ? undefined : 'Paste the article’s text first.';
    setTextError(missingText);
    if (!ok || missingText) return;
    create.mutate({ ...input, text, captureMethod: 'paste' });
  };

  return (
    <ScrollArea h="100%" type="auto">
      <Stack p="md" gap="sm" maw={1200} onKeyDown={getHotkeyHandler([['mod+Enter', save]])} data-testid="new-article">
        <Group justify="space-between">
          <Title order={3}>New article</Title>
          <Button variant="default" leftSection={<IconFileImport size={14} />} onClick={pickFilesToImport}>
            Import files instead…
          </Button>
        </Group>
        <Text fz="sm" c="dimmed">
          Paste the text of an article, or drop .txt and .md files anywhere on the window. The text is kept exactly as
          pasted and fingerprinted (SHA-256), so it can be shown to be unchanged later.
        </Text>
        {offered && (
          <DraftOffer
            at={offered.at}
            what="An article"
            onRestore={() => {
              setTextState(offered.value.text);
              setDraftState({ ...EMPTY_DRAFT, ...offered.value.metadata });
              setOffered(null);
            }}
            onDiscard={() => {
              clearDraft(DRAFT_KEY);
              setOffered(null);
            }}
          />
        )}
        {duplicate && (
          <Alert
            color="yellow"
            icon={<IconCopy size={16} />}
            title="Already in the library"
            data-testid="duplicate-notice"
          >
            This text is already in the library as{' '}
            <Anchor href={href({ screen: 'article', id: duplicate.id })}>“{articleLabel(duplicate.title)}”</Anchor>.
            Nothing was added.
          </Alert>
        )}
        <Textarea
          label="Text"
          required
          placeholder="Paste the article’s text here"
          autosize
          minRows={10}
          maxRows={22}
          value={text}
          error={textError}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setDuplicate(null);
          }}
          styles={{ input: { fontSize: 'var(--mantine-font-size-sm)', lineHeight: 1.55 } }}
          autoFocus
        />
        <Suggestions detected={detected} draft={draft} onApply={(patch) => setDraft({ ...draft, ...patch })} />
        <Paper withBorder p="sm">
          <MetadataFields draft={draft} errors={errors} onChange={setDraft} />
        </Paper>
        <Group justify="flex-end" gap="xs">
          <ShortcutKeys shortcut="mod+Enter" />
          <Button leftSection={<IconDeviceFloppy size={14} />} onClick={save} loading={create.isPending}>
            Save article
          </Button>
        </Group>
      </Stack>
    </ScrollArea>
  );
}
