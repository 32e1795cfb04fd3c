// A case: its row, the stored part of its API object, its case-file record (with its items), what
// tells two versions apart in a merge, and the columns that refer to it.
import { z } from 'zod';
import type { Case } from '../../../../shared/contract/schemas';
import { CaseItemKind } from '../../../../shared/contract/schemas';
import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import { id, richText, text, time } from './fields';
import { orNull, recordTable } from './table';
import type { Reference } from './reference';

export const CaseRow = z.strictObject({
  id,
  title: z.string().min(1),
  summary_json: text,
  summary_text: text,
  archived: z.union([z.literal(0), z.literal(1)]),
  created_at: time,
  created_by: text,
  updated_at: time,
});
export type CaseRow = z.infer<typeof CaseRow>;
export const cases = recordTable('cases', CaseRow);

export const CaseItemRecord = z.strictObject({ item_id: id, item_kind: CaseItemKind, added_at: time, added_by: text });
export type CaseItemRecord = z.infer<typeof CaseItemRecord>;

/** As a merge writes it (and format-1 case files carried it): the row with its items. */
export const CaseRecord = CaseRow.extend({ items: z.array(CaseItemRecord) });
export type CaseRecord = z.infer<typeof CaseRecord>;

export type CaseFields = Omit<Case, 'items'>;

/** The part of the API object the row holds. */
export function caseFields(r: CaseRow): CaseFields {
  return {
    id: r.id,
    title: r.title,
    summary: { json: r.summary_json, text: r.summary_text },
    archived: r.archived === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export const CASE_EDITABLE = [
  'title',
  'summary_json',
  'summary_text',
  'archived',
  'updated_at',
] as const satisfies readonly (keyof CaseRow)[];

/** What makes two versions of a case different, read from the API shape. */
export function caseFingerprint(o: Partial<CaseFields>): string {
  return canonicalJson([orNull(o.title), orNull(o.summary?.json), Boolean(o.archived)]);
}

export const CASE_REFERENCES: readonly Reference[] = [{ table: 'case_items', column: 'case_id' }];

/** The case in a case file (format 2): the API object's names and shapes, with its items. */
export const CaseWire = z.strictObject({
  id,
  title: CaseRow.shape.title,
  summary: richText,
  archived: z.boolean(),
  createdAt: time,
  createdBy: text,
  updatedAt: time,
  items: z.array(z.strictObject({ itemId: id, kind: CaseItemKind, addedAt: time, addedBy: text })),
});
export type CaseWire = z.infer<typeof CaseWire>;

export function caseToWire(r: CaseRecord): CaseWire {
  return {
    ...caseFields(r),
    createdBy: r.created_by,
    items: r.items.map((i) => ({ itemId: i.item_id, kind: i.item_kind, addedAt: i.added_at, addedBy: i.added_by })),
  };
}

export function caseFromWire(w: CaseWire): CaseRecord {
  return {
    id: w.id,
    title: w.title,
    summary_json: w.summary.json,
    summary_text: w.summary.text,
    archived: w.archived ? 1 : 0,
    created_at: w.createdAt,
    created_by: w.createdBy,
    updated_at: w.updatedAt,
    items: w.items.map((i) => ({ item_id: i.itemId, item_kind: i.kind, added_at: i.addedAt, added_by: i.addedBy })),
  };
}
