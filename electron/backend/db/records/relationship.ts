// A relationship between two entities: its row, its API object, its case-file record (with the
// excerpts that back it) and the columns that refer to it. Relationships are never edited, so a
// merge only adds them.
import { z } from 'zod';
import type { Relationship } from '../../../../shared/contract/schemas';
import { RELATIONSHIP_TYPES } from '../../../../shared/contract/vocabulary';
import { id, text, time } from './fields';
import { recordTable } from './table';
import type { Reference } from './reference';

export const RelationshipRow = z.strictObject({
  id,
  from_entity_id: id,
  to_entity_id: id,
  type: z.enum(RELATIONSHIP_TYPES),
  label: text,
  created_at: time,
  created_by: text,
});
export type RelationshipRow = z.infer<typeof RelationshipRow>;
export const relationships = recordTable('relationships', RelationshipRow);

/** As a merge writes it (and format-1 case files carried it): the row with the ids of its backing excerpts. */
export const RelationshipRecord = RelationshipRow.extend({ excerpt_ids: z.array(id) });
export type RelationshipRecord = z.infer<typeof RelationshipRecord>;

export function relationshipFields(r: RelationshipRow, excerptIds: string[]): Relationship {
  return {
    id: r.id,
    fromEntityId: r.from_entity_id,
    toEntityId: r.to_entity_id,
    type: r.type,
    label: r.label,
    excerptIds,
    createdAt: r.created_at,
  };
}

export const RELATIONSHIP_REFERENCES: readonly Reference[] = [
  { table: 'relationship_excerpts', column: 'relationship_id' },
];

/** The relationship in a case file (format 2): the API object's names, with who recorded it. */
export const RelationshipWire = z.strictObject({
  id,
  fromEntityId: id,
  toEntityId: id,
  type: RelationshipRow.shape.type,
  label: text,
  excerptIds: z.array(id),
  createdAt: time,
  createdBy: text,
});
export type RelationshipWire = z.infer<typeof RelationshipWire>;

export function relationshipToWire(r: RelationshipRecord): RelationshipWire {
  return { ...relationshipFields(r, r.excerpt_ids), createdBy: r.created_by };
}

export function relationshipFromWire(w: RelationshipWire): RelationshipRecord {
  return {
    id: w.id,
    from_entity_id: w.fromEntityId,
    to_entity_id: w.toEntityId,
    type: w.type,
    label: w.label,
    created_at: w.createdAt,
    created_by: w.createdBy,
    excerpt_ids: w.excerptIds,
  };
}
