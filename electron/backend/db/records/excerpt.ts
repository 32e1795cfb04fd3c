// An excerpt: its row, the stored part of its API object, its case-file record (with its tags),
// what tells two versions apart in a merge, and the columns that refer to it.
import { z } from 'zod';
import { CredibilitySchema, ReliabilitySchema, type Excerpt } from '../../../../shared/contract/schemas';
import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import { id, partialDate, richText, tags, text, time } from './fields';
import { orNull, recordTable } from './table';
import type { Reference } from './reference';

export const ExcerptRow = z.strictObject({
  id,
  article_id: id,
  exact: z.string().min(1),
  prefix: text,
  suffix: text,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  source_id: id.nullable(),
  credibility: CredibilitySchema.nullable(),
  reliability_at_record: ReliabilitySchema.nullable(),
  event_date: text,
  event_date_qualifier: text,
  note_json: text,
  note_text: text,
  anchor_status: z.enum(['ok', 'reanchored', 'orphaned']),
  created_at: time,
  created_by: text,
  updated_at: time,
});
export type ExcerptRow = z.infer<typeof ExcerptRow>;
export const excerpts = recordTable('excerpts', ExcerptRow);

/** As a merge writes it (and format-1 case files carried it): the row with its tags. */
export const ExcerptRecord = ExcerptRow.extend({ tags });
export type ExcerptRecord = z.infer<typeof ExcerptRecord>;

export type ExcerptFields = Omit<
  Excerpt,
  'articleTitle' | 'sourceName' | 'reliability' | 'grade' | 'machineTags' | 'tags'
>;

/** The part of the API object the row holds. */
export function excerptFields(r: ExcerptRow): ExcerptFields {
  return {
    id: r.id,
    articleId: r.article_id,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    start: r.start,
    end: r.end,
    sourceId: r.source_id,
    reliabilityAtRecord: r.reliability_at_record,
    credibility: r.credibility,
    eventDate: { value: r.event_date, qualifier: r.event_date_qualifier },
    note: { json: r.note_json, text: r.note_text },
    anchorStatus: r.anchor_status,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
  };
}

export const EXCERPT_EDITABLE = [
  'source_id',
  'credibility',
  'reliability_at_record',
  'event_date',
  'event_date_qualifier',
  'note_json',
  'note_text',
  'updated_at',
] as const satisfies readonly (keyof ExcerptRow)[];

/** What makes two versions of an excerpt different, read from the API shape (with its tags). */
export function excerptFingerprint(o: Partial<ExcerptFields> & { tags?: readonly string[] }): string {
  return canonicalJson([
    orNull(o.sourceId),
    orNull(o.credibility),
    orNull(o.eventDate?.value),
    orNull(o.eventDate?.qualifier),
    orNull(o.note?.json),
    [...(o.tags ?? [])].sort(),
  ]);
}

/** Columns elsewhere that refer to an excerpt. */
export const EXCERPT_REFERENCES: readonly Reference[] = [
  { table: 'mentions', column: 'excerpt_id' },
  { table: 'relationship_excerpts', column: 'excerpt_id' },
  { table: 'case_items', column: 'item_id' },
  { table: 'object_tags', column: 'object_id' },
];

/** The excerpt in a case file (format 2): the API object's names and shapes, with its tags. */
export const ExcerptWire = z.strictObject({
  id,
  articleId: id,
  exact: ExcerptRow.shape.exact,
  prefix: text,
  suffix: text,
  start: ExcerptRow.shape.start,
  end: ExcerptRow.shape.end,
  sourceId: id.nullable(),
  credibility: ExcerptRow.shape.credibility,
  reliabilityAtRecord: ExcerptRow.shape.reliability_at_record,
  eventDate: partialDate,
  note: richText,
  anchorStatus: ExcerptRow.shape.anchor_status,
  createdAt: time,
  createdBy: text,
  updatedAt: time,
  tags,
});
export type ExcerptWire = z.infer<typeof ExcerptWire>;

export function excerptToWire(r: ExcerptRecord): ExcerptWire {
  return { ...excerptFields(r), tags: r.tags };
}

export function excerptFromWire(w: ExcerptWire): ExcerptRecord {
  return {
    id: w.id,
    article_id: w.articleId,
    exact: w.exact,
    prefix: w.prefix,
    suffix: w.suffix,
    start: w.start,
    end: w.end,
    source_id: w.sourceId,
    credibility: w.credibility,
    reliability_at_record: w.reliabilityAtRecord,
    event_date: w.eventDate.value,
    event_date_qualifier: w.eventDate.qualifier,
    note_json: w.note.json,
    note_text: w.note.text,
    anchor_status: w.anchorStatus,
    created_at: w.createdAt,
    created_by: w.createdBy,
    updated_at: w.updatedAt,
    tags: w.tags,
  };
}
