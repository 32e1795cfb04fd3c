// The article's excerpts in reading order, as marks for the text, and which one a click or j/k picks.
import type { Excerpt } from '../../../../../shared/contract/schemas';
import { formatPartialDate } from '../../../../../shared/domain/partialDate';
import { compareIso } from '../../../ui/format';
import type { TextMark } from '../marks';

/** Text order: by start, the longer first when two start together. */
export function inTextOrder(excerpts: readonly Excerpt[]): Excerpt[] {
  return [...excerpts].sort((a, b) => a.start - b.start || b.end - a.end || compareIso(a.createdAt, b.createdAt));
}

/** "B3 · Daily NK source (Ryanggang Province) · 6 March 2020" */
export function excerptSummary(e: Pick<Excerpt, 'grade' | 'sourceName' | 'eventDate'>): string {
  return [e.grade, e.sourceName || 'No source', formatPartialDate(e.eventDate)].filter(Boolean).join(' · ');
}

export function excerptMarks(excerpts: readonly Excerpt[]): TextMark[] {
  return excerpts
    .filter((e) => e.anchorStatus !== 'orphaned')
    .map((e) => ({ id: e.id, start: e.start, end: e.end, kind: 'excerpt' as const, title: excerptSummary(e) }));
}

/** The excerpt `step` places after (or before, for -1) the current one; the first or last when none is open. */
export function neighbour(
  ordered: readonly Excerpt[],
  currentId: string | undefined,
  step: 1 | -1,
): Excerpt | undefined {
  if (ordered.length === 0) return undefined;
  const index = currentId ? ordered.findIndex((e) => e.id === currentId) : -1;
  if (index < 0) return step === 1 ? ordered[0] : ordered[ordered.length - 1];
  return ordered[Math.min(ordered.length - 1, Math.max(0, index + step))];
}

/**
 * Which excerpt a click on marked text opens: the shortest one under the pointer (the most specific),
 * or, clicking again where several overlap, the next of them, so every one is reachable.
 */
export function pickClicked(
  markIds: readonly string[],
  byId: ReadonlyMap<string, Excerpt>,
  currentId: string | undefined,
): Excerpt | undefined {
  const under = markIds.map((id) => byId.get(id)).filter((e): e is Excerpt => Boolean(e));
  if (under.length === 0) return undefined;
  under.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const at = under.findIndex((e) => e.id === currentId);
  return at < 0 ? under[0] : under[(at + 1) % under.length];
}
