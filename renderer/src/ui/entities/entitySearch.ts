// Type-ahead over entities by name and alias, in any spelling the backend would also match
// (Kim Yo-jong finds "Kim Yo Jong", 김여정 finds the Hangul alias). Pure, so it is tested without a DOM.
import type { Entity } from '../../../../shared/contract/schemas';
import { normalizeAlias } from '../../../../shared/domain/aliases';

export interface EntityHit {
  entity: Entity;
  /** The alias that matched when the name did not, shown so the analyst sees why it is offered. */
  viaAlias: string | null;
}

export function searchEntities(entities: readonly Entity[], search: string, limit = 50): EntityHit[] {
  const needle = normalizeAlias(search);
  if (!needle) return entities.slice(0, limit).map((entity) => ({ entity, viaAlias: null }));
  const starts: EntityHit[] = [];
  const contains: EntityHit[] = [];
  for (const entity of entities) {
    const name = normalizeAlias(entity.name);
    if (name.includes(needle)) {
      (name.startsWith(needle) ? starts : contains).push({ entity, viaAlias: null });
      continue;
    }
    const alias = entity.aliases.find((a) => normalizeAlias(a.text).includes(needle));
    if (alias) contains.push({ entity, viaAlias: alias.text });
  }
  return [...starts, ...contains].slice(0, limit);
}
