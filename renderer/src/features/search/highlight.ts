// Turns a snippet and the backend's highlight ranges (UTF-16 offsets) into plain and marked pieces,
// so the page renders <mark> elements from text nodes and never injects HTML: snippets come from
// captured evidence and may contain anything.

export interface Range {
  start: number;
  end: number;
}

export interface SnippetPiece {
  text: string;
  marked: boolean;
}

/** Clamps, sorts and merges overlapping or touching ranges; empty ones are dropped. */
export function normalizeRanges(ranges: readonly Range[], length: number): Range[] {
  const clean = ranges
    .map((r) => ({ start: Math.max(0, Math.min(length, r.start)), end: Math.max(0, Math.min(length, r.end)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

export function splitSnippet(text: string, ranges: readonly Range[]): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let cursor = 0;
  for (const r of normalizeRanges(ranges, text.length)) {
    if (r.start > cursor) pieces.push({ text: text.slice(cursor, r.start), marked: false });
    pieces.push({ text: text.slice(r.start, r.end), marked: true });
    cursor = r.end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), marked: false });
  return pieces;
}
