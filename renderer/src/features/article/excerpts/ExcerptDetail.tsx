// The open excerpt: its grade and quote, every field editable in place (each change is one
// excerpts.update, audited by the backend), the note autosaved, and delete with undo.
import { ActionIcon, Blockquote, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconChevronDown, IconChevronUp, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Excerpt } from '../../../../../shared/contract/schemas';
import type { MethodInput } from '../../../../../shared/contract/methods';
import { api } from '../../../api/client';
import { invalidateAfter, useAction } from '../../../api/hooks';
import { RichTextEditor, type RichTextValue } from '../../../editor';
import { formatDateTime } from '../../../ui/format';
import { GradeBadge } from '../../../ui/grades/GradeBadge';
import { AnchorWarning } from './AnchorWarning';
import { ExcerptFields } from './ExcerptFields';
import { deleteExcerptWithUndo } from '../../../ui/excerptUndo';

interface ExcerptDetailProps {
  excerpt: Excerpt;
  publisherSourceId: string | null;
  position: { index: number; total: number };
  onBack: () => void;
  onStep: (step: 1 | -1) => void;
  /** Grows when the analyst asked to write in this excerpt's note (the note editor then takes the caret). */
  noteFocusRequest?: number;
}

export function ExcerptDetail({
  excerpt: e,
  publisherSourceId,
  position,
  onBack,
  onStep,
  noteFocusRequest = 0,
}: ExcerptDetailProps) {
  const update = useAction('excerpts.update');
  // Tags typed quickly (A, Enter, B, Enter) must all arrive: the list shown is the one typed, and
  // each change waits for the one before, so a refetch of the old list can never drop a tag.
  const [tags, setTags] = useState(e.tags);
  const pendingTags = useRef(0);
  const tagQueue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    if (pendingTags.current === 0) setTags(e.tags);
  }, [e.id, e.tags]);
  const patch = (input: Omit<MethodInput<'excerpts.update'>, 'id'>) => {
    if (!input.tags) return update.mutate({ id: e.id, ...input });
    const next = input.tags;
    setTags(next);
    pendingTags.current++;
    tagQueue.current = tagQueue.current
      .then(() => update.mutateAsync({ id: e.id, tags: next }))
      .catch(() => undefined)
      .finally(() => pendingTags.current--);
  };
  const saveNote = useCallback(
    async (note: RichTextValue) => {
      await api.call('excerpts.update', { id: e.id, note });
      await invalidateAfter('excerpts.update');
    },
    [e.id],
  );

  return (
    <Stack gap="sm" data-testid="excerpt-detail" data-excerpt-id={e.id}>
      <Group justify="space-between" wrap="nowrap">
        <Button size="compact-xs" variant="subtle" leftSection={<IconArrowLeft size={12} />} onClick={onBack}>
          All excerpts
        </Button>
        <Group gap={2} wrap="nowrap">
          <Text fz="xs" c="dimmed" mr={4}>
            {position.index + 1} of {position.total}
          </Text>
          <Tooltip label="Previous excerpt (k)" withArrow>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              aria-label="Previous excerpt"
              disabled={position.index === 0}
              onClick={() => onStep(-1)}
            >
              <IconChevronUp size={14} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Next excerpt (j)" withArrow>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              aria-label="Next excerpt"
              disabled={position.index >= position.total - 1}
              onClick={() => onStep(1)}
            >
              <IconChevronDown size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Group gap={6}>
        <GradeBadge
          reliability={e.reliability}
          credibility={e.credibility}
          recorded={e.reliabilityAtRecord}
          grade={e.grade}
          size="md"
        />
        <AnchorWarning status={e.anchorStatus} />
      </Group>
      <Blockquote
        p="xs"
        fz="sm"
        style={{ whiteSpace: 'pre-wrap', maxHeight: 160, overflow: 'auto' }}
        data-testid="excerpt-quote"
      >
        {e.exact}
      </Blockquote>
      <ExcerptFields
        values={{ sourceId: e.sourceId, credibility: e.credibility, eventDate: e.eventDate, tags }}
        onChange={(p) => patch(p)}
        publisherSourceId={publisherSourceId}
        dateCommit="blur"
      />
      <Stack gap={4}>
        <Text fz="sm" fw={500}>
          Note
        </Text>
        <RichTextEditor
          key={e.id}
          draftKey={`note:${e.id}`}
          value={e.note}
          onSave={saveNote}
          label="Note"
          placeholder="What it means, what to check… (@ mentions an entity)"
          testId="note-editor"
          focusRequest={noteFocusRequest}
        />
      </Stack>
      <Group justify="space-between" wrap="nowrap">
        <Text fz={11} c="dimmed">
          Recorded by {e.createdBy} · {formatDateTime(e.createdAt)}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={12} />}
          onClick={() => (onBack(), void deleteExcerptWithUndo(e))}
        >
          Delete
        </Button>
      </Group>
    </Stack>
  );
}
