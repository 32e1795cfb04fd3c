// Turning the browser's selection inside the article text into code-point offsets. The text is
// rendered verbatim (white-space: pre-wrap) as text nodes inside the container and its mark spans,
// and nothing else lives there, so the text of a DOM range from the container's start to a point is
// exactly the article's text up to that point: its length is the UTF-16 offset.
import { utf16ToCodePoint } from '../../../../shared/domain/anchoring';

export interface TextSelection {
  /** Code-point offsets into the article's text, whitespace at either end left out. */
  start: number;
  end: number;
  /** The selected text, as it will be quoted. */
  text: string;
  /** Where it is on screen, for placing the toolbar. */
  rect: DOMRect;
}

function utf16Within(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The selection's part inside `container`, or null when nothing (or only whitespace) is selected there. */
export function readTextSelection(container: HTMLElement, text: string): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(container)) return null;
  let start = container.contains(range.startContainer)
    ? utf16Within(container, range.startContainer, range.startOffset)
    : 0;
  let end = container.contains(range.endContainer)
    ? utf16Within(container, range.endContainer, range.endOffset)
    : text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return {
    start: utf16ToCodePoint(text, start),
    end: utf16ToCodePoint(text, end),
    text: text.slice(start, end),
    rect: range.getBoundingClientRect(),
  };
}
