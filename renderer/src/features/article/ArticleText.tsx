// The immutable text of an article, as captured, with marks painted over it (see marks.ts for the
// TextMark API: excerpts tint, mentions underline; anyone may feed marks). The text is cut into
// segments once per change of text or marks, each segment one span listing the ids of every mark
// covering it in data-marks, so a thousand excerpts stay a few thousand plain spans, built directly
// as DOM (paintSegments) rather than as React elements. Hover, click, the active excerpt and
// flashing are handled by delegation and class toggles on the DOM, never by repainting the segments.
import { Paper, Portal, Stack, Text } from '@mantine/core';
import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
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

/**
 * Paints `text` with its marks into `root`, replacing what was there: plain runs as text nodes,
 * marked runs as spans. Built as a detached fragment and attached once, outside React: a thousand
 * excerpts are two thousand nodes, and React's per-element work (a fiber each, props diffed and set
 * one by one, the insertion point searched for every child) cost more than the DOM itself.
 */
function paintSegments(root: HTMLElement, text: string, marks: readonly TextMark[]): void {
  if (marks.length === 0) {
    root.textContent = text;
    return;
  }
  const length = codePointLength(text);
  const segments = segmentsFor(length, marks);
  const cuts = utf16Offsets(text, segments.map((s) => s.start).concat(length));
  const fragment = document.createDocumentFragment();
  segments.forEach((segment, i) => {
    const slice = text.slice(cuts[i], cuts[i + 1]);
    if (segment.marks.length === 0) {
      fragment.append(slice);
      return;
    }
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
    const span = document.createElement('span');
    span.className = classes.mark!;
    span.dataset.marks = segment.marks.map((m) => m.id).join(' ');
    span.dataset.excerpts = String(Math.min(excerpts, 3));
    if (mention) span.dataset.mention = 'true';
    if (begins) span.dataset.begins = 'true';
    if (color) span.style.setProperty('--mark-color', color);
    span.textContent = slice;
    fragment.append(span);
  });
  root.replaceChildren(fragment);
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
  // The painted text (see paintSegments): repainted when the text or the marks change, before the
  // browser paints, so no frame shows the text without its marks. Counted, so effects that decorate
  // the painted spans (the active mark) run again after each repaint.
  // The same marks again (a refetch after some unrelated change) keep the painted nodes, so ranges
  // others hold over them (find-in-article's highlights, the selection) stay valid.
  const [painted, setPainted] = useState(0);
  const paintedKey = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!container.current) return;
    const key = `${marks.map((m) => `${m.id} ${m.start} ${m.end} ${m.kind} ${m.color ?? ''}`).join('|')}\n${text}`;
    if (key === paintedKey.current) return;
    paintedKey.current = key;
    paintSegments(container.current, text, marks);
    setPainted((n) => n + 1);
  }, [text, marks]);
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
  }, [activeMarkId, painted]);

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
      />
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
