// Exporting a case as a portable case file. Records are canonical JSON and every ZIP entry carries
// the same fixed timestamp, so exporting an unchanged case twice gives byte-identical entries; only
// the manifest (which says when it was exported) differs.
import { zipSync, type Zippable } from 'fflate';
import {
  CASE_FILE_FORMAT,
  CASE_FILE_VERSION,
  ENTRY_PATHS,
  type AuditRecord,
  type Manifest,
} from '../../../shared/contract/caseFile';
import { ContractError } from '../../../shared/contract/errors';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import {
  articleToWire,
  caseToWire,
  entityToWire,
  excerptToWire,
  relationshipToWire,
  sourceToWire,
  articles,
  cases,
  entities,
  excerpts,
  relationships,
  sources,
  type ArticleRecord,
  type ArticleRow,
  type CaseContents,
  type CaseItemRecord,
  type EntityRecord,
  type EntityRow,
  type ExcerptRow,
  type MentionRecord,
  type RatingRecord,
  type RelationshipRecord,
  type RelationshipRow,
  type SourceRecord,
  type SourceRow,
} from '../db/records';
import type { Ctx } from '../services/context';
import { sha256Hex } from '../services/hash';
import { collectWebCaptures } from '../capture/caseFileCaptures';

/** 1980-01-01, the earliest time a ZIP entry can carry. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
/** Deflate level of every entry (the bench zips its raw counterpart at the same level). */
export const CASE_FILE_ZIP_LEVEL = 6;

function rows<T>(ctx: Ctx, sql: string, ...params: unknown[]): T[] {
  return ctx.db.prepare(sql).all(...params) as T[];
}

/**
 * The rows of `sql` (which binds the ids as a JSON array and selects the owner's id as `owner`),
 * grouped by owner in the statement's order. One statement for all of a case's objects instead of
 * one per object: a case holds thousands.
 */
function rowsByOwner<T>(ctx: Ctx, sql: string, ids: Iterable<string>): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const { owner, ...row } of rows<{ owner: string }>(ctx, sql, JSON.stringify([...ids]))) {
    const list = grouped.get(owner);
    if (list) list.push(row as T);
    else grouped.set(owner, [row as T]);
  }
  return grouped;
}

/** Every row of a record table whose id is one of `ids`, by id. */
function rowsById<Row extends { id: string }>(
  ctx: Ctx,
  table: { name: string; list(): string },
  ids: Iterable<string>,
): Map<string, Row> {
  const found = rows<Row>(
    ctx,
    `SELECT ${table.list()} FROM ${table.name} WHERE id IN (SELECT value FROM json_each(?))`,
    JSON.stringify([...ids]),
  );
  return new Map(found.map((r) => [r.id, r]));
}

const IN_IDS = 'IN (SELECT value FROM json_each(?))';
/** The order localeCompare gives, from one collator rather than one lookup per comparison. */
const byLocale = new Intl.Collator();
const TAGS_SQL = `SELECT ot.object_id AS owner, t.name FROM object_tags ot JOIN tags t ON t.id = ot.tag_id WHERE ot.object_id ${IN_IDS} ORDER BY ot.object_id, t.name`;

function tagsByObject(ctx: Ctx, ids: Iterable<string>): Map<string, string[]> {
  const grouped = rowsByOwner<{ name: string }>(ctx, TAGS_SQL, ids);
  return new Map([...grouped].map(([id, list]) => [id, list.map((r) => r.name)]));
}

