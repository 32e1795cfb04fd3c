// Painting marks over an article's immutable text. A mark is any span the UI wants to show in the
// text: an excerpt (a tinted background) or an entity mention (an underline). Marks may overlap
// freely, so the text is cut at every mark boundary into segments, and each segment knows every
// mark covering it; the renderer then paints a segment once, darker where more excerpts overlap.
//
// Everything here is in CODE POINTS, the unit the backend stores offsets in (shared/domain/anchoring).

export type MarkKind = 'excerpt' | 'mention';

/** One span to paint over the text. Feed excerpts and mentions alike; the kind decides the look. */
export interface TextMark {
  /** Unique among the marks given to one ArticleText (an excerpt id, a mention id…). */
  id: string;
  /** Code-point offsets into the article's text, start inclusive, end exclusive. */
  start: number;
  end: number;
  kind: MarkKind;
  /** Any CSS colour; excerpts default to the highlighter yellow, mentions to the theme's blue. */
  color?: string;
  /** Shown when the analyst hovers the mark (e.g. "B3 · Daily NK source"). */
  title?: string;
}

export interface Segment {
  start: number;
  end: number;
  /** Every mark covering this segment, in the order the marks were given; empty for plain text. */
  marks: TextMark[];
}

/**
 * The text [0, textLength) cut into consecutive segments at every mark boundary, each with the marks
 * covering it. Marks are clamped to the text; empty ones are ignored. O((n + k) log n) for n marks
 * and k mark-segment incidences, so a thousand excerpts cost a few milliseconds.
 */
export function segmentsFor(textLength: number, marks: readonly TextMark[]): Segment[] {
  const length = Math.max(0, textLength);
  const order = new Map<TextMark, number>();
  const boundaries = new Set<number>([0, length]);
  const live: TextMark[] = [];
  for (const mark of marks) {
    const start = Math.max(0, Math.min(length, mark.start));
    const end = Math.max(0, Math.min(length, mark.end));
    if (end <= start) continue;
    order.set(mark, order.size);
    boundaries.add(start);
    boundaries.add(end);
    live.push(start === mark.start && end === mark.end ? mark : { ...mark, start, end });
  }
  const cuts = [...boundaries].sort((a, b) => a - b);
  // Marks sorted by start enter the active set as the sweep reaches them; ended ones leave it.
  const byStart = [...live].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let active: TextMark[] = [];
  let next = 0;
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    active = active.filter((m) => m.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    const covering =
      active.length > 1 ? [...active].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)) : [...active];
    segments.push({ start, end, marks: covering });
  }
  return mergeAdjacentPlain(segments);
}

/** Two neighbouring unmarked segments are one run of plain text. */
function mergeAdjacentPlain(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.marks.length === 0 && s.marks.length === 0) last.end = s.end;
    else out.push(s);
  }
  return out;
}

/**
 * UTF-16 indices of ascending code-point offsets into `text`, found in one pass (the renderer slices
 * JavaScript strings by UTF-16 index, the backend counts code points).
 */
export function utf16Offsets(text: string, ascendingCodePoints: readonly number[]): number[] {
  const out: number[] = [];
  let cp = 0;
  let unit = 0;
  for (const target of ascendingCodePoints) {
    while (cp < target && unit < text.length) {
      const code = text.charCodeAt(unit);
      unit += code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length ? 2 : 1;
      cp++;
    }
    out.push(unit);
  }
  return out;
}
