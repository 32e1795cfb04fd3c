// An entity: its row, the stored part of its API object, its case-file record (with its aliases,
// external ids, tags and mentions), what tells two versions apart in a merge, and the columns that
// refer to it.
import { z } from 'zod';
import type { Entity, Mention } from '../../../../shared/contract/schemas';
import { ENTITY_TYPES, MENTION_STATUSES } from '../../../../shared/contract/vocabulary';
import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import { id, richText, tags, text, time } from './fields';
import type { MergedReference } from './reference';
import { RELATIONSHIP_REFERENCES } from './relationship';
import { orNull, recordTable } from './table';

export const EntityRow = z.strictObject({
  id,
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  description_json: text,
  description_text: text,
  created_at: time,
  created_by: text,
  updated_at: time,
});
export type EntityRow = z.infer<typeof EntityRow>;
export const entities = recordTable('entities', EntityRow);

export const MentionRow = z.strictObject({
  id,
  entity_id: id,
  article_id: id,
  excerpt_id: id.nullable(),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: text,
  status: z.enum(MENTION_STATUSES),
  created_at: time,
  created_by: text,
});
export type MentionRow = z.infer<typeof MentionRow>;
export const mentions = recordTable('mentions', MentionRow);

/** A mention's API object: the row as it is. */
export function mentionFields(r: MentionRow): Mention {
  return {
    id: r.id,
    entityId: r.entity_id,
    articleId: r.article_id,
    excerptId: r.excerpt_id,
    start: r.start,
    end: r.end,
    exact: r.exact,
    status: r.status,
  };
}

/** A mention in a case file: its entity is the record it sits in. */
export const MentionRecord = MentionRow.omit({ entity_id: true });
export type MentionRecord = z.infer<typeof MentionRecord>;

/** As a merge writes it (and format-1 case files carried it): the row, its aliases, external ids, tags and mentions. */
export const EntityRecord = EntityRow.extend({
  aliases: z.array(z.strictObject({ id, text: z.string().min(1), script: text, normalized: text })),
  external_ids: z.array(z.strictObject({ key: z.string().min(1), value: z.string().min(1) })),
  tags,
  mentions: z.array(MentionRecord),
});
export type EntityRecord = z.infer<typeof EntityRecord>;

export type EntityFields = Pick<Entity, 'id' | 'type' | 'name' | 'description' | 'createdAt' | 'updatedAt'>;

/** The part of the API object the row holds. */
export function entityFields(r: EntityRow): EntityFields {
  return {
    id: r.id,
    type: r.type,
    name: r.name,
    description: { json: r.description_json, text: r.description_text },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export const ENTITY_EDITABLE = [
  'type',
  'name',
  'description_json',
  'description_text',
  'updated_at',
] as const satisfies readonly (keyof EntityRow)[];

/** What makes two versions of an entity different, read from the API shape. */
export function entityFingerprint(o: Partial<EntityFields>): string {
  return canonicalJson([orNull(o.type), orNull(o.name), orNull(o.description?.json)]);
}

/** Columns elsewhere that refer to an entity, and what a merge of two entities does with each. */
export const ENTITY_REFERENCES: readonly MergedReference[] = [
  { table: 'entity_aliases', column: 'entity_id', onMerge: 'owned' },
  { table: 'entity_alias_dismissals', column: 'entity_id', onMerge: 'move-unless-kept-has' },
  { table: 'entity_external_ids', column: 'entity_id', onMerge: 'move-unless-kept-has' },
  { table: 'mentions', column: 'entity_id', onMerge: 'move-unless-kept-has' },
  {
    table: 'relationships',
    column: 'from_entity_id',
    onMerge: 'move-unless-kept-has',
    dependents: RELATIONSHIP_REFERENCES,
  },
  {
    table: 'relationships',
    column: 'to_entity_id',
    onMerge: 'move-unless-kept-has',
    dependents: RELATIONSHIP_REFERENCES,
  },
  { table: 'case_items', column: 'item_id', onMerge: 'move-unless-kept-has' },
  { table: 'object_tags', column: 'object_id', onMerge: 'move-unless-kept-has' },
];

/** The entity in a case file (format 2): the API object's names and shapes, with its parts. */
export const EntityWire = z.strictObject({
  id,
  type: EntityRow.shape.type,
  name: EntityRow.shape.name,
  description: richText,
  createdAt: time,
  createdBy: text,
  updatedAt: time,
  aliases: EntityRecord.shape.aliases,
  externalIds: EntityRecord.shape.external_ids,
  tags,
  mentions: z.array(
    z.strictObject({
      id,
      articleId: id,
      excerptId: id.nullable(),
      start: MentionRow.shape.start,
      end: MentionRow.shape.end,
      exact: text,
      status: MentionRow.shape.status,
      createdAt: time,
      createdBy: text,
    }),
  ),
});
export type EntityWire = z.infer<typeof EntityWire>;

export function entityToWire(r: EntityRecord): EntityWire {
  return {
    ...entityFields(r),
    createdBy: r.created_by,
    aliases: r.aliases,
    externalIds: r.external_ids,
    tags: r.tags,
    mentions: r.mentions.map((m) => {
      const { entityId: _entity, ...fields } = mentionFields({ ...m, entity_id: r.id });
      return { ...fields, createdAt: m.created_at, createdBy: m.created_by };
    }),
  };
}

export function entityFromWire(w: EntityWire): EntityRecord {
  return {
    id: w.id,
    type: w.type,
    name: w.name,
    description_json: w.description.json,
    description_text: w.description.text,
    created_at: w.createdAt,
    created_by: w.createdBy,
    updated_at: w.updatedAt,
    aliases: w.aliases,
    external_ids: w.externalIds,
    tags: w.tags,
    mentions: w.mentions.map((m) => ({
      id: m.id,
      article_id: m.articleId,
      excerpt_id: m.excerptId,
      start: m.start,
      end: m.end,
      exact: m.exact,
      status: m.status,
      created_at: m.createdAt,
      created_by: m.createdBy,
    })),
  };
}
