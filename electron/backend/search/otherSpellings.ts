// Search for one spelling of a Korean or Chinese name finds the others: "Kim Yo-jong" also finds
// articles that write 김여정, Kim Yŏ-jŏng or Gim Yeo-jeong. The query's own FTS expression is kept
// and each other spelling is added as an alternative phrase, so nothing the plain search found is lost.
import { otherSpellingsOf } from '../../../shared/domain/romanisedNameMatching';
import { toFtsPhrase, toFtsQuery } from '../../../shared/domain/searchText';
import type { Db } from '../db/connection';
import { libraryTargets } from '../services/suggestions';

/** Enough for every system's forms of a few names; more would only slow the index down. */
const MAX_ALTERNATIVES = 60;

export interface PlannedQuery {
  /** The FTS5 MATCH expression, or null when the query has nothing searchable. */
  match: string | null;
  /** The query to mark matches with in snippets: the analyst's words and every other spelling. */
  highlight: string;
}

export function withOtherSpellings(db: Db, query: string): PlannedQuery {
  const base = toFtsQuery(query);
  if (!base) return { match: null, highlight: query };
  const others = otherSpellingsOf(query, libraryTargets(db)).slice(0, MAX_ALTERNATIVES);
  const phrases = [...new Set(others.map(toFtsPhrase).filter((p): p is string => !!p))];
  if (!phrases.length) return { match: base, highlight: query };
  return {
    match: `(${base}) OR ${phrases.join(' OR ')}`,
    highlight: [query, ...others.map((o) => `"${o.replace(/"/g, '')}"`)].join(' '),
  };
}
