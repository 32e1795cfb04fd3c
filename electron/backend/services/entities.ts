// Entities with multi-script aliases, their mentions in articles, and relationships between them.
import {
  entities,
  entityFields,
  mentionFields,
  mentions,
  relationshipFields,
  relationships,
  type EntityRow,
  type MentionRow,
} from '../db/records';
import { ContractError } from '../../../shared/contract/errors';
import type { ParsedInput } from '../../../shared/contract/methods';
import type { Entity, Mention, Relationship } from '../../../shared/contract/schemas';
import { detectScript, normalizeAlias } from '../../../shared/domain/aliases';
import { utf16ToCodePoint } from '../../../shared/domain/anchoring';
import { indexField } from '../search/searchIndex';
import { recordAudit } from './audit';
import { currentAnalyst, mutate, type Ctx } from './context';
import { anchorInArticle } from './excerpts';
import { setTags, tagsOfMany } from './tags';

type AliasRow = Omit<Entity['aliases'][number], 'generated'> & { generated: number; entity_id: string };

/** Aliases, external ids, tags and accepted-mention counts of many entities, each read once for all of them. */
function detailsOf(ctx: Ctx, ids: readonly string[]) {
  const json = JSON.stringify(ids);
  const group = <R extends { entity_id: string }>(rows: R[]) => {
    const out = new Map<string, R[]>();
    for (const r of rows) out.set(r.entity_id, [...(out.get(r.entity_id) ?? []), r]);
    return out;
  };
  const aliases = group(
    ctx.db
      .prepare(
        'SELECT entity_id, id, text, script, system, generated FROM entity_aliases WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY rowid',
      )
      .all(json) as AliasRow[],
  );
  const externalIds = group(
    ctx.db
      .prepare(
        'SELECT entity_id, key, value FROM entity_external_ids WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY key, value',
      )
      .all(json) as { entity_id: string; key: string; value: string }[],
  );
  const tags = tagsOfMany(ctx, ids);
  const mentions = new Map(
    (
      ctx.db
        .prepare(
          "SELECT entity_id, count(*) AS n FROM mentions WHERE entity_id IN (SELECT value FROM json_each(?)) AND status = 'accepted' GROUP BY entity_id",
        )
        .all(json) as { entity_id: string; n: number }[]
    ).map((r) => [r.entity_id, r.n]),
  );
  return (r: EntityRow): Entity => ({
    ...entityFields(r),
    aliases: (aliases.get(r.id) ?? []).map(({ entity_id: _e, ...a }) => ({ ...a, generated: a.generated === 1 })),
    externalIds: (externalIds.get(r.id) ?? []).map(({ key, value }) => ({ key, value })),
    tags: tags.get(r.id) ?? [],
    mentionCount: mentions.get(r.id) ?? 0,
  });
}

function toEntity(ctx: Ctx, r: EntityRow): Entity {
  return detailsOf(ctx, [r.id])(r);
}

export function getEntity(ctx: Ctx, id: string): Entity {
  const row = entities.get(ctx.db, id);
  if (!row) throw new ContractError('not_found', `No entity has the id ${id}.`);
  return toEntity(ctx, row);
}

/** The SQL of one page of the Entities list (exported for the plan test). */
export function entityPageQuery(input: ParsedInput<'entities.list'>) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.type) {
    where.push('e.type = ?');
    params.push(input.type);
  }
  if (input.query?.trim()) {
    const normalized = normalizeAlias(input.query);
    where.push(
      `(e.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND (a.normalized LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\')))`,
    );
    const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like(input.query.trim()), like(normalized), like(input.query.trim()));
  }
  const pageWhere = [...where];
  const cursorParams: unknown[] = [];
  if (input.after !== undefined) {
    let cursor: unknown;
    try {
      cursor = JSON.parse(input.after);
    } catch {
      cursor = null;
    }
    if (!Array.isArray(cursor) || cursor.length !== 2 || !cursor.every((v) => typeof v === 'string')) {
      throw new ContractError(
        'invalid_input',
        'The page cursor is not one this list gave. Pass the `next` of the previous page, or use an offset.',
      );
    }
    pageWhere.push('(e.name COLLATE NOCASE, e.id) > (?, ?)');
    cursorParams.push(...(cursor as string[]));
  }
  const sql = (w: string[]) => (w.length ? `WHERE ${w.join(' AND ')}` : '');
  return {
    // Unfiltered, the total is the count the triggers keep (migration 012).
    countSql: where.length
      ? `SELECT count(*) AS n FROM entities e ${sql(where)}`
      : "SELECT n FROM row_counts WHERE table_name = 'entities'",
    pageSql: `SELECT e.name, e.id FROM entities e ${sql(pageWhere)} ORDER BY e.name COLLATE NOCASE, e.id LIMIT ? OFFSET ?`,
    params,
    cursorParams,
  };
}

