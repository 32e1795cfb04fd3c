// What a merge records so that undo can put everything back (the merges table's snapshot_json), and
// the records of merges made before the references were moved from the record modules' lists: those
// named each table, and are read here into the same per-column form so one undo serves both.
import type { EntityRow, SourceRow } from '../db/records';
import type { MovedReference } from './mergeReferences';

export interface SourceMergeSnapshot {
  row: SourceRow;
  /** Names of the merged source given to the kept one as aliases. */
  addedAliases: string[];
  references: MovedReference[];
}

export interface EntityMergeSnapshot {
  row: EntityRow;
  /** Aliases given to the kept entity (the merged name and aliases it lacked). */
  addedAliasIds: string[];
  keptDescription: { json: string; text: string };
  references: MovedReference[];
}

type Row = Record<string, unknown>;

interface LegacyMemberships {
  caseItems: { caseId: string; kind: string; addedAt: string; addedBy: string; keptHad: boolean }[];
  tags: { tagId: number; keptHad: boolean }[];
}

interface LegacySourceSnapshot extends LegacyMemberships {
  row: SourceRow;
  aliases: string[];
  addedAliases: string[];
  moved: { ratings: string[]; publisherOf: string[]; excerpts: string[]; children: string[] };
  authorOf: { articleId: string; position: number; keptHad: boolean }[];
}

interface LegacyEntitySnapshot extends LegacyMemberships {
  row: EntityRow;
  aliases: { id: string; text: string; script: string; normalized: string; system?: string; generated?: number }[];
  externalIds: { key: string; value: string }[];
  addedAliasIds: string[];
  keptDescription: { json: string; text: string };
  mentions: Row[];
  relationships: { id: string; from_entity_id: string; to_entity_id: string }[];
  removedRelationships: { row: Row; excerptIds: string[] }[];
}

const reference = (table: string, column: string, moved: Row[], removed: Row[] = []): MovedReference => ({
  table,
  column,
  moved,
  removed,
  dependents: [],
});

/** A membership the kept object already had went with the merged one; any other moved. */
function memberships(s: LegacyMemberships, mergedId: string, objectKind: string): MovedReference[] {
  const cases = s.caseItems.map((c) => ({
    keptHad: c.keptHad,
    key: { case_id: c.caseId, item_id: mergedId },
    row: { case_id: c.caseId, item_id: mergedId, item_kind: c.kind, added_at: c.addedAt, added_by: c.addedBy },
  }));
  const tags = s.tags.map((t) => ({
    keptHad: t.keptHad,
    key: { object_id: mergedId, tag_id: t.tagId },
    row: { tag_id: t.tagId, object_id: mergedId, object_kind: objectKind },
  }));
  return [reference('case_items', 'item_id', ...split(cases)), reference('object_tags', 'object_id', ...split(tags))];
}

function split(items: { keptHad: boolean; key: Row; row: Row }[]): [Row[], Row[]] {
  return [items.filter((i) => !i.keptHad).map((i) => i.key), items.filter((i) => i.keptHad).map((i) => i.row)];
}

export function sourceSnapshot(raw: string, mergedId: string): SourceMergeSnapshot {
  const s = JSON.parse(raw) as SourceMergeSnapshot | LegacySourceSnapshot;
  if ('references' in s) return s;
  const byId = (ids: string[]) => ids.map((id) => ({ id }));
  const authors = s.authorOf.map((a) => ({
    keptHad: a.keptHad,
    key: { article_id: a.articleId, source_id: mergedId },
    row: { article_id: a.articleId, source_id: mergedId, position: a.position },
  }));
  const aliases = s.aliases.map((alias) => ({ source_id: mergedId, alias }));
  return {
    row: s.row,
    addedAliases: s.addedAliases,
    references: [
      reference('source_aliases', 'source_id', [], aliases),
      reference('source_ratings', 'source_id', byId(s.moved.ratings)),
      reference('articles', 'publisher_source_id', byId(s.moved.publisherOf)),
      reference('excerpts', 'source_id', byId(s.moved.excerpts)),
      reference('sources', 'parent_id', byId(s.moved.children)),
      reference('article_authors', 'source_id', ...split(authors)),
      ...memberships(s, mergedId, 'source'),
    ],
  };
}

export function entitySnapshot(raw: string, mergedId: string): EntityMergeSnapshot {
  const s = JSON.parse(raw) as EntityMergeSnapshot | LegacyEntitySnapshot;
  if ('references' in s) return s;
  const aliases = s.aliases.map((a) => ({
    ...a,
    entity_id: mergedId,
    system: a.system ?? '',
    generated: a.generated ?? 0,
  }));
  const externalIds = s.externalIds.map(({ key, value }) => ({ entity_id: mergedId, key, value }));
  // Those records listed every mention without saying which collapsed into the kept entity's: each
  // is moved back where it can be and re-inserted otherwise (an existing id is left alone).
  const mentionIds = s.mentions.map((m) => ({ id: m.id }));
  const pointing = (column: 'from_entity_id' | 'to_entity_id') =>
    s.relationships.filter((r) => r[column] === mergedId).map((r) => ({ id: r.id }));
  const between: MovedReference = {
    ...reference(
      'relationships',
      'from_entity_id',
      pointing('from_entity_id'),
      s.removedRelationships.map((r) => r.row),
    ),
    dependents: [
      {
        table: 'relationship_excerpts',
        rows: s.removedRelationships.flatMap((r) =>
          r.excerptIds.map((excerptId) => ({ relationship_id: r.row.id, excerpt_id: excerptId })),
        ),
      },
    ],
  };
  return {
    row: s.row,
    addedAliasIds: s.addedAliasIds,
    keptDescription: s.keptDescription,
    references: [
      reference('entity_aliases', 'entity_id', [], aliases),
      reference('entity_external_ids', 'entity_id', [], externalIds),
      reference('mentions', 'entity_id', mentionIds, s.mentions),
      between,
      reference('relationships', 'to_entity_id', pointing('to_entity_id')),
      ...memberships(s, mergedId, 'entity'),
    ],
  };
}
