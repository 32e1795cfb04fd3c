// Merging two sources (or two entities) that are the same, and undoing it. A merge moves every
// reference from the merged object to the kept one, keeps the merged names as aliases, and records
// exactly what moved so undo can put it all back (the merged object returns with its own id).
import { ContractError } from '../../../shared/contract/errors';
import type { Entity, Source } from '../../../shared/contract/schemas';
import { normalizeAlias } from '../../../shared/domain/aliases';
import { indexField, unindexObject } from '../search/searchIndex';
import { recordAudit } from './audit';
import { currentAnalyst, mutate, type Ctx } from './context';
import { getEntity, reindexEntity } from './entities';
import { getSource } from './sources';
import {
  entities,
  mentions,
  relationships,
  sources,
  type EntityRow,
  type MentionRow,
  type RelationshipRow,
  type SourceRow,
} from '../db/records';

interface SourceSnapshot {
  row: SourceRow;
  aliases: string[];
  addedAliases: string[];
  moved: { ratings: string[]; publisherOf: string[]; excerpts: string[]; children: string[] };
  /** Memberships the merged source had; `keptHad` says whether the kept one already had it too. */
  authorOf: { articleId: string; position: number; keptHad: boolean }[];
  caseItems: { caseId: string; kind: string; addedAt: string; addedBy: string; keptHad: boolean }[];
  tags: { tagId: number; keptHad: boolean }[];
}

const ids = (ctx: Ctx, sql: string, id: string) => (ctx.db.prepare(sql).all(id) as { id: string }[]).map((r) => r.id);