/** Everything the case file of `caseId` holds, read from the library. */
export function collectCase(ctx: Ctx, caseId: string): CaseContents {
  const c = cases.get(ctx.db, caseId);
  if (!c) throw new ContractError('not_found', `No case has the id ${caseId}.`);
  const items = rows<CaseItemRecord>(
    ctx,
    'SELECT item_id, item_kind, added_at, added_by FROM case_items WHERE case_id = ? ORDER BY item_id',
    caseId,
  );
  const idsOf = (kind: string) => items.filter((i) => i.item_kind === kind).map((i) => i.item_id);

  const excerptIds = new Set(idsOf('excerpt'));
  const excerptById = rowsById<ExcerptRow>(ctx, excerpts, excerptIds);
  const excerptRows = [...excerptIds].map((id) => excerptById.get(id)!);
  const articleIds = new Set([...idsOf('article'), ...excerptRows.map((e) => e.article_id)]);
  const articleById = rowsById<ArticleRow>(ctx, articles, articleIds);
  const articleRows: ArticleRow[] = [...articleIds].sort().map((id) => articleById.get(id)!);

  // Sources: the case's own, those excerpts are attributed to, publishers and authors, and the
  // publications they sit under, so every reference in the file resolves inside it.
  const sourceIds = new Set(idsOf('source'));
  for (const e of excerptRows) if (e.source_id) sourceIds.add(e.source_id);
  for (const a of articleRows) if (a.publisher_source_id) sourceIds.add(a.publisher_source_id);
  const authorRows = rowsByOwner<ArticleRecord['authors'][number]>(
    ctx,
    `SELECT article_id AS owner, source_id, position FROM article_authors WHERE article_id ${IN_IDS} ORDER BY article_id, position, source_id`,
    articleIds,
  );
  for (const authors of authorRows.values()) for (const au of authors) sourceIds.add(au.source_id);
  // Parents a level at a time, each level in one statement.
  const sourceById = new Map<string, SourceRow>();
  for (let level = [...sourceIds]; level.length;) {
    const found = rowsById<SourceRow>(ctx, sources, level);
    level = [];
    for (const [id, row] of found) {
      sourceById.set(id, row);
      if (row.parent_id && !sourceIds.has(row.parent_id)) {
        sourceIds.add(row.parent_id);
        level.push(row.parent_id);
      }
    }
  }

  const entityIds = new Set(idsOf('entity'));
  const entityJson = JSON.stringify([...entityIds]);
  const relationshipRows = rows<RelationshipRow>(
    ctx,
    `SELECT ${relationships.list()} FROM relationships WHERE from_entity_id IN (SELECT value FROM json_each(?)) AND to_entity_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    entityJson,
    entityJson,
  );

  const articleRecords: ArticleRecord[] = articleRows.map((a) => ({ ...a, authors: authorRows.get(a.id) ?? [] }));
  const originals = new Map<string, Uint8Array>();
  const originalBytes = new Map(
    rows<{ sha256: string; bytes: Buffer }>(
      ctx,
      `SELECT sha256, bytes FROM originals WHERE sha256 ${IN_IDS}`,
      JSON.stringify([...new Set(articleRows.map((a) => a.original_sha256))]),
    ).map((o) => [o.sha256, o.bytes]),
  );
  for (const a of articleRows) originals.set(a.original_sha256, originalBytes.get(a.original_sha256)!);
  const sourceAliases = rowsByOwner<{ alias: string }>(
    ctx,
    `SELECT source_id AS owner, alias FROM source_aliases WHERE source_id ${IN_IDS} ORDER BY source_id, alias`,
    sourceIds,
  );
  const sourceRatings = rowsByOwner<RatingRecord>(
    ctx,
    `SELECT source_id AS owner, id, reliability, rationale, analyst, rated_at FROM source_ratings WHERE source_id ${IN_IDS} ORDER BY source_id, rated_at, seq`,
    sourceIds,
  );
  const sourceRecords = [...sourceIds].sort().map((id): SourceRecord => ({
    ...sourceById.get(id)!,
    aliases: (sourceAliases.get(id) ?? []).map((r) => r.alias),
    ratings: sourceRatings.get(id) ?? [],
  }));
  const tags = tagsByObject(ctx, [...excerptIds, ...entityIds]);
  const excerptRecords = excerptRows
    .sort((a: ExcerptRow, b: ExcerptRow) => byLocale.compare(a.id, b.id))
    .map((e) => ({ ...e, tags: tags.get(e.id) ?? [] }));
  const entityById = rowsById<EntityRow>(ctx, entities, entityIds);
  const entityAliases = rowsByOwner<EntityRecord['aliases'][number]>(
    ctx,
    `SELECT entity_id AS owner, id, text, script, normalized FROM entity_aliases WHERE entity_id ${IN_IDS} ORDER BY entity_id, id`,
    entityIds,
  );
  const externalIds = rowsByOwner<EntityRecord['external_ids'][number]>(
    ctx,
    `SELECT entity_id AS owner, key, value FROM entity_external_ids WHERE entity_id ${IN_IDS} ORDER BY entity_id, key, value`,
    entityIds,
  );
  const entityMentions = rowsByOwner<MentionRecord>(
    ctx,
    `SELECT entity_id AS owner, id, article_id, excerpt_id, start, "end", exact, status, created_at, created_by FROM mentions WHERE entity_id ${IN_IDS} ORDER BY entity_id, id`,
    entityIds,
  );
  const entityRecords = [...entityIds].sort().map((id): EntityRecord => ({
    ...entityById.get(id)!,
    aliases: entityAliases.get(id) ?? [],
    external_ids: externalIds.get(id) ?? [],
    tags: tags.get(id) ?? [],
    mentions: (entityMentions.get(id) ?? [])
      .filter((m) => articleIds.has(m.article_id))
      .map((m) => ({ ...m, excerpt_id: m.excerpt_id && excerptIds.has(m.excerpt_id) ? m.excerpt_id : null })),
  }));
  const backing = rowsByOwner<{ excerpt_id: string }>(
    ctx,
    `SELECT relationship_id AS owner, excerpt_id FROM relationship_excerpts WHERE relationship_id ${IN_IDS} ORDER BY relationship_id, excerpt_id`,
    relationshipRows.map((r) => r.id),
  );
  const relationshipRecords = relationshipRows.map((r): RelationshipRecord => ({
    ...r,
    excerpt_ids: (backing.get(r.id) ?? []).map((x) => x.excerpt_id).filter((x) => excerptIds.has(x)),
  }));

  const objectIds = new Set([
    caseId,
    ...articleIds,
    ...sourceIds,
    ...excerptIds,
    ...entityIds,
    ...relationshipRecords.map((r) => r.id),
  ]);
  // The items' history: this library's entries (without its own import bookkeeping) and those that
  // came from teammates' case files, each with its original chain hashes, once each. A row's
  // states_json is left out: it can describe objects of the same transaction outside this case.
  // In no particular order: the entries are sorted below by (at, hash), and a hash is unique, so
  // an ORDER BY seq would only make SQLite sort megabytes of rows (through a temporary file). The
  // columns in key order (states_sha256 is added last), so canonicalJson writes each row as it is
  // rather than copying 11,000 objects into key order first.
  const idsJson = JSON.stringify([...objectIds]);
  const local = rows<AuditRecord & { states_json: string }>(
    ctx,
    "SELECT action, after_json, analyst, at, before_json, hash, object_id, object_kind, prev_hash, seq, states_json FROM audit_log WHERE object_id IN (SELECT value FROM json_each(?)) AND action <> 'case.import'",
    idsJson,
  ).map(({ states_json: states, ...entry }): AuditRecord =>
    states ? { ...entry, states_sha256: sha256Hex(states) } : entry,
  );
  const imported = rows<{ entry_json: string }>(
    ctx,
    'SELECT entry_json FROM imported_audit WHERE object_id IN (SELECT value FROM json_each(?))',
    idsJson,
  ).map((r) => JSON.parse(r.entry_json) as AuditRecord);
  const byHash = new Map([...imported, ...local].map((r) => [r.hash, r]));
  const audit = [...byHash.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.hash < b.hash ? -1 : 1));
  // Web captures travel with their WARC and snapshots, so the teammate can replay and verify them.
  const webCaptures = collectWebCaptures(
    ctx,
    articleRows.map((a) => a.id),
    originals,
  );
  return {
    caseRecord: { ...c, items },
    articles: articleRecords,
    originals,
    sources: sourceRecords,
    excerpts: excerptRecords,
    entities: entityRecords,
    relationships: relationshipRecords,
    audit,
    webCaptures,
  };
}

export interface ExportedCaseFile {
  bytes: Uint8Array;
  manifest: Manifest;
}

/**
 * Encodes each value's canonical JSON as UTF-8 into views of a few shared 4 MB buffers rather than
 * one new buffer per entry (an export writes thousands of small entries). Buffer.write: on fresh
 * JSON strings 83 ms for the bench case's 12,000 entries, against 130 for TextEncoder.encode and
 * 171 for TextEncoder.encodeInto.
 */
function utf8Chunks(): (value: unknown) => Uint8Array {
  let chunk = Buffer.alloc(0);
  let used = 0;
  return (value) => {
    const text = canonicalJson(value);
    // UTF-8 takes at most three bytes for each UTF-16 code unit, so the text always fits whole.
    if (chunk.byteLength - used < text.length * 3) {
      chunk = Buffer.allocUnsafe(Math.max(4 << 20, text.length * 3));
      used = 0;
    }
    const written = chunk.write(text, used);
    const bytes = chunk.subarray(used, used + written);
    used += written;
    return bytes;
  };
}

export function buildCaseFile(
  contents: CaseContents,
  appVersion: string,
  exportedAt: string,
  auditHead: Manifest['auditHead'] = null,
): ExportedCaseFile {
  const entries = new Map<string, Uint8Array>();
  const json = utf8Chunks();
  // Each record as its kind's module writes it for the wire (format 2: the API object's shape).
  entries.set(ENTRY_PATHS.case, json(caseToWire(contents.caseRecord)));
  entries.set(ENTRY_PATHS.audit, json(contents.audit));
  for (const a of contents.articles) entries.set(ENTRY_PATHS.article(a.id), json(articleToWire(a)));
  for (const [sha, bytes] of contents.originals) entries.set(ENTRY_PATHS.original(sha), bytes);
  for (const s of contents.sources) entries.set(ENTRY_PATHS.source(s.id), json(sourceToWire(s)));
  for (const e of contents.excerpts) entries.set(ENTRY_PATHS.excerpt(e.id), json(excerptToWire(e)));
  for (const e of contents.entities) entries.set(ENTRY_PATHS.entity(e.id), json(entityToWire(e)));
  for (const r of contents.relationships) entries.set(ENTRY_PATHS.relationship(r.id), json(relationshipToWire(r)));
  for (const w of contents.webCaptures ?? []) entries.set(ENTRY_PATHS.webCapture(w.article_id), json(w));
  const paths = [...entries.keys()].sort();
  const manifest: Manifest = {
    format: CASE_FILE_FORMAT,
    formatVersion: CASE_FILE_VERSION,
    appVersion,
    exportedAt,
    caseId: contents.caseRecord.id,
    entries: paths.map((path) => ({
      path,
      sha256: sha256Hex(entries.get(path)!),
      size: entries.get(path)!.byteLength,
    })),
    auditHead,
  };
  const zippable: Zippable = {
    'manifest.json': [
      new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
      { mtime: FIXED_MTIME, level: CASE_FILE_ZIP_LEVEL },
    ],
  };
  for (const path of paths) {
    zippable[path] = [entries.get(path)!, { mtime: FIXED_MTIME, level: CASE_FILE_ZIP_LEVEL }];
  }
  return { bytes: zipSync(zippable, { mtime: FIXED_MTIME }), manifest };
}
