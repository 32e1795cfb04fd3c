// Suggestions of known entities grouped by entity (so "Accept all" applies to one entity), in the
// order the entity first occurs in the text; and the words around a span, for deciding whether an
// occurrence really names the entity. Pure, so it is tested without a DOM.
import type { MethodOutput } from '../../../../../shared/contract/methods';

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
