// A source: its row, the stored part of its API object, its case-file record (with its aliases and
// rating history), what tells two versions apart in a merge, and the columns that refer to it.
import { z } from 'zod';
import type { Source } from '../../../../shared/contract/schemas';
import { SOURCE_KINDS } from '../../../../shared/contract/vocabulary';
import { RELIABILITY_LETTERS } from '../../../../shared/domain/admiralty';
import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import { id, text, time } from './fields';
import { orNull, recordTable } from './table';
import type { MergedReference } from './reference';

export const SourceRow = z.strictObject({
  id,
  kind: z.enum(SOURCE_KINDS),
  name: z.string().min(1),
  parent_id: id.nullable(),
  url: text,
  description: text,
  created_at: time,
  created_by: text,
  updated_at: time,
});
export type SourceRow = z.infer<typeof SourceRow>;
export const sources = recordTable('sources', SourceRow);

export const RatingRecord = z.strictObject({
  id,
  reliability: z.enum(RELIABILITY_LETTERS),
  rationale: z.string().min(1),
  analyst: text,
  rated_at: time,
});
export type RatingRecord = z.infer<typeof RatingRecord>;

/** As a merge writes it (and format-1 case files carried it): the row, aliases, rating history. */
export const SourceRecord = SourceRow.extend({
  aliases: z.array(z.string().min(1)),
  ratings: z.array(RatingRecord),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

export type SourceFields = Pick<
  Source,
  'id' | 'kind' | 'name' | 'parentId' | 'url' | 'description' | 'createdAt' | 'updatedAt'
>;

/** The part of the API object the row holds. */
export function sourceFields(r: SourceRow): SourceFields {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    parentId: r.parent_id,
    url: r.url,
    description: r.description,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export const SOURCE_EDITABLE = [
  'kind',
  'name',
  'parent_id',
  'url',
  'description',
  'updated_at',
] as const satisfies readonly (keyof SourceRow)[];

/** What makes two versions of a source different, read from the API shape. */
export function sourceFingerprint(o: Partial<SourceFields>): string {
  return canonicalJson([orNull(o.kind), orNull(o.name), orNull(o.parentId), orNull(o.url), orNull(o.description)]);
}

/** Columns elsewhere that refer to a source, and what a merge of two sources does with each. */
export const SOURCE_REFERENCES: readonly MergedReference[] = [
  { table: 'sources', column: 'parent_id', onMerge: 'move' },
  { table: 'source_aliases', column: 'source_id', onMerge: 'owned' },
  { table: 'source_ratings', column: 'source_id', onMerge: 'move' },
  { table: 'articles', column: 'publisher_source_id', onMerge: 'move' },
  { table: 'article_authors', column: 'source_id', onMerge: 'move-unless-kept-has' },
  { table: 'excerpts', column: 'source_id', onMerge: 'move' },
  { table: 'case_items', column: 'item_id', onMerge: 'move-unless-kept-has' },
  { table: 'object_tags', column: 'object_id', onMerge: 'move-unless-kept-has' },
];

/** The source in a case file (format 2): the API object's names, with its aliases and rating history. */
export const SourceWire = z.strictObject({
  id,
  kind: SourceRow.shape.kind,
  name: SourceRow.shape.name,
  parentId: id.nullable(),
  url: text,
  description: text,
  createdAt: time,
  createdBy: text,
  updatedAt: time,
  aliases: z.array(z.string().min(1)),
  ratings: z.array(
    z.strictObject({
      id,
      reliability: RatingRecord.shape.reliability,
      rationale: RatingRecord.shape.rationale,
      analyst: text,
      ratedAt: time,
    }),
  ),
});
export type SourceWire = z.infer<typeof SourceWire>;

export function sourceToWire(r: SourceRecord): SourceWire {
  return {
    ...sourceFields(r),
    createdBy: r.created_by,
    aliases: r.aliases,
    ratings: r.ratings.map(({ rated_at, ...rating }) => ({ ...rating, ratedAt: rated_at })),
  };
}

export function sourceFromWire(w: SourceWire): SourceRecord {
  return {
    id: w.id,
    kind: w.kind,
    name: w.name,
    parent_id: w.parentId,
    url: w.url,
    description: w.description,
    created_at: w.createdAt,
    created_by: w.createdBy,
    updated_at: w.updatedAt,
    aliases: w.aliases,
    ratings: w.ratings.map(({ ratedAt, ...rating }) => ({ ...rating, rated_at: ratedAt })),
  };
}
