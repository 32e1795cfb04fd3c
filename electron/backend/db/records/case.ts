// A case: its row, the stored part of its API object, its case-file record (with its items), what
// tells two versions apart in a merge, and the columns that refer to it.
import { z } from 'zod';
import type { Case } from '../../../../shared/contract/schemas';
import { CaseItemKind } from '../../../../shared/contract/schemas';
import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import { id, text, time } from './fields';
import { orNull, recordTable } from './table';

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

/** The case-file record: the row with its items. */
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

export const CASE_REFERENCES = [['case_items', 'case_id']] as const;
