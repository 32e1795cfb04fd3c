// The article's excerpts in text order: grade, source, date and the quote. Rows are deliberately
// plain (no tooltip or menu per row) so a thousand of them render at once without a virtualiser.
import { Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Excerpt } from '../../../../../shared/contract/schemas';
import { formatPartialDate } from '../../../../../shared/domain/partialDate';
import { GradeTextBadge } from '../../sources/GradeBadge';
import { AnchorWarning } from './AnchorWarning';
import classes from './ExcerptPanel.module.css';

export function ExcerptList({ excerpts, onOpen }: { excerpts: readonly Excerpt[]; onOpen: (id: string) => void }) {
  if (excerpts.length === 0) {
    return (
      <Text fz="sm" c="dimmed" data-testid="excerpts-empty">
        No excerpts yet. Select a passage in the text and choose <b>Excerpt</b> (or press E).
      </Text>
    );
  }
  // Its own scroll area, so the article's details below stay within reach of a long list.
  return (
    <ScrollArea.Autosize mah="55vh" type="auto" offsetScrollbars>
      <Stack gap={2} data-testid="excerpt-list">
        {excerpts.map((e) => (
          <UnstyledButton key={e.id} className={classes.row} onClick={() => onOpen(e.id)} data-testid="excerpt-row" data-excerpt-id={e.id}>
            <Group gap={6} wrap="nowrap" mb={2}>
              <GradeTextBadge grade={e.grade} size="xs" />
              <Text fz="xs" fw={500} truncate style={{ flex: 1 }}>
                {e.sourceName || 'No source'}
              </Text>
              {e.eventDate.value && (
                <Text fz={11} c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatPartialDate(e.eventDate)}
                </Text>
              )}
              <AnchorWarning status={e.anchorStatus} />
            </Group>
            <Text fz="xs" c="dimmed" lineClamp={2}>
              {e.exact}
            </Text>
          </UnstyledButton>
        ))}
      </Stack>
    </ScrollArea.Autosize>
  );
}
