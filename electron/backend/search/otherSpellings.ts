// Search for one spelling of a Korean or Chinese name finds the others: "Kim Yo-jong" also finds
// articles that write 김여정, Kim Yŏ-jŏng or Gim Yeo-jeong. The query's own FTS expression is kept
// and each other spelling is added as an alternative phrase, so nothing the plain search found is lost.
import { otherSpellingsOf } from '../../../shared/domain/romanisedNameMatching';
import { toFtsPhrase, toFtsQuery } from '../../../shared/domain/searchText';
import type { Db } from '../db/connection';

/** Enough for every system's forms of a few names; more would only slow the index down. */
const MAX_ALTERNATIVES = 60;

export interface PlannedQuery {
  /** The FTS5 MATCH expression, or null when the query has nothing searchable. */
  match: string | null;
  /** The query to mark matches with in snippets: the analyst's words and every other spelling. */
  highlight: string;
}

type Target = { entityId: string; name: string; alias: string };

/**
 * Every entity's names and aliases, read again only when the library has changed since (every change
 * writes an audit row), so a search does not re-read and re-romanise thousands of names each time.
 */
const targetsCache = new WeakMap<Db, { seq: number; targets: Target[] }>();

function entityTargets(db: Db): Target[] {
  const seq =
    (db.prepare('SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as number | undefined) ?? 0;
  const cached = targetsCache.get(db);
  if (cached?.seq === seq) return cached.targets;
  const targets = db
    .prepare(
      `SELECT e.id AS entityId, e.name, e.name AS alias FROM entities e
       UNION ALL SELECT e.id, e.name, a.text FROM entity_aliases a JOIN entities e ON e.id = a.entity_id`,
    )
    .all() as Target[];
  targetsCache.set(db, { seq, targets });
  return targets;
}

export function withOtherSpellings(db: Db, query: string): PlannedQuery {
  const base = toFtsQuery(query);
  if (!base) return { match: null, highlight: query };
  const others = otherSpellingsOf(query, entityTargets(db)).slice(0, MAX_ALTERNATIVES);
  const phrases = [...new Set(others.map(toFtsPhrase).filter((p): p is string => !!p))];
  if (!phrases.length) return { match: base, highlight: query };
  return {
    match: `(${base}) OR ${phrases.join(' OR ')}`,
    highlight: [query, ...others.map((o) => `"${o.replace(/"/g, '')}"`)].join(' '),
  };
}
