// One module per kind of record (article, source, excerpt, entity, relationship, case): its row
// type and columns, the stored part of its API object, its case-file record, what tells two of its
// versions apart in a merge, and the columns elsewhere that refer to it. Services, case-file export
// and import, and merges read a kind through its module, so a new column is a migration plus
// that module (records.test.ts round-trips every kind through a case file).
import type { MergedKind } from '../../../../shared/contract/objectKinds';
import type { AuditRecord, WebCaptureRecord } from '../../../../shared/contract/caseFile';
import {
  ARTICLE_EDITABLE,
  articleFields,
  articleFingerprint,
  articles,
  type ArticleRecord,
  type ArticleRow,
} from './article';
import { CASE_EDITABLE, caseFields, caseFingerprint, cases, type CaseRecord, type CaseRow } from './case';
import {
  ENTITY_EDITABLE,
  entities,
  entityFields,
  entityFingerprint,
  type EntityRecord,
  type EntityRow,
} from './entity';
import {
  EXCERPT_EDITABLE,
  excerptFields,
  excerptFingerprint,
  excerpts,
  type ExcerptRecord,
  type ExcerptRow,
} from './excerpt';
import type { RelationshipRecord } from './relationship';
import { SOURCE_EDITABLE, sourceFields, sourceFingerprint, sources, type SourceRecord, type SourceRow } from './source';
import type { RecordTable } from './table';

export * from './article';
export * from './case';
export * from './entity';
export * from './excerpt';
export * from './reference';
export * from './relationship';
export * from './source';

/** Everything a case file holds, as records. */
export interface CaseContents {
  caseRecord: CaseRecord;
  articles: ArticleRecord[];
  originals: Map<string, Uint8Array>;
  sources: SourceRecord[];
  excerpts: ExcerptRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
  audit: AuditRecord[];
  /** Web captures of the case's articles (absent in files from before web capture). */
  webCaptures?: WebCaptureRecord[];
}

interface MergedRows {
  article: ArticleRow;
  source: SourceRow;
  excerpt: ExcerptRow;
  entity: EntityRow;
  case: CaseRow;
}

type Loose = Record<string, unknown>;

/** How a case-file merge reads, compares and fast-forwards each kind it merges. */
export const MERGED: {
  [K in MergedKind]: {
    table: RecordTable<MergedRows[K]>;
    editable: readonly (keyof MergedRows[K] & string)[];
    /** The API shape of a row (or of a case-file record, which holds the row). */
    fields: (row: MergedRows[K]) => Loose;
    /** Two versions with the same fingerprint are the same version; reads the API shape. */
    fingerprint: (apiShaped: Loose) => string;
  };
} = {
  article: { table: articles, editable: ARTICLE_EDITABLE, fields: articleFields, fingerprint: articleFingerprint },
  source: { table: sources, editable: SOURCE_EDITABLE, fields: sourceFields, fingerprint: sourceFingerprint },
  excerpt: { table: excerpts, editable: EXCERPT_EDITABLE, fields: excerptFields, fingerprint: excerptFingerprint },
  entity: { table: entities, editable: ENTITY_EDITABLE, fields: entityFields, fingerprint: entityFingerprint },
  case: { table: cases, editable: CASE_EDITABLE, fields: caseFields, fingerprint: caseFingerprint },
};

/** The fingerprint of a row or case-file record (with its tags, for the kinds that carry them). */
export function rowFingerprint<K extends MergedKind>(kind: K, row: MergedRows[K] & { tags?: string[] }): string {
  const m = MERGED[kind] as unknown as { fields: (r: unknown) => Loose; fingerprint: (o: Loose) => string };
  return m.fingerprint({ ...m.fields(row), ...(row.tags && { tags: row.tags }) });
}
