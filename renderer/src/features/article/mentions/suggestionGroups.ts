// Suggestions of known entities grouped by entity (so "Accept all" applies to one entity), in the
// order the entity first occurs in the text; and the words around a span, for deciding whether an
// occurrence really names the entity. Pure, so it is tested without a DOM.
import type { MethodOutput } from '../../../../../shared/contract/methods';
import { codePointLength, sliceCodePoints } from '../../../../../shared/domain/anchoring';

export type Suggestion = MethodOutput<'entities.suggest'>['suggestions'][number];
export type Candidate = MethodOutput<'entities.suggest'>['candidates'][number];

export interface SuggestionGroup {
  entityId: string;
  name: string;
  items: Suggestion[];
}

export function groupSuggestions(suggestions: readonly Suggestion[]): SuggestionGroup[] {
  const groups = new Map<string, SuggestionGroup>();
  for (const s of [...suggestions].sort((a, b) => a.start - b.start)) {
    const group = groups.get(s.entityId) ?? { entityId: s.entityId, name: s.name, items: [] };
    group.items.push(s);
    groups.set(s.entityId, group);
  }
  return [...groups.values()];
}

/** The span with up to `width` code points either side, cut at word boundaries where possible. */
export function spanContext(
  text: string,
  start: number,
  end: number,
  width = 40,
): { before: string; span: string; after: string } {
  const length = codePointLength(text);
  let before = sliceCodePoints(text, Math.max(0, start - width), start);
  let after = sliceCodePoints(text, end, Math.min(length, end + width));
  if (start - width > 0) before = `…${before.replace(/^\S*\s/, '')}`;
  if (end + width < length) after = `${after.replace(/\s\S*$/, '')}…`;
  return {
    before: before.replace(/\s+/g, ' '),
    span: sliceCodePoints(text, start, end),
    after: after.replace(/\s+/g, ' '),
  };
}
