// Searching an entity's name also finds its other spellings, in every script: "Kim Yo-jong" finds
// an article that only says 김여정 when both are aliases of one entity. The query must name the
// entity (its name or an alias, compared as alias matching compares them); then each spelling is
// added to the search as a phrase, and the answer lists what was added so the screen can say so.
import { normalizeAlias } from '../../../shared/domain/aliases';
import { queryTerms, toFtsPhrase } from '../../../shared/domain/searchText';
import type { Db } from '../db/connection';

export interface AliasExpansion {
  entityId: string;
  name: string;
  /** The entity's other spellings that were searched for too. */
  spellings: string[];
}

/** At most this many entities share one spelling before we stop expanding (a common surname). */
const MAX_ENTITIES = 5;

export function expandEntityAliases(db: Db, query: string): AliasExpansion[] {
  const typed = queryTerms(query).join(' ');
  const normalized = normalizeAlias(typed);
  if (!normalized) return [];
  const ids = db
    .prepare(
      `SELECT entity_id FROM entity_aliases WHERE normalized = ?
       UNION SELECT id FROM entities WHERE name = ? COLLATE NOCASE LIMIT ?`,
    )
    .pluck()
    .all(normalized, typed, MAX_ENTITIES + 1) as string[];
  if (!ids.length || ids.length > MAX_ENTITIES) return [];
  return ids
    .map((entityId) => {
      const name = db.prepare('SELECT name FROM entities WHERE id = ?').pluck().get(entityId) as string;
      const aliases = db
        .prepare('SELECT text FROM entity_aliases WHERE entity_id = ? ORDER BY text')
        .pluck()
        .all(entityId) as string[];
      const spellings = [...new Set([name, ...aliases])].filter((s) => normalizeAlias(s) !== normalized);
      return { entityId, name, spellings };
    })
    .filter((e) => e.spellings.length > 0);
}

/** The FTS5 expression for the query or any of the expansions' spellings. */
export function withAliases(match: string, expansions: readonly AliasExpansion[]): string {
  const phrases = expansions.flatMap((e) => e.spellings.map(toFtsPhrase)).filter((p): p is string => p !== null);
  return phrases.length ? `(${match}) OR ${[...new Set(phrases)].join(' OR ')}` : match;
}

/** The query the snippets mark: what was typed, and every spelling searched for with it. */
export function snippetQuery(query: string, expansions: readonly AliasExpansion[]): string {
  const quoted = expansions.flatMap((e) => e.spellings.map((s) => `"${s.replace(/"/g, '')}"`));
  return [query, ...quoted].join(' ');
}
