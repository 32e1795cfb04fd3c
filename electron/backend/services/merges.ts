// Merging two sources (or two entities) that are the same, and undoing it. A merge moves every
// reference from the merged object to the kept one (each column its record module lists, the way the
// entry says: mergeReferences.ts), keeps the merged names as aliases, and records exactly what moved
// so undo can put it all back (the merged object returns with its own id).
import { ContractError } from '../../../shared/contract/errors';
import type { Entity, Source } from '../../../shared/contract/schemas';
import { normalizeAlias } from '../../../shared/domain/aliases';
import { indexField, unindexObject } from '../search/searchIndex';
import { recordAudit } from './audit';
import { currentAnalyst, mutate, type Ctx } from './context';
import { getEntity, reindexEntity } from './entities';
import { moveReferences, restoreReferences } from './mergeReferences';
import { entitySnapshot, sourceSnapshot, type EntityMergeSnapshot, type SourceMergeSnapshot } from './mergeSnapshots';
import { getSource } from './sources';
import { ENTITY_REFERENCES, SOURCE_REFERENCES, entities, sources } from '../db/records';

function recordMerge(ctx: Ctx, kind: 'source' | 'entity', keptId: string, mergedId: string, snapshot: object): string {
  const mergeId = ctx.newId();
  ctx.db
    .prepare(
      `INSERT INTO merges (id, kind, kept_id, merged_id, snapshot_json, merged_at, merged_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(mergeId, kind, keptId, mergedId, JSON.stringify(snapshot), ctx.now(), currentAnalyst(ctx));
  return mergeId;
}

const indexSourceNames = (ctx: Ctx, source: Source) =>
  indexField(ctx.db, 'source', source.id, 'name', [source.name, ...source.aliases].join(' \n '));

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
    const names = [merged.name, ...merged.aliases].filter((a) => a !== kept.name && !kept.aliases.includes(a));
    const row = sources.get(ctx.db, mergedId)!;
    const references = moveReferences(ctx.db, SOURCE_REFERENCES, keptId, mergedId);
    const snapshot: SourceMergeSnapshot = { row, addedAliases: [...new Set(names)], references };
    for (const alias of snapshot.addedAliases)
      ctx.db.prepare('INSERT OR IGNORE INTO source_aliases (source_id, alias) VALUES (?, ?)').run(keptId, alias);
    ctx.db.prepare('DELETE FROM sources WHERE id = ?').run(mergedId);
    unindexObject(ctx.db, mergedId);
    const mergeId = recordMerge(ctx, 'source', keptId, mergedId, snapshot);
    const source = getSource(ctx, keptId);
    indexSourceNames(ctx, source);
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
    const s = sourceSnapshot(merge.snapshot_json, merge.merged_id);
    sources.insert(ctx.db, s.row);
    restoreReferences(ctx.db, s.references, merge.kept_id, merge.merged_id);
    for (const alias of s.addedAliases)
      ctx.db.prepare('DELETE FROM source_aliases WHERE source_id = ? AND alias = ?').run(merge.kept_id, alias);
    const restored = getSource(ctx, merge.merged_id);
    const kept = getSource(ctx, merge.kept_id);
    indexSourceNames(ctx, restored);
    indexSourceNames(ctx, kept);
    recordAudit(ctx, 'source.merge.undo', 'source', merge.kept_id, { mergeId }, { restored, kept });
  });
}

// ---- entities

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
    const row = entities.get(ctx.db, mergedId)!;
    const mergedAliases = ctx.db
      .prepare('SELECT text, script, normalized, system, generated FROM entity_aliases WHERE entity_id = ?')
      .all(mergedId) as { text: string; script: string; normalized: string; system: string; generated: number }[];
    const references = moveReferences(ctx.db, ENTITY_REFERENCES, keptId, mergedId);
    const snapshot: EntityMergeSnapshot = { row, addedAliasIds: [], keptDescription: kept.description, references };
    const keptForms = new Set([kept.name, ...kept.aliases.map((a) => a.text)]);
    for (const text of [merged.name, ...merged.aliases.map((a) => a.text)]) {
      if (keptForms.has(text)) continue;
      keptForms.add(text);
      const id = ctx.newId();
      const alias = mergedAliases.find((a) => a.text === text);
      ctx.db
        .prepare(
          `INSERT INTO entity_aliases (id, entity_id, text, script, normalized, system, generated)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          keptId,
          text,
          alias?.script ?? '',
          alias?.normalized ?? normalizeAlias(text),
          alias?.system ?? '',
          alias?.generated ?? 0,
        );
      snapshot.addedAliasIds.push(id);
    }
    const description = concatDescriptions(kept.description, merged.description);
    ctx.db
      .prepare('UPDATE entities SET description_json = ?, description_text = ?, updated_at = ? WHERE id = ?')
      .run(description.json, description.text, ctx.now(), keptId);
    ctx.db.prepare('DELETE FROM entities WHERE id = ?').run(mergedId);
    unindexObject(ctx.db, mergedId);
    const mergeId = recordMerge(ctx, 'entity', keptId, mergedId, snapshot);
    const entity = getEntity(ctx, keptId);
    reindexEntity(ctx, entity);
    recordAudit(ctx, 'entity.merge', 'entity', keptId, { kept, merged }, { entity, mergeId });
    return { mergeId, entity };
  });
}

function undoEntityMerge(ctx: Ctx, merge: { kept_id: string; merged_id: string; snapshot_json: string }): void {
  const s = entitySnapshot(merge.snapshot_json, merge.merged_id);
  entities.insert(ctx.db, s.row);
  restoreReferences(ctx.db, s.references, merge.kept_id, merge.merged_id);
  for (const id of s.addedAliasIds) ctx.db.prepare('DELETE FROM entity_aliases WHERE id = ?').run(id);
  ctx.db
    .prepare('UPDATE entities SET description_json = ?, description_text = ? WHERE id = ?')
    .run(s.keptDescription.json, s.keptDescription.text, merge.kept_id);
  reindexEntity(ctx, getEntity(ctx, merge.kept_id));
  reindexEntity(ctx, getEntity(ctx, merge.merged_id));
}
