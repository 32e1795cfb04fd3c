// A column that refers to a kind of record, as each record module lists them (references.test.ts
// checks the lists against the schema's foreign keys). For the kinds an analyst can merge (two
// sources or two entities that are the same), each reference also says what the merge does with it,
// so services/mergeReferences.ts handles every listed column the same way and a new one needs no code.

export interface Reference {
  readonly table: string;
  readonly column: string;
}

/** What merging an object into another does with a row that refers to the merged one. */
export type OnMerge =
  /** The row is pointed at the kept object; undo points the same rows back. */
  | 'move'
  /**
   * As 'move', except where the kept object already has the same row (a unique key or check would
   * collide: a tag or case both carry, a mention of the same span, a relationship between the two):
   * that row goes with the merged object, is kept in the merge's record and comes back on undo.
   */
  | 'move-unless-kept-has'
  /** The row is part of the merged object (its own names): it goes with it and comes back on undo. */
  | 'owned';

export interface MergedReference extends Reference {
  readonly onMerge: OnMerge;
  /** Columns referring to this table's `id` whose rows go and come back with a row this merge removes. */
  readonly dependents?: readonly Reference[];
}
