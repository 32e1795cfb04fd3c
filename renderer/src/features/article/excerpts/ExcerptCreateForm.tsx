// Making an excerpt of the selected text: who says it, how credible it is, when it happened, tags
// and a note, then one call to excerpts.create (which anchors it with both W3C selectors).
import { Blockquote, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Excerpt } from '../../../../../shared/contract/schemas';
import { useAction } from '../../../api/hooks';
import { EMPTY_RICH_TEXT, RichTextEditor, type RichTextValue } from '../../../editor';
import type { TextSelection } from '../textSelection';
import { ExcerptFields, type ExcerptFieldValues } from './ExcerptFields';

interface ExcerptCreateFormProps {
  articleId: string;
  publisherSourceId: string | null;
  selection: Pick<TextSelection, 'start' | 'end' | 'text'>;
  onCreated: (excerpt: Excerpt) => void;
  onCancel: () => void;
}

export function ExcerptCreateForm({
  articleId,
  publisherSourceId,
  selection,
  onCreated,
  onCancel,
}: ExcerptCreateFormProps) {
  const [values, setValues] = useState<ExcerptFieldValues>({
    sourceId: null,
    credibility: null,
    eventDate: { value: '', qualifier: '' },
    tags: [],
  });
  const [note, setNote] = useState<RichTextValue>(EMPTY_RICH_TEXT);
  const create = useAction('excerpts.create', { onSuccess: onCreated });
  const submit = () =>
    create.mutate({ articleId, start: selection.start, end: selection.end, ...values, ...(note.json ? { note } : {}) });
  return (
    <Stack gap="sm" data-testid="excerpt-create">
      <Text fw={600} fz="sm">
        New excerpt
      </Text>
      <Blockquote
        p="xs"
        fz="sm"
        style={{ whiteSpace: 'pre-wrap', maxHeight: 140, overflow: 'auto' }}
        data-testid="excerpt-quote"
      >
        {selection.text}
      </Blockquote>
      <ExcerptFields
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        publisherSourceId={publisherSourceId}
        dateCommit="change"
      />
      <Stack gap={4}>
        <Text fz="sm" fw={500}>
          Note
        </Text>
        <RichTextEditor
          value={EMPTY_RICH_TEXT}
          onChange={setNote}
          label="Note"
          placeholder="What it means, what to check… (@ mentions an entity)"
          testId="note-editor"
        />
      </Stack>
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button size="xs" onClick={submit} loading={create.isPending}>
          Create excerpt
        </Button>
      </Group>
    </Stack>
  );
}
