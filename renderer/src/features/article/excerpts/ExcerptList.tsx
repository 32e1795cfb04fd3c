// The article's excerpts in text order: grade, source, date and the quote. The list is virtualised
// (TanStack Virtual) so an article with a thousand excerpts opens as fast as one with three; rows
// are measured, since a quote may take one line or two.
import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Excerpt } from '../../../../../shared/contract/schemas';
import { formatPartialDate } from '../../../../../shared/domain/partialDate';
import { GradeTextBadge } from '../../../ui/grades/GradeBadge';
import { AnchorWarning } from './AnchorWarning';
import classes from './ExcerptPanel.module.css';

const ESTIMATED_ROW_PX = 58;

export function ExcerptList({ excerpts, onOpen }: { excerpts: readonly Excerpt[]; onOpen: (id: string) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: excerpts.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 12,
  });
  if (excerpts.length === 0) {
    return (
      <Text fz="sm" c="dimmed" data-testid="excerpts-empty">
        No excerpts yet. Select a passage in the text and choose <b>Excerpt</b> (or press E).
      </Text>
    );
  }
  // Its own scroll area, so the article's details below stay within reach of a long list.
  return (
    <div ref={scroller} style={{ maxHeight: '55vh', overflowY: 'auto' }}>
      <Stack gap={0} data-testid="excerpt-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const e = excerpts[item.index]!;
          return (
            <UnstyledButton
              key={e.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className={classes.row}
              style={{ position: 'absolute', top: 0, left: 0, transform: `translateY(${item.start}px)` }}
              onClick={() => onOpen(e.id)}
              data-testid="excerpt-row"
              data-excerpt-id={e.id}
            >
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
          );
        })}
      </Stack>
    </div>
  );
}