/** Entities by name, a page at a time (or all of them without a limit), read in one query per detail. */
export function listEntities(
  ctx: Ctx,
  input: ParsedInput<'entities.list'>,
): { items: Entity[]; total: number; next: string | null } {
  const { countSql, pageSql, params, cursorParams } = entityPageQuery(input);
  const keys = ctx.db
    .prepare(pageSql)
    .raw()
    .all(...params, ...cursorParams, input.limit ?? -1, input.offset) as [string, string][];
  const total =
    input.limit === undefined && input.offset === 0 && input.after === undefined
      ? keys.length
      : (ctx.db.prepare(countSql).get(...params) as { n: number }).n;
  if (!keys.length) return { items: [], total, next: null };
  const ids = keys.map((k) => k[1]);
  const rows = new Map(
    (
      ctx.db
        .prepare('SELECT * FROM entities WHERE id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(ids)) as EntityRow[]
    ).map((r) => [r.id, r]),
  );
  const toFull = detailsOf(ctx, ids);
  return {
    items: ids.map((id) => toFull(rows.get(id)!)),
    total,
    next: input.limit !== undefined && keys.length === input.limit ? JSON.stringify(keys[keys.length - 1]) : null,
  };
}

export function reindexEntity(ctx: Ctx, entity: Entity): void {
  indexField(ctx.db, 'entity', entity.id, 'name', [entity.name, ...entity.aliases.map((a) => a.text)].join(' \n '));
  indexField(ctx.db, 'entity', entity.id, 'description', entity.description.text);
}

function insertAlias(ctx: Ctx, entityId: string, text: string, script?: string): void {
  ctx.db
    .prepare('INSERT OR IGNORE INTO entity_aliases (id, entity_id, text, script, normalized) VALUES (?, ?, ?, ?, ?)')
    .run(ctx.newId(), entityId, text.normalize('NFC'), script || detectScript(text), normalizeAlias(text));
}

function setExternalIds(ctx: Ctx, entityId: string, ids: readonly { key: string; value: string }[]): void {
  ctx.db.prepare('DELETE FROM entity_external_ids WHERE entity_id = ?').run(entityId);
  for (const { key, value } of ids) {
    ctx.db
      .prepare('INSERT OR IGNORE INTO entity_external_ids (entity_id, key, value) VALUES (?, ?, ?)')
      .run(entityId, key, value);
  }
}

export function createEntity(ctx: Ctx, input: ParsedInput<'entities.create'>): Entity {
  return mutate(ctx, () => {
    const id = ctx.newId();
    const now = ctx.now();
    ctx.db
      .prepare(
        `INSERT INTO entities (id, type, name, description_json, description_text, created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.type,
        input.name.normalize('NFC'),
        input.description?.json ?? '',
        input.description?.text ?? '',
        now,
        currentAnalyst(ctx),
        now,
      );
    for (const alias of input.aliases ?? []) insertAlias(ctx, id, alias);
    if (input.externalIds) setExternalIds(ctx, id, input.externalIds);
    if (input.tags) setTags(ctx, id, 'entity', input.tags);
    const entity = getEntity(ctx, id);
    reindexEntity(ctx, entity);
    recordAudit(ctx, 'entity.create', 'entity', id, null, entity);
    return entity;
  });
}

export function updateEntity(ctx: Ctx, input: ParsedInput<'entities.update'>): Entity {
  return mutate(ctx, () => {
    const before = getEntity(ctx, input.id);
    ctx.db
      .prepare(
        'UPDATE entities SET name = ?, type = ?, description_json = ?, description_text = ?, updated_at = ? WHERE id = ?',
      )
      .run(
        input.name?.normalize('NFC') ?? before.name,
        input.type ?? before.type,
        input.description?.json ?? before.description.json,
        input.description?.text ?? before.description.text,
        ctx.now(),
        input.id,
      );
    if (input.externalIds) setExternalIds(ctx, input.id, input.externalIds);
    if (input.tags) setTags(ctx, input.id, 'entity', input.tags);
    const after = getEntity(ctx, input.id);
    reindexEntity(ctx, after);
    recordAudit(ctx, 'entity.update', 'entity', input.id, before, after);
    return after;
  });
}

export function addAlias(ctx: Ctx, input: ParsedInput<'entities.addAlias'>): Entity {
  return mutate(ctx, () => {
    const before = getEntity(ctx, input.id);
    if (before.aliases.some((a) => a.text === input.text.normalize('NFC'))) return before;
    insertAlias(ctx, input.id, input.text, input.script);
    const after = getEntity(ctx, input.id);
    reindexEntity(ctx, after);
    recordAudit(ctx, 'entity.alias.add', 'entity', input.id, { aliases: before.aliases }, { aliases: after.aliases });
    return after;
  });
}

export function removeAlias(ctx: Ctx, input: ParsedInput<'entities.removeAlias'>): Entity {
  return mutate(ctx, () => {
    const before = getEntity(ctx, input.id);
    const result = ctx.db
      .prepare('DELETE FROM entity_aliases WHERE id = ? AND entity_id = ?')
      .run(input.aliasId, input.id);
    if (!result.changes)
      throw new ContractError('not_found', `The entity ${before.name} has no alias with the id ${input.aliasId}.`);
    const after = getEntity(ctx, input.id);
    reindexEntity(ctx, after);
    recordAudit(
      ctx,
      'entity.alias.remove',
      'entity',
      input.id,
      { aliases: before.aliases },
      { aliases: after.aliases },
    );
    return after;
  });
}

// ---- mentions

const toMention = (r: MentionRow): Mention => mentionFields(r);

export function getMention(ctx: Ctx, id: string): Mention {
  const row = mentions.get(ctx.db, id);
  if (!row) throw new ContractError('not_found', `No mention has the id ${id}.`);
  return toMention(row);
}

export function createMention(ctx: Ctx, input: ParsedInput<'mentions.create'>): Mention {
  return mutate(ctx, () => {
    const entity = getEntity(ctx, input.entityId);
    let spec: { quote?: string; start?: number; end?: number } = input;
    if (input.excerptId) {
      const excerpt = ctx.db
        .prepare('SELECT article_id, start, "end" FROM excerpts WHERE id = ?')
        .get(input.excerptId) as { article_id: string; start: number; end: number } | undefined;
      if (!excerpt || excerpt.article_id !== input.articleId) {
        throw new ContractError(
          'not_found',
          `No excerpt ${input.excerptId} belongs to the article ${input.articleId}.`,
        );
      }
      if (input.start === undefined && input.quote === undefined) spec = { start: excerpt.start, end: excerpt.end };
    } else if (input.quote === undefined && input.start === undefined) {
      // Tagging an entity on an article with no span: the first occurrence of its name or an alias.
      spec = firstOccurrence(ctx, input.articleId, entity);
    }
    const anchor = anchorInArticle(ctx, input.articleId, spec);
    const id = ctx.newId();
    ctx.db
      .prepare(
        `INSERT INTO mentions (id, entity_id, article_id, excerpt_id, start, "end", exact, status, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'accepted', ?, ?)
         ON CONFLICT (entity_id, article_id, start, "end") DO UPDATE SET status = 'accepted'`,
      )
      .run(
        id,
        input.entityId,
        input.articleId,
        input.excerptId ?? null,
        anchor.start,
        anchor.end,
        anchor.exact,
        ctx.now(),
        currentAnalyst(ctx),
      );
    const row = ctx.db
      .prepare('SELECT * FROM mentions WHERE entity_id = ? AND article_id = ? AND start = ? AND "end" = ?')
      .get(input.entityId, input.articleId, anchor.start, anchor.end) as MentionRow;
    const mention = toMention(row);
    recordAudit(ctx, 'mention.accept', 'mention', mention.id, null, mention);
    return mention;
  });
}

function firstOccurrence(ctx: Ctx, articleId: string, entity: Entity): { start: number; end: number } {
  const article = ctx.db.prepare('SELECT text FROM articles WHERE id = ?').get(articleId) as
    { text: string } | undefined;
  if (!article) throw new ContractError('not_found', `No article has the id ${articleId}.`);
  let best: { at: number; length: number } | null = null;
  for (const name of [entity.name, ...entity.aliases.map((a) => a.text)]) {
    const m = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu').exec(article.text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, length: m[0].length };
  }
  if (!best) {
    throw new ContractError(
      'quote_not_found',
      `Neither "${entity.name}" nor its aliases occur in the article. Give the quote that names it (--quote).`,
    );
  }
  return { start: utf16ToCodePoint(article.text, best.at), end: utf16ToCodePoint(article.text, best.at + best.length) };
}

export function listMentions(ctx: Ctx, input: ParsedInput<'mentions.list'>): Mention[] {
  const where: string[] = [];
  const params: string[] = [];
  if (input.articleId) {
    where.push('article_id = ?');
    params.push(input.articleId);
  }
  if (input.entityId) {
    where.push('entity_id = ?');
    params.push(input.entityId);
  }
  const rows = ctx.db
    .prepare(`SELECT * FROM mentions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY article_id, start`)
    .all(...params) as MentionRow[];
  return rows.map(toMention);
}

// ---- relationships

export function getRelationship(ctx: Ctx, id: string): Relationship {
  const r = relationships.get(ctx.db, id);
  if (!r) throw new ContractError('not_found', `No relationship has the id ${id}.`);
  const excerptIds = (
    ctx.db
      .prepare('SELECT excerpt_id FROM relationship_excerpts WHERE relationship_id = ? ORDER BY excerpt_id')
      .all(id) as { excerpt_id: string }[]
  ).map((x) => x.excerpt_id);
  return relationshipFields(r, excerptIds);
}

export function createRelationship(ctx: Ctx, input: ParsedInput<'relationships.create'>): Relationship {
  return mutate(ctx, () => {
    getEntity(ctx, input.fromEntityId);
    getEntity(ctx, input.toEntityId);
    if (input.fromEntityId === input.toEntityId)
      throw new ContractError('invalid_input', 'A relationship links two different entities.');
    const id = ctx.newId();
    ctx.db
      .prepare(
        'INSERT INTO relationships (id, from_entity_id, to_entity_id, type, label, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, input.fromEntityId, input.toEntityId, input.type, input.label ?? '', ctx.now(), currentAnalyst(ctx));
    for (const excerptId of new Set(input.excerptIds ?? [])) {
      if (!ctx.db.prepare('SELECT 1 FROM excerpts WHERE id = ?').get(excerptId))
        throw new ContractError('not_found', `No excerpt has the id ${excerptId}.`);
      ctx.db
        .prepare('INSERT INTO relationship_excerpts (relationship_id, excerpt_id) VALUES (?, ?)')
        .run(id, excerptId);
    }
    const relationship = getRelationship(ctx, id);
    recordAudit(ctx, 'relationship.create', 'relationship', id, null, relationship);
    return relationship;
  });
}

export function listRelationships(ctx: Ctx, entityId: string): Relationship[] {
  const ids = ctx.db
    .prepare('SELECT id FROM relationships WHERE from_entity_id = ? OR to_entity_id = ? ORDER BY created_at')
    .all(entityId, entityId) as { id: string }[];
  return ids.map(({ id }) => getRelationship(ctx, id));
}

export function deleteRelationship(ctx: Ctx, id: string): void {
  mutate(ctx, () => {
    const before = getRelationship(ctx, id);
    ctx.db.prepare('DELETE FROM relationships WHERE id = ?').run(id);
    recordAudit(ctx, 'relationship.delete', 'relationship', id, before, null);
  });
}

/** One alias becomes an entity of its own (same type); mentions written as that alias move with it. */
export function splitAlias(ctx: Ctx, entityId: string, aliasId: string): { entity: Entity; from: Entity } {
  return mutate(ctx, () => {
    const before = getEntity(ctx, entityId);
    const alias = before.aliases.find((a) => a.id === aliasId);
    if (!alias) throw new ContractError('not_found', `${before.name} has no alias with the id ${aliasId}.`);
    const id = ctx.newId();
    const now = ctx.now();
    ctx.db
      .prepare('INSERT INTO entities (id, type, name, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, before.type, alias.text, now, currentAnalyst(ctx), now);
    ctx.db.prepare('DELETE FROM entity_aliases WHERE id = ?').run(aliasId);
    // Mentions written as this alias move with it. When the alias is only a spelling of the name
    // (Kim Yo-jong of Kim Yo Jong), only mentions written exactly that way can be told apart.
    const normalized = normalizeAlias(alias.text);
    const spellingOfName = normalized === normalizeAlias(before.name);
    const moving = (
      ctx.db.prepare('SELECT id, exact FROM mentions WHERE entity_id = ?').all(entityId) as {
        id: string;
        exact: string;
      }[]
    )
      .filter((m) => (spellingOfName ? m.exact === alias.text : normalizeAlias(m.exact) === normalized))
      .map((m) => m.id);
    for (const mentionId of moving) ctx.db.prepare('UPDATE mentions SET entity_id = ? WHERE id = ?').run(id, mentionId);
    const entity = getEntity(ctx, id);
    const from = getEntity(ctx, entityId);
    reindexEntity(ctx, entity);
    reindexEntity(ctx, from);
    recordAudit(
      ctx,
      'entity.split',
      'entity',
      entityId,
      { aliases: before.aliases },
      { newEntity: entity, movedMentions: moving },
    );
    return { entity, from };
  });
}
