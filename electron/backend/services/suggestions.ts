// Suggesting mentions: every occurrence of a known entity's name or alias in an article, and
// likely new entities (candidates). Suggestions are computed when asked; only the analyst's
// decisions are stored (accepted or dismissed mentions), so a dismissal is remembered and an
// accepted span is never suggested again.
import { sentenceContextAt, type Kwic } from '../../../shared/domain/kwic';
import { ContractError } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/methods';
import type { Mention } from '../../../shared/contract/schemas';
import { anchorFromRange } from '../../../shared/domain/anchoring';
import {
  findAliasOccurrences,
  findCandidates,
  foldText,
  type AliasOccurrence,
  type AliasTarget,
} from '../../../shared/domain/entityMatching';
import { groupCandidates, type CandidateGroup } from '../../../shared/domain/candidates';
import { normalizeAlias } from '../../../shared/domain/aliases';
import { toFtsPhrase } from '../../../shared/domain/searchText';
import { spellingsForTargets } from '../../../shared/domain/romanisedNameMatching';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import { recordAudit } from './audit';
import { currentAnalyst, mutate, type Ctx } from './context';
import { getEntity } from './entities';

export interface Suggestions {
  suggestions: AliasOccurrence[];
  candidates: CandidateGroup[];
}

function readTargets(db: Db, entityId?: string): AliasTarget[] {
  const where = entityId ? 'WHERE e.id = ?' : '';
  const params = entityId ? [entityId] : [];
  return db
    .prepare(
      `SELECT e.id AS entityId, e.name, e.name AS alias FROM entities e ${where}
       UNION ALL SELECT e.id, e.name, a.text FROM entity_aliases a JOIN entities e ON e.id = a.entity_id ${where}`,
    )
    .all(...params, ...params) as AliasTarget[];
}

/**
 * Every entity's names and aliases, read once per state of the library: the same array until
 * something is written (on this connection, counted by total_changes(), or by another process,
 * counted by data_version), so the spellings derived from it (romanisedKeysByEntity and the lookups
 * of otherSpellingsOf cache them by the array) are not recomputed for all 10,000 entities each time
 * an article is opened or a search typed. Never kept from inside a transaction, which may yet roll back.
 */
const targetsOfLibrary = new WeakMap<Db, { version: string; targets: AliasTarget[] }>();

export function libraryTargets(db: Db): AliasTarget[] {
  if (db.inTransaction) return readTargets(db);
  const version = `${db.pragma('data_version', { simple: true })} ${(prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n}`;
  const kept = targetsOfLibrary.get(db);
  if (kept?.version === version) return kept.targets;
  const targets = readTargets(db);
  targetsOfLibrary.set(db, { version, targets });
  return targets;
}

/** One entity's names and aliases, or every entity's. */
export function allTargets(ctx: Ctx, entityId?: string): AliasTarget[] {
  return entityId ? readTargets(ctx.db, entityId) : libraryTargets(ctx.db);
}

function articleText(ctx: Ctx, articleId: string): { text: string; title: string } {
  const row = ctx.db.prepare('SELECT text, title FROM articles WHERE id = ?').get(articleId) as
    { text: string; title: string } | undefined;
  if (!row) throw new ContractError('not_found', `No article has the id ${articleId}.`);
  return row;
}

/** Decided spans (accepted or dismissed) per entity, keyed "entity:start:end". */
function decided(ctx: Ctx, articleId: string): Set<string> {
  const rows = ctx.db.prepare('SELECT entity_id, start, "end" FROM mentions WHERE article_id = ?').all(articleId) as {
    entity_id: string;
    start: number;
    end: number;
  }[];
  return new Set(rows.map((r) => `${r.entity_id}:${r.start}:${r.end}`));
}

export function suggestForArticle(ctx: Ctx, articleId: string): Suggestions {
  const { text } = articleText(ctx, articleId);
  const targets = allTargets(ctx);
  const occurrences = findAliasOccurrences(text, targets, foldText(text));
  const seen = decided(ctx, articleId);
  const accepted = ctx.db
    .prepare(
      "SELECT entity_id AS entityId, '' AS name, exact AS text, start, \"end\" FROM mentions WHERE article_id = ? AND status = 'accepted'",
    )
    .all(articleId) as AliasOccurrence[];
  return {
    suggestions: occurrences.filter((o) => !seen.has(`${o.entityId}:${o.start}:${o.end}`)),
    // One per distinct text, with a count; never a name or alias some entity already has.
    candidates: groupCandidates(
      findCandidates(text, [...occurrences, ...accepted]),
      targets.map((t) => t.alias),
      normalizeAlias,
    ),
  };
}

