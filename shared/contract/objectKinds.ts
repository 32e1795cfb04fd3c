// The kinds of object the library holds, declared once with what each can do. Every other list of
// kinds (the contract's enums, the case items, what carries tags, what search indexes, what a case
// file merges, the renderer's filters) is derived from this table; electron/backend/kindLists.test.ts fails when a
// second literal list of kinds appears anywhere else.
// prettier-ignore
const KIND_TRAITS = {
  article:      { table: 'articles',      caseItem: true,  taggable: true,  indexed: true,  graded: true,  merged: true,  noted: false },
  excerpt:      { table: 'excerpts',      caseItem: true,  taggable: true,  indexed: true,  graded: true,  merged: true,  noted: true },
  source:       { table: 'sources',       caseItem: true,  taggable: true,  indexed: true,  graded: true,  merged: true,  noted: false },
  entity:       { table: 'entities',      caseItem: true,  taggable: true,  indexed: true,  graded: false, merged: true,  noted: true },
  case:         { table: 'cases',         caseItem: false, taggable: false, indexed: true,  graded: false, merged: true,  noted: true },
  relationship: { table: 'relationships', caseItem: false, taggable: false, indexed: false, graded: false, merged: false, noted: false },
  mention:      { table: 'mentions',      caseItem: false, taggable: false, indexed: false, graded: false, merged: false, noted: false },
} as const;

type Traits = typeof KIND_TRAITS;
type Trait = Exclude<keyof Traits[keyof Traits], 'table'>;
export type ObjectKind = keyof Traits;
/** The kinds that have `trait`, as a type. */
export type KindWith<T extends Trait> = { [K in ObjectKind]: Traits[K][T] extends true ? K : never }[ObjectKind];

function kindsWith<T extends Trait>(trait: T): [KindWith<T>, ...KindWith<T>[]] {
  return (Object.keys(KIND_TRAITS) as ObjectKind[]).filter((k) => KIND_TRAITS[k][trait]) as [
    KindWith<T>,
    ...KindWith<T>[],
  ];
}

export const OBJECT_KINDS = Object.keys(KIND_TRAITS) as [ObjectKind, ...ObjectKind[]];
/** What a case can hold as an item. */
export const CASE_ITEM_KINDS = kindsWith('caseItem');
export type CaseItemKind = KindWith<'caseItem'>;
/** What can carry free tags. */
export const TAGGABLE_KINDS = kindsWith('taggable');
export type TaggableKind = KindWith<'taggable'>;
/** What the full-text index holds, so what search can find. */
export const INDEXED_KINDS = kindsWith('indexed');
export type IndexedKind = KindWith<'indexed'>;
/** What has a reliability of its own (an article through its publisher), so a reliability filter keeps it. */
export const GRADED_KINDS = kindsWith('graded');
/** What a case-file import compares version by version (and may list as a conflict). */
export const MERGED_KINDS = kindsWith('merged');
export type MergedKind = KindWith<'merged'>;
/** What carries a rich-text note (an excerpt's note, a case's summary, an entity's description). */
export const NOTED_KINDS = kindsWith('noted');
export type NotedKind = KindWith<'noted'>;

/** The table that holds each kind of object. */
export const KIND_TABLES: { readonly [K in ObjectKind]: Traits[K]['table'] } = Object.fromEntries(
  OBJECT_KINDS.map((k) => [k, KIND_TRAITS[k].table]),
) as never;

export function isCaseItemKind(kind: string | null): kind is CaseItemKind {
  return (CASE_ITEM_KINDS as readonly (string | null)[]).includes(kind);
}
