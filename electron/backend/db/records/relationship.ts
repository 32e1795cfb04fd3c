// A relationship between two entities: its row, its API object, its case-file record (with the
// excerpts that back it) and the columns that refer to it. Relationships are never edited, so a
// merge only adds them.
import { z } from 'zod';
import type { Relationship } from '../../../../shared/contract/schemas';
import { RELATIONSHIP_TYPES } from '../../../../shared/contract/schemas';
import { id, text, time } from './fields';
import { recordTable } from './table';

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

/** The case-file record: the row with the ids of its backing excerpts. */
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

export const RELATIONSHIP_REFERENCES = [['relationship_excerpts', 'relationship_id']] as const;