export function mergeSources(ctx: Ctx, keptId: string, mergedId: string): { mergeId: string; source: Source } {
  if (keptId === mergedId) throw new ContractError('invalid_input', 'Choose two different sources to merge.');
  return mutate(ctx, () => {
    const kept = getSource(ctx, keptId);
    const merged = getSource(ctx, mergedId);
    let cursor: string | null = kept.parentId;
    while (cursor) {
      if (cursor === mergedId)
        throw new ContractError(
          'invalid_input',
          `"${kept.name}" sits under "${merged.name}": merge the other way round.`,
        );
      cursor = (
        ctx.db.prepare('SELECT parent_id FROM sources WHERE id = ?').get(cursor) as { parent_id: string | null }
      ).parent_id;
    }
    const addedAliases = [merged.name, ...merged.aliases].filter((a) => a !== kept.name && !kept.aliases.includes(a));
    const snapshot: SourceSnapshot = {
      row: sources.get(ctx.db, mergedId)!,
      aliases: merged.aliases,
      addedAliases: [...new Set(addedAliases)],
      moved: {
        ratings: ids(ctx, 'SELECT id FROM source_ratings WHERE source_id = ?', mergedId),
        publisherOf: ids(ctx, 'SELECT id FROM articles WHERE publisher_source_id = ?', mergedId),
        excerpts: ids(ctx, 'SELECT id FROM excerpts WHERE source_id = ?', mergedId),
        children: ids(ctx, 'SELECT id FROM sources WHERE parent_id = ?', mergedId),
      },
      authorOf: (
        ctx.db
          .prepare(
            'SELECT m.article_id, m.position, EXISTS (SELECT 1 FROM article_authors k WHERE k.article_id = m.article_id AND k.source_id = @kept) AS kept_had FROM article_authors m WHERE m.source_id = @merged',
          )
          .all({ kept: keptId, merged: mergedId }) as { article_id: string; position: number; kept_had: number }[]
      ).map((r) => ({ articleId: r.article_id, position: r.position, keptHad: r.kept_had === 1 })),
      caseItems: (
        ctx.db
          .prepare(
            'SELECT m.case_id, m.item_kind, m.added_at, m.added_by, EXISTS (SELECT 1 FROM case_items k WHERE k.case_id = m.case_id AND k.item_id = @kept) AS kept_had FROM case_items m WHERE m.item_id = @merged',
          )
          .all({ kept: keptId, merged: mergedId }) as {
          case_id: string;
          item_kind: string;
          added_at: string;
          added_by: string;
          kept_had: number;
        }[]
      ).map((r) => ({
        caseId: r.case_id,
        kind: r.item_kind,
        addedAt: r.added_at,
        addedBy: r.added_by,
        keptHad: r.kept_had === 1,
      })),
      tags: (
        ctx.db
          .prepare(
            'SELECT m.tag_id, EXISTS (SELECT 1 FROM object_tags k WHERE k.tag_id = m.tag_id AND k.object_id = @kept) AS kept_had FROM object_tags m WHERE m.object_id = @merged',
          )
          .all({ kept: keptId, merged: mergedId }) as { tag_id: number; kept_had: number }[]
      ).map((r) => ({ tagId: r.tag_id, keptHad: r.kept_had === 1 })),
    };
    const run = (sql: string) => ctx.db.prepare(sql).run(keptId, mergedId);
    run('UPDATE source_ratings SET source_id = ? WHERE source_id = ?');
    run('UPDATE articles SET publisher_source_id = ? WHERE publisher_source_id = ?');
    run('UPDATE OR IGNORE article_authors SET source_id = ? WHERE source_id = ?');
    run('UPDATE excerpts SET source_id = ? WHERE source_id = ?');
    run('UPDATE sources SET parent_id = ? WHERE parent_id = ?');
    run('UPDATE OR IGNORE case_items SET item_id = ? WHERE item_id = ?');
    run('UPDATE OR IGNORE object_tags SET object_id = ? WHERE object_id = ?');
    for (const alias of snapshot.addedAliases)
      ctx.db.prepare('INSERT OR IGNORE INTO source_aliases (source_id, alias) VALUES (?, ?)').run(keptId, alias);
    ctx.db.prepare('DELETE FROM article_authors WHERE source_id = ?').run(mergedId);
    ctx.db.prepare('DELETE FROM case_items WHERE item_id = ?').run(mergedId);
    ctx.db.prepare('DELETE FROM object_tags WHERE object_id = ?').run(mergedId);
    ctx.db.prepare('DELETE FROM sources WHERE id = ?').run(mergedId);
    unindexObject(ctx.db, mergedId);
    const mergeId = ctx.newId();
    ctx.db
      .prepare(
        'INSERT INTO merges (id, kind, kept_id, merged_id, snapshot_json, merged_at, merged_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(mergeId, 'source', keptId, mergedId, JSON.stringify(snapshot), ctx.now(), currentAnalyst(ctx));
    const source = getSource(ctx, keptId);
    indexField(ctx.db, 'source', keptId, 'name', [source.name, ...source.aliases].join(' \n '));
    recordAudit(ctx, 'source.merge', 'source', keptId, { kept, merged }, { source, mergeId });
    return { mergeId, source };
  });
}

export function undoMerge(ctx: Ctx, mergeId: string): void {
  mutate(ctx, () => {
    const merge = ctx.db.prepare('SELECT * FROM merges WHERE id = ?').get(mergeId) as
      { kind: string; kept_id: string; merged_id: string; snapshot_json: string; undone_at: string | null } | undefined;
    if (!merge) throw new ContractError('not_found', `No merge has the id ${mergeId}.`);
    if (merge.undone_at) throw new ContractError('invalid_input', 'That merge was already undone.');
    ctx.db.prepare('UPDATE merges SET undone_at = ? WHERE id = ?').run(ctx.now(), mergeId);
    if (merge.kind === 'entity') {
      undoEntityMerge(ctx, merge);
      recordAudit(ctx, 'entity.merge.undo', 'entity', merge.kept_id, { mergeId }, { restored: merge.merged_id });
      return;
    }
    const s = JSON.parse(merge.snapshot_json) as SourceSnapshot;
    const row = s.row;
    sources.insert(ctx.db, row);
    for (const alias of s.aliases)
      ctx.db
        .prepare('INSERT OR IGNORE INTO source_aliases (source_id, alias) VALUES (?, ?)')
        .run(merge.merged_id, alias);
    const back = (sql: string, list: string[]) => {
      for (const id of list) ctx.db.prepare(sql).run(merge.merged_id, id, merge.kept_id);
    };
    back('UPDATE source_ratings SET source_id = ? WHERE id = ? AND source_id = ?', s.moved.ratings);
    back('UPDATE articles SET publisher_source_id = ? WHERE id = ? AND publisher_source_id = ?', s.moved.publisherOf);
    back('UPDATE excerpts SET source_id = ? WHERE id = ? AND source_id = ?', s.moved.excerpts);
    back('UPDATE sources SET parent_id = ? WHERE id = ? AND parent_id = ?', s.moved.children);
    for (const a of s.authorOf) {
      if (!a.keptHad)
        ctx.db
          .prepare('DELETE FROM article_authors WHERE article_id = ? AND source_id = ?')
          .run(a.articleId, merge.kept_id);
      ctx.db
        .prepare('INSERT OR IGNORE INTO article_authors (article_id, source_id, position) VALUES (?, ?, ?)')
        .run(a.articleId, merge.merged_id, a.position);
    }
    for (const c of s.caseItems) {
      if (!c.keptHad)
        ctx.db.prepare('DELETE FROM case_items WHERE case_id = ? AND item_id = ?').run(c.caseId, merge.kept_id);
      ctx.db
        .prepare(
          'INSERT OR IGNORE INTO case_items (case_id, item_id, item_kind, added_at, added_by) VALUES (?, ?, ?, ?, ?)',
        )
        .run(c.caseId, merge.merged_id, c.kind, c.addedAt, c.addedBy);
    }
    for (const t of s.tags) {
      if (!t.keptHad)
        ctx.db.prepare('DELETE FROM object_tags WHERE tag_id = ? AND object_id = ?').run(t.tagId, merge.kept_id);
      ctx.db
        .prepare('INSERT OR IGNORE INTO object_tags (tag_id, object_id, object_kind) VALUES (?, ?, ?)')
        .run(t.tagId, merge.merged_id, 'source');
    }
    for (const alias of s.addedAliases)
      ctx.db.prepare('DELETE FROM source_aliases WHERE source_id = ? AND alias = ?').run(merge.kept_id, alias);
    const restored = getSource(ctx, merge.merged_id);
    const kept = getSource(ctx, merge.kept_id);
    indexField(ctx.db, 'source', restored.id, 'name', [restored.name, ...restored.aliases].join(' \n '));
    indexField(ctx.db, 'source', kept.id, 'name', [kept.name, ...kept.aliases].join(' \n '));
    recordAudit(ctx, 'source.merge.undo', 'source', merge.kept_id, { mergeId }, { restored, kept });
  });
}

// ---- entities

interface EntitySnapshot {
  row: EntityRow;
  /** system and generated: absent in snapshots taken before generated aliases (migration 005). */
  aliases: { id: string; text: string; script: string; normalized: string; system?: string; generated?: number }[];
  externalIds: { key: string; value: string }[];
  /** Aliases given to the kept entity (the merged name and aliases it lacked). */
  addedAliasIds: string[];
  keptDescription: { json: string; text: string };
  mentions: MentionRow[];
  relationships: { id: string; from_entity_id: string; to_entity_id: string }[];
  /** Relationships between the two, which a merge would turn into self-links: removed, restored on undo. */
  removedRelationships: { row: RelationshipRow; excerptIds: string[] }[];
  caseItems: { caseId: string; kind: string; addedAt: string; addedBy: string; keptHad: boolean }[];
  tags: { tagId: number; keptHad: boolean }[];
}

/** Two Lexical documents as one: the kept description, then the merged one. */
function concatDescriptions(
  a: { json: string; text: string },
  b: { json: string; text: string },
): { json: string; text: string } {
  if (!b.text.trim()) return a;
  if (!a.text.trim()) return b;
  try {
    const first = JSON.parse(a.json) as { root: { children: unknown[] } };
    const second = JSON.parse(b.json) as { root: { children: unknown[] } };
    first.root.children.push(...second.root.children);
    return { json: JSON.stringify(first), text: `${a.text}\n\n${b.text}` };
  } catch {
    return { json: a.json, text: `${a.text}\n\n${b.text}` };
  }
}

export function mergeEntities(ctx: Ctx, keptId: string, mergedId: string): { mergeId: string; entity: Entity } {
  if (keptId === mergedId) throw new ContractError('invalid_input', 'Choose two different entities to merge.');
  return mutate(ctx, () => {
    const kept = getEntity(ctx, keptId);
    const merged = getEntity(ctx, mergedId);
    const all = (sql: string, ...params: unknown[]) => ctx.db.prepare(sql).all(...params) as Record<string, unknown>[];
    const between = all(
      `SELECT ${relationships.list()} FROM relationships WHERE (from_entity_id = @a AND to_entity_id = @b) OR (from_entity_id = @b AND to_entity_id = @a)`,
      { a: keptId, b: mergedId } as never,
    ) as RelationshipRow[];
    const snapshot: EntitySnapshot = {
      row: entities.get(ctx.db, mergedId)!,
      aliases: all(
        'SELECT id, text, script, normalized, system, generated FROM entity_aliases WHERE entity_id = ?',
        mergedId,
      ) as EntitySnapshot['aliases'],
      externalIds: merged.externalIds,
      addedAliasIds: [],
      keptDescription: kept.description,
      mentions: all(`SELECT ${mentions.list()} FROM mentions WHERE entity_id = ?`, mergedId) as MentionRow[],
      relationships: all(
        'SELECT id, from_entity_id, to_entity_id FROM relationships WHERE (from_entity_id = @m OR to_entity_id = @m) AND NOT (from_entity_id = @k OR to_entity_id = @k)',
        { m: mergedId, k: keptId } as never,
      ) as EntitySnapshot['relationships'],
      removedRelationships: between.map((row) => ({
        row,
        excerptIds: (
          all('SELECT excerpt_id FROM relationship_excerpts WHERE relationship_id = ?', row.id) as {
            excerpt_id: string;
          }[]
        ).map((r) => r.excerpt_id),
      })),
      caseItems: (
        all(
          'SELECT m.case_id, m.item_kind, m.added_at, m.added_by, EXISTS (SELECT 1 FROM case_items k WHERE k.case_id = m.case_id AND k.item_id = @k) AS kept_had FROM case_items m WHERE m.item_id = @m',
          { k: keptId, m: mergedId } as never,
        ) as { case_id: string; item_kind: string; added_at: string; added_by: string; kept_had: number }[]
      ).map((r) => ({
        caseId: r.case_id,
        kind: r.item_kind,
        addedAt: r.added_at,
        addedBy: r.added_by,
        keptHad: r.kept_had === 1,
      })),
      tags: (
        all(
          'SELECT m.tag_id, EXISTS (SELECT 1 FROM object_tags k WHERE k.tag_id = m.tag_id AND k.object_id = @k) AS kept_had FROM object_tags m WHERE m.object_id = @m',
          { k: keptId, m: mergedId } as never,
        ) as { tag_id: number; kept_had: number }[]
      ).map((r) => ({ tagId: r.tag_id, keptHad: r.kept_had === 1 })),
    };
    const keptForms = new Set([kept.name, ...kept.aliases.map((a) => a.text)]);
    for (const text of [merged.name, ...merged.aliases.map((a) => a.text)]) {
      if (keptForms.has(text)) continue;
      keptForms.add(text);
      const id = ctx.newId();
      const source = snapshot.aliases.find((a) => a.text === text);
      ctx.db
        .prepare(
          'INSERT INTO entity_aliases (id, entity_id, text, script, normalized, system, generated) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          id,
          keptId,
          text,
          source?.script ?? '',
          source?.normalized ?? normalizeAlias(text),
          source?.system ?? '',
          source?.generated ?? 0,
        );
      snapshot.addedAliasIds.push(id);
    }
    for (const { key, value } of merged.externalIds)
      ctx.db
        .prepare('INSERT OR IGNORE INTO entity_external_ids (entity_id, key, value) VALUES (?, ?, ?)')
        .run(keptId, key, value);
    const description = concatDescriptions(kept.description, merged.description);
    ctx.db
      .prepare('UPDATE entities SET description_json = ?, description_text = ?, updated_at = ? WHERE id = ?')
      .run(description.json, description.text, ctx.now(), keptId);
    // Mentions of the same span by both entities collapse into the kept one's.
    ctx.db.prepare('UPDATE OR IGNORE mentions SET entity_id = ? WHERE entity_id = ?').run(keptId, mergedId);
    for (const r of snapshot.removedRelationships)
      ctx.db.prepare('DELETE FROM relationships WHERE id = ?').run(r.row.id);
    ctx.db.prepare('UPDATE relationships SET from_entity_id = ? WHERE from_entity_id = ?').run(keptId, mergedId);
    ctx.db.prepare('UPDATE relationships SET to_entity_id = ? WHERE to_entity_id = ?').run(keptId, mergedId);
    ctx.db.prepare('UPDATE OR IGNORE case_items SET item_id = ? WHERE item_id = ?').run(keptId, mergedId);
    ctx.db.prepare('UPDATE OR IGNORE object_tags SET object_id = ? WHERE object_id = ?').run(keptId, mergedId);
    ctx.db.prepare('DELETE FROM case_items WHERE item_id = ?').run(mergedId);
    ctx.db.prepare('DELETE FROM object_tags WHERE object_id = ?').run(mergedId);
    ctx.db.prepare('DELETE FROM entities WHERE id = ?').run(mergedId); // cascades leftover mentions, aliases, ids
    unindexObject(ctx.db, mergedId);
    const mergeId = ctx.newId();
    ctx.db
      .prepare(
        'INSERT INTO merges (id, kind, kept_id, merged_id, snapshot_json, merged_at, merged_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(mergeId, 'entity', keptId, mergedId, JSON.stringify(snapshot), ctx.now(), currentAnalyst(ctx));
    const entity = getEntity(ctx, keptId);
    reindexEntity(ctx, entity);
    recordAudit(ctx, 'entity.merge', 'entity', keptId, { kept, merged }, { entity, mergeId });
    return { mergeId, entity };
  });
}

function undoEntityMerge(ctx: Ctx, merge: { kept_id: string; merged_id: string; snapshot_json: string }): void {
  const s = JSON.parse(merge.snapshot_json) as EntitySnapshot;
  const keptId = merge.kept_id;
  const mergedId = merge.merged_id;
  entities.insert(ctx.db, s.row);
  for (const a of s.aliases) {
    ctx.db
      .prepare(
        'INSERT INTO entity_aliases (id, entity_id, text, script, normalized, system, generated) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(a.id, mergedId, a.text, a.script, a.normalized, a.system ?? '', a.generated ?? 0);
  }
  for (const { key, value } of s.externalIds)
    ctx.db
      .prepare('INSERT OR IGNORE INTO entity_external_ids (entity_id, key, value) VALUES (?, ?, ?)')
      .run(mergedId, key, value);
  for (const id of s.addedAliasIds) ctx.db.prepare('DELETE FROM entity_aliases WHERE id = ?').run(id);
  ctx.db
    .prepare('UPDATE entities SET description_json = ?, description_text = ? WHERE id = ?')
    .run(s.keptDescription.json, s.keptDescription.text, keptId);
  for (const m of s.mentions) {
    // Moved mentions go back; ones that collapsed into an existing kept mention are re-created.
    const moved = ctx.db
      .prepare('UPDATE mentions SET entity_id = ? WHERE id = ? AND entity_id = ?')
      .run(mergedId, m.id, keptId);
    if (!moved.changes) {
      // Its article went to the Trash since: the mention stays there with it (restored under the
      // entity that held it when it was trashed).
      if (!ctx.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(m.article_id)) continue;
      mentions.insert(ctx.db, m, { orIgnore: true });
    }
  }
  for (const r of s.relationships) {
    ctx.db
      .prepare('UPDATE relationships SET from_entity_id = ?, to_entity_id = ? WHERE id = ?')
      .run(r.from_entity_id, r.to_entity_id, r.id);
  }
  for (const r of s.removedRelationships) {
    relationships.insert(ctx.db, r.row);
    for (const excerptId of r.excerptIds)
      ctx.db
        .prepare('INSERT OR IGNORE INTO relationship_excerpts (relationship_id, excerpt_id) VALUES (?, ?)')
        .run(r.row.id, excerptId);
  }
  for (const c of s.caseItems) {
    if (!c.keptHad) ctx.db.prepare('DELETE FROM case_items WHERE case_id = ? AND item_id = ?').run(c.caseId, keptId);
    ctx.db
      .prepare(
        'INSERT OR IGNORE INTO case_items (case_id, item_id, item_kind, added_at, added_by) VALUES (?, ?, ?, ?, ?)',
      )
      .run(c.caseId, mergedId, c.kind, c.addedAt, c.addedBy);
  }
  for (const t of s.tags) {
    if (!t.keptHad) ctx.db.prepare('DELETE FROM object_tags WHERE tag_id = ? AND object_id = ?').run(t.tagId, keptId);
    ctx.db
      .prepare('INSERT OR IGNORE INTO object_tags (tag_id, object_id, object_kind) VALUES (?, ?, ?)')
      .run(t.tagId, mergedId, 'entity');
  }
  reindexEntity(ctx, getEntity(ctx, keptId));
  reindexEntity(ctx, getEntity(ctx, mergedId));
}
