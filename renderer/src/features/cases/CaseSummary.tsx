// The case summary in the shared rich-text editor, autosaved as the analyst writes. The editor is
// uncontrolled (it reads the value once), so refetches of the case never move the caret.
import { Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import type { Case } from '../../../../shared/contract/schemas';
import { api } from '../../api/client';
import { RichTextEditor, type RichTextValue } from '../../editor';

export function CaseSummary({ id, summary }: { id: string; summary: Case['summary'] }) {
  const save = useCallback((value: RichTextValue) => api.call('cases.update', { id, summary: value }), [id]);
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed">
        Summary
      </Text>
      <RichTextEditor
        key={id}
        draftKey={`case-summary:${id}`}
        value={summary}
        onSave={save}
        label="Case summary"
        placeholder="What this case is about, what is known and what is not…"
        minHeight={80}
        testId="case-summary"
      />
    </Stack>
  );
}
