// Sources and their Admiralty rating history.
import { sourceFields, sources, type SourceRow } from '../db/records';
import { ContractError } from '../../../shared/contract/errors';
import type { ParsedInput } from '../../../shared/contract/methods';
import type { Rating, Source } from '../../../shared/contract/schemas';
import { reliabilityMachineTag } from '../../../shared/domain/admiralty';
import { indexField, unindexObject } from '../search/searchIndex';
import { recordAudit } from './audit';
import { currentAnalyst, mutate, type Ctx } from './context';

type SourceDbRow = SourceRow & { reliability: Source['reliability']; last_rated_at: string | null };

function ratingsOf(ctx: Ctx, sourceId: string): Rating[] {
  return (
    ctx.db
      .prepare(
        'SELECT id, source_id, reliability, rationale, analyst, rated_at FROM source_ratings WHERE source_id = ? ORDER BY rated_at DESC, seq DESC',
      )
      .all(sourceId) as {
      id: string;
      source_id: string;
      reliability: Rating['reliability'];
      rationale: string;
      analyst: string;
      rated_at: string;
    }[]
  ).map((r) => ({
    id: r.id,
    sourceId: r.source_id,
    reliability: r.reliability,
    rationale: r.rationale,
    analyst: r.analyst,
    ratedAt: r.rated_at,
  }));
}

function toSource(ctx: Ctx, row: SourceDbRow): Source {
  const aliases = (
    ctx.db.prepare('SELECT alias FROM source_aliases WHERE source_id = ? ORDER BY alias').all(row.id) as {
      alias: string;
    }[]
  ).map((a) => a.alias);
  const counts = ctx.db
    .prepare(
      `SELECT (SELECT count(*) FROM articles WHERE publisher_source_id = @id)
            + (SELECT count(*) FROM article_authors WHERE source_id = @id) AS articles,
              (SELECT count(*) FROM excerpts WHERE source_id = @id) AS excerpts`,
    )
    .get({ id: row.id }) as { articles: number; excerpts: number };
  return {
    ...sourceFields(row),
    aliases,
    reliability: row.reliability,
    machineTags: row.reliability ? [reliabilityMachineTag(row.reliability)] : [],
    lastRatedAt: row.last_rated_at,
    ratings: ratingsOf(ctx, row.id),
    articleCount: counts.articles,
    excerptCount: counts.excerpts,
  };
}

const SOURCE_SELECT = `SELECT ${sources.list('s')}, c.reliability, c.last_rated_at FROM sources s JOIN source_current c ON c.source_id = s.id`;

export function getSource(ctx: Ctx, id: string): Source {
  const row = ctx.db.prepare(`${SOURCE_SELECT} WHERE s.id = ?`).get(id) as SourceDbRow | undefined;
  if (!row) throw new ContractError('not_found', `No source has the id ${id}.`);
  return toSource(ctx, row);
}

export function listSources(ctx: Ctx, input: ParsedInput<'sources.list'>): Source[] {
  const rows = input.kind
    ? (ctx.db
        .prepare(`${SOURCE_SELECT} WHERE s.kind = ? ORDER BY s.name COLLATE NOCASE`)
        .all(input.kind) as SourceDbRow[])
    : (ctx.db.prepare(`${SOURCE_SELECT} ORDER BY s.name COLLATE NOCASE`).all() as SourceDbRow[]);
  return rows.map((r) => toSource(ctx, r));
}

function checkParent(ctx: Ctx, parentId: string | null | undefined, selfId?: string): void {
  if (!parentId) return;
  if (!ctx.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(parentId)) {
    throw new ContractError('not_found', `The parent source ${parentId} does not exist.`);
  }
  // Walk up from the parent: reaching ourselves would make a cycle.
  let cursor: string | null = parentId;
  while (cursor) {
    if (cursor === selfId)
      throw new ContractError('invalid_input', 'A source cannot sit under itself or under one of its own sub-sources.');
    cursor = (ctx.db.prepare('SELECT parent_id FROM sources WHERE id = ?').get(cursor) as { parent_id: string | null })
      .parent_id;
  }
}

function reindex(ctx: Ctx, source: Source): void {
  indexField(ctx.db, 'source', source.id, 'name', [source.name, ...source.aliases].join(' \n '));
}