function upsertMention(
  ctx: Ctx,
  entityId: string,
  articleId: string,
  start: number,
  end: number,
  status: 'accepted' | 'dismissed',
): Mention {
  const { text } = articleText(ctx, articleId);
  let anchor;
  try {
    anchor = anchorFromRange(text, start, end);
  } catch (error) {
    throw new ContractError('invalid_input', (error as Error).message);
  }
  ctx.db
    .prepare(
      `INSERT INTO mentions (id, entity_id, article_id, excerpt_id, start, "end", exact, status, created_at, created_by)
       VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (entity_id, article_id, start, "end") DO UPDATE SET status = excluded.status`,
    )
    .run(ctx.newId(), entityId, articleId, start, end, anchor.exact, status, ctx.now(), currentAnalyst(ctx));
  const row = ctx.db
    .prepare('SELECT * FROM mentions WHERE entity_id = ? AND article_id = ? AND start = ? AND "end" = ?')
    .get(entityId, articleId, start, end) as {
    id: string;
    entity_id: string;
    article_id: string;
    excerpt_id: string | null;
    start: number;
    end: number;
    exact: string;
    status: Mention['status'];
  };
  const mention: Mention = {
    id: row.id,
    entityId: row.entity_id,
    articleId: row.article_id,
    excerptId: row.excerpt_id,
    start: row.start,
    end: row.end,
    exact: row.exact,
    status: row.status,
  };
  recordAudit(ctx, `mention.${status === 'accepted' ? 'accept' : 'dismiss'}`, 'mention', mention.id, null, mention);
  return mention;
}

export function dismissSuggestion(
  ctx: Ctx,
  input: { entityId: string; articleId: string; start: number; end: number },
): Mention {
  return mutate(ctx, () => {
    getEntity(ctx, input.entityId);
    return upsertMention(ctx, input.entityId, input.articleId, input.start, input.end, 'dismissed');
  });
}

/** Accepts every open suggestion of one entity in one article. */
export function acceptAllSuggestions(ctx: Ctx, entityId: string, articleId: string): number {
  return mutate(ctx, () => {
    getEntity(ctx, entityId);
    const { text } = articleText(ctx, articleId);
    const seen = decided(ctx, articleId);
    const open = findAliasOccurrences(text, allTargets(ctx, entityId)).filter(
      (o) => !seen.has(`${o.entityId}:${o.start}:${o.end}`),
    );
    for (const o of open) upsertMention(ctx, entityId, articleId, o.start, o.end, 'accepted');
    return open.length;
  });
}

export function deleteMention(ctx: Ctx, id: string): Mention {
  return mutate(ctx, () => {
    const row = ctx.db.prepare('SELECT * FROM mentions WHERE id = ?').get(id) as
      | {
          id: string;
          entity_id: string;
          article_id: string;
          excerpt_id: string | null;
          start: number;
          end: number;
          exact: string;
          status: Mention['status'];
        }
      | undefined;
    if (!row) throw new ContractError('not_found', `No mention has the id ${id}.`);
    const mention: Mention = {
      id: row.id,
      entityId: row.entity_id,
      articleId: row.article_id,
      excerptId: row.excerpt_id,
      start: row.start,
      end: row.end,
      exact: row.exact,
      status: row.status,
    };
    ctx.db.prepare('DELETE FROM mentions WHERE id = ?').run(id);
    recordAudit(ctx, 'mention.delete', 'mention', id, mention, null);
    return mention;
  });
}

export interface ScanResult {
  articles: { articleId: string; title: string; occurrences: number; context: Kwic }[];
  occurrences: number;
}

/**
 * Every article in the library where the entity's name or an alias occurs and is not yet decided:
 * the full-text index narrows 100,000 articles to the few that contain the words, and the matcher
 * confirms each. Runs as a job with progress.
 */
export async function scanLibraryForEntity(
  ctx: Ctx,
  entityId: string,
  report: (p: JobProgress) => void,
  signal: AbortSignal,
): Promise<ScanResult> {
  const entity = getEntity(ctx, entityId);
  const targets = allTargets(ctx, entityId);
  // Each alias as a phrase ("Kim Yo-jong" → kim yo jong in a row), with and without apostrophes.
  // Korean and Chinese names also in every romanisation's spelling (romanisedNameMatching.ts).
  const spellings = [...targets.map((t) => t.alias), ...spellingsForTargets(targets)];
  const phrases = [...new Set(spellings.flatMap((t) => [t, t.replace(/['’]/g, '')]))]
    .map(toFtsPhrase)
    .filter((q): q is string => !!q);
  const candidates = new Set<string>();
  for (const phrase of phrases) {
    const rows = ctx.db
      .prepare(
        "SELECT DISTINCT d.object_id FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid WHERE search_fts MATCH ? AND d.object_kind = 'article' AND d.field = 'text'",
      )
      .all(phrase) as { object_id: string }[];
    for (const r of rows) candidates.add(r.object_id);
  }
  const result: ScanResult = { articles: [], occurrences: 0 };
  const ids = [...candidates];
  for (let i = 0; i < ids.length; i++) {
    if (signal.aborted) break;
    if (i % 50 === 0) {
      report({ done: i, total: ids.length, current: entity.name, failures: 0 });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const { text, title } = articleText(ctx, ids[i]!);
    const seen = decided(ctx, ids[i]!);
    const found = findAliasOccurrences(text, targets).filter((o) => !seen.has(`${o.entityId}:${o.start}:${o.end}`));
    if (found.length) {
      const first = found.reduce((a, b) => (b.start < a.start ? b : a));
      result.articles.push({
        articleId: ids[i]!,
        title,
        occurrences: found.length,
        context: sentenceContextAt(text, first.start, first.end),
      });
      result.occurrences += found.length;
    }
  }
  report({ done: ids.length, total: ids.length, current: '', failures: 0 });
  result.articles.sort((a, b) => b.occurrences - a.occurrences || a.title.localeCompare(b.title));
  return result;
}
