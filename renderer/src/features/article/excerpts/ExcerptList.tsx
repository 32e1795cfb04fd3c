// The article's excerpts in text order: grade, source, date and the quote. The list is virtualised
// (TanStack Virtual) so an article with a thousand excerpts opens as fast as one with three; rows
// are measured, since a quote may take one line or two. Rows are plain elements styled by the CSS
// module, not Mantine's Group/Text/UnstyledButton: each of those resolves its styles on every render,
// and the rows render twice as the virtualiser measures them, on the same frame as the highlights.
import { Text } from '@mantine/core';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Excerpt } from '../../../../../shared/contract/schemas';
import { formatPartialDate } from '../../../../../shared/domain/partialDate';
import { GradeTextBadge } from '../../../ui/grades/GradeBadge';
import { AnchorWarning } from './AnchorWarning';
import classes from './ExcerptPanel.module.css';

const ESTIMATED_ROW_PX = 58;
const MAX_HEIGHT_VH = 55;

// Sizes come from ResizeObservers, which report after the browser's own layout. The library's
// defaults read clientHeight and offsetHeight while React commits, which forces a layout of the
// whole screen, the article text with its highlights included, once more per commit.
function observeRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  report: (rect: { width: number; height: number }) => void,
) {
  const element = instance.scrollElement;
  if (!element) return;
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.contentBoxSize[0];
    if (box) report({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

function measureRow(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
) {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? ESTIMATED_ROW_PX;
}

export function ExcerptList({ excerpts, onOpen }: { excerpts: readonly Excerpt[]; onOpen: (id: string) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: excerpts.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
    initialRect: { width: 360, height: Math.round((window.innerHeight * MAX_HEIGHT_VH) / 100) },
    observeElementRect: observeRect,
    measureElement: measureRow,
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
    <div ref={scroller} style={{ maxHeight: `${MAX_HEIGHT_VH}vh`, overflowY: 'auto' }}>
      <div data-testid="excerpt-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const e = excerpts[item.index]!;
          return (
            <button
              type="button"
              key={e.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className={classes.row}
              style={{ position: 'absolute', top: 0, left: 0, transform: `translateY(${item.start}px)` }}
              onClick={() => onOpen(e.id)}
              data-testid="excerpt-row"
              data-excerpt-id={e.id}
            >
              <span className={classes.rowHead}>
                <GradeTextBadge grade={e.grade} size="xs" />
                <span className={classes.rowSource}>{e.sourceName || 'No source'}</span>
                {e.eventDate.value && <span className={classes.rowDate}>{formatPartialDate(e.eventDate)}</span>}
                <AnchorWarning status={e.anchorStatus} />
              </span>
              <span className={classes.rowQuote}>{e.exact}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