export function createSource(ctx: Ctx, input: ParsedInput<'sources.create'>): Source {
  return mutate(ctx, () => {
    checkParent(ctx, input.parentId);
    const id = ctx.newId();
    const now = ctx.now();
    ctx.db
      .prepare(
        `INSERT INTO sources (id, kind, name, parent_id, url, description, created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.kind,
        input.name,
        input.parentId ?? null,
        input.url ?? '',
        input.description ?? '',
        now,
        currentAnalyst(ctx),
        now,
      );
    for (const alias of new Set(input.aliases ?? []))
      ctx.db.prepare('INSERT INTO source_aliases (source_id, alias) VALUES (?, ?)').run(id, alias);
    const source = getSource(ctx, id);
    reindex(ctx, source);
    recordAudit(ctx, 'source.create', 'source', id, null, source);
    return source;
  });
}

/** The publication of that name (case-insensitive), created when missing. Call inside a mutation. */
export function findOrCreateSource(ctx: Ctx, name: string, kind: Source['kind']): string {
  const existing = ctx.db
    .prepare('SELECT id FROM sources WHERE name = ? COLLATE NOCASE AND kind = ? ORDER BY created_at LIMIT 1')
    .get(name.trim(), kind) as { id: string } | undefined;
  return existing?.id ?? createSource(ctx, { name: name.trim(), kind }).id;
}

export function updateSource(ctx: Ctx, input: ParsedInput<'sources.update'>): Source {
  return mutate(ctx, () => {
    const before = getSource(ctx, input.id);
    if (input.parentId !== undefined) checkParent(ctx, input.parentId, input.id);
    ctx.db
      .prepare(
        `UPDATE sources SET kind = ?, name = ?, parent_id = ?, url = ?, description = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        input.kind ?? before.kind,
        input.name ?? before.name,
        input.parentId !== undefined ? input.parentId : before.parentId,
        input.url ?? before.url,
        input.description ?? before.description,
        ctx.now(),
        input.id,
      );
    if (input.aliases) {
      ctx.db.prepare('DELETE FROM source_aliases WHERE source_id = ?').run(input.id);
      for (const alias of new Set(input.aliases))
        ctx.db.prepare('INSERT INTO source_aliases (source_id, alias) VALUES (?, ?)').run(input.id, alias);
    }
    const after = getSource(ctx, input.id);
    reindex(ctx, after);
    recordAudit(ctx, 'source.update', 'source', input.id, before, after);
    return after;
  });
}

export function deleteSource(ctx: Ctx, id: string): void {
  mutate(ctx, () => {
    const before = getSource(ctx, id);
    const children = (ctx.db.prepare('SELECT count(*) AS n FROM sources WHERE parent_id = ?').get(id) as { n: number })
      .n;
    const uses: string[] = [];
    if (before.articleCount) uses.push(`${before.articleCount} article(s) name it as publisher or author`);
    if (before.excerptCount) uses.push(`${before.excerptCount} excerpt(s) are attributed to it`);
    if (children) uses.push(`${children} source(s) sit under it`);
    if (uses.length) {
      throw new ContractError(
        'in_use',
        `"${before.name}" cannot be deleted: ${uses.join('; ')}. Reattribute them or merge the source into another first.`,
        { uses },
      );
    }
    ctx.db.prepare('DELETE FROM sources WHERE id = ?').run(id);
    ctx.db.prepare('DELETE FROM case_items WHERE item_id = ?').run(id);
    ctx.db.prepare('DELETE FROM object_tags WHERE object_id = ?').run(id);
    unindexObject(ctx.db, id);
    recordAudit(ctx, 'source.delete', 'source', id, before, null);
  });
}

export function rateSource(ctx: Ctx, input: ParsedInput<'sources.rate'>): Rating {
  return mutate(ctx, () => {
    const before = getSource(ctx, input.id);
    const id = ctx.newId();
    let ratedAt = ctx.now();
    // Keep the history strictly ordered even when two ratings land in the same millisecond.
    if (before.lastRatedAt && ratedAt <= before.lastRatedAt)
      ratedAt = new Date(Date.parse(before.lastRatedAt) + 1).toISOString();
    ctx.db
      .prepare(
        'INSERT INTO source_ratings (id, source_id, reliability, rationale, analyst, rated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(id, input.id, input.reliability, input.rationale, currentAnalyst(ctx), ratedAt);
    const rating = ratingsOf(ctx, input.id)[0]!;
    recordAudit(ctx, 'source.rate', 'source', input.id, { reliability: before.reliability }, rating);
    return rating;
  });
}
