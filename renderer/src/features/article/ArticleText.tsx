// The immutable text of an article, as captured, with marks painted over it (see marks.ts for the
// TextMark API: excerpts tint, mentions underline; anyone may feed marks). The text is cut into
// segments once per change of text or marks (memoised), each segment one span listing the ids of
// every mark covering it in data-marks, so a thousand excerpts stay a few thousand plain spans.
// Hover, click, the active excerpt and flashing are handled by delegation and class toggles on the
// DOM, never by re-rendering the segments.
import { Paper, Portal, Stack, Text } from '@mantine/core';
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { codePointLength } from '../../../../shared/domain/anchoring';
import classes from './ArticleText.module.css';
import { segmentsFor, utf16Offsets, type TextMark } from './marks';
import { readTextSelection, type TextSelection } from './textSelection';

export interface ArticleTextHandle {
  /** Scrolls the mark into view and flashes it. */
  revealMark(id: string): void;
  focus(): void;
}

interface ArticleTextProps {
  text: string;
  language: string;
  direction: string;
  marks?: readonly TextMark[];
  /** The mark shown as selected (the excerpt open in the panel). */
  activeMarkId?: string | null;
  /** A click (not a drag) on marked text: the ids of every mark under the pointer. */
  onMarkClick?: (ids: string[]) => void;
  /** The analyst's selection inside the text, or null when it goes away. */
  onSelectionChange?: (selection: TextSelection | null) => void;
  /** A right-click on selected text, at the pointer: for a context menu of selection actions. */
  onSelectionContextMenu?: (selection: TextSelection, point: { x: number; y: number }) => void;
  /** A right-click on marked text with nothing selected: the ids of every mark under the pointer. */
  onMarkContextMenu?: (ids: string[], point: { x: number; y: number }) => void;
  ref?: Ref<ArticleTextHandle>;
}

const EMPTY: readonly TextMark[] = [];

function renderSegments(text: string, marks: readonly TextMark[]): ReactNode[] {
  if (marks.length === 0) return [text];
  const length = codePointLength(text);
  const segments = segmentsFor(length, marks);
  const cuts = utf16Offsets(text, segments.map((s) => s.start).concat(length));
  return segments.map((segment, i) => {
    const slice = text.slice(cuts[i], cuts[i + 1]);
    if (segment.marks.length === 0) return slice;
    let excerpts = 0;
    let mention = false;
    let begins = false;
    let color: string | undefined;
    for (const m of segment.marks) {
      if (m.kind === 'excerpt') {
        excerpts++;
        color ??= m.color;
        if (m.start === segment.start) begins = true;
      } else mention = true;
    }
    return (
      <span
        key={segment.start}
        className={classes.mark}
        data-marks={segment.marks.map((m) => m.id).join(' ')}
        data-excerpts={Math.min(excerpts, 3)}
        data-mention={mention || undefined}
        data-begins={begins || undefined}
        style={color ? ({ '--mark-color': color } as React.CSSProperties) : undefined}
      >
        {slice}
      </span>
    );
  });
}

interface Hover {
  x: number;
  y: number;
  titles: string[];
}

export function ArticleText({
  text,
  language,
  direction,
  marks = EMPTY,
  activeMarkId,
  onMarkClick,
  onSelectionChange,
  onSelectionContextMenu,
  onMarkContextMenu,
  ref,
}: ArticleTextProps) {
  const container = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const content = useMemo(() => renderSegments(text, marks), [text, marks]);
  const byId = useMemo(() => new Map(marks.map((m) => [m.id, m])), [marks]);

  useImperativeHandle(ref, () => ({
    revealMark(id: string) {
      const spans = container.current?.querySelectorAll<HTMLElement>(`[data-marks~="${CSS.escape(id)}"]`);
      if (!spans?.length) return;
      spans[0]!.scrollIntoView({ block: 'center', behavior: 'smooth' });
      spans.forEach((span) => {
        span.classList.remove('is-flashing');
        void span.offsetWidth; // restart the animation
        span.classList.add('is-flashing');
      });
      setTimeout(() => spans.forEach((span) => span.classList.remove('is-flashing')), 1000);
    },
    focus() {
      container.current?.focus({ preventScroll: true });
    },
  }));

  // The active mark is a class on its spans; re-applied when the segments are re-rendered.
  useEffect(() => {
    const root = container.current;
    if (!root || !activeMarkId) return;
    const spans = root.querySelectorAll(`[data-marks~="${CSS.escape(activeMarkId)}"]`);
    spans.forEach((span) => span.classList.add('is-active'));
    return () => spans.forEach((span) => span.classList.remove('is-active'));
  }, [activeMarkId, content]);

  useEffect(() => {
    if (!onSelectionChange) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(
        () => container.current && onSelectionChange(readTextSelection(container.current, text)),
      );
    };
    document.addEventListener('selectionchange', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
    };
  }, [onSelectionChange, text]);

  const markIdsAt = (target: EventTarget): string[] => {
    const span = target instanceof Element ? target.closest<HTMLElement>('[data-marks]') : null;
    return span?.dataset.marks ? span.dataset.marks.split(' ') : [];
  };

  return (
    <>
      <div
        ref={container}
        className={classes.text}
        lang={language || undefined}
        dir={direction === 'ltr' || direction === 'rtl' ? direction : 'auto'}
        data-testid="article-text"
        tabIndex={0}
        aria-label="Article text"
        onClick={(event) => {
          if (!onMarkClick || !window.getSelection()?.isCollapsed) return;
          const ids = markIdsAt(event.target);
          if (ids.length) onMarkClick(ids);
        }}
        onMouseOver={(event) => {
          const titles = markIdsAt(event.target)
            .map((id) => byId.get(id)?.title)
            .filter((t): t is string => Boolean(t));
          if (!titles.length) return setHover(null);
          const rect = (event.target as Element).getBoundingClientRect();
          setHover({ x: event.clientX, y: rect.bottom + 6, titles });
        }}
        onMouseLeave={() => setHover(null)}
        onContextMenu={(event) => {
          if (!container.current) return;
          const point = { x: event.clientX, y: event.clientY };
          const selection = readTextSelection(container.current, text);
          if (selection && onSelectionContextMenu) {
            event.preventDefault();
            onSelectionContextMenu(selection, point);
            return;
          }
          const ids = selection ? [] : markIdsAt(event.target);
          if (ids.length && onMarkContextMenu) {
            event.preventDefault();
            setHover(null);
            onMarkContextMenu(ids, point);
          }
        }}
      >
        {content}
      </div>
      {hover && (
        <Portal>
          <Paper
            className={classes.hoverCard}
            shadow="md"
            withBorder
            p={6}
            style={{ left: hover.x, top: hover.y }}
            data-testid="mark-hover"
          >
            <Stack gap={2}>
              {hover.titles.map((title, i) => (
                <Text key={i} fz="xs">
                  {title}
                </Text>
              ))}
            </Stack>
          </Paper>
        </Portal>
      )}
    </>
  );
}
