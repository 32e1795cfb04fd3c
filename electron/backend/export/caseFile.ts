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
  type ExcerptRow,
  type MentionRecord,
  type RatingRecord,
  type RelationshipRecord,
  type RelationshipRow,
  type SourceRecord,
} from '../db/records';
import type { Ctx } from '../services/context';
import { sha256Hex } from '../services/hash';
import { collectWebCaptures } from '../capture/caseFileCaptures';

/** 1980-01-01, the earliest time a ZIP entry can carry. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

function rows<T>(ctx: Ctx, sql: string, ...params: unknown[]): T[] {
  return ctx.db.prepare(sql).all(...params) as T[];
}

function tagsOf(ctx: Ctx, objectId: string): string[] {
  return rows<{ name: string }>(
    ctx,
    'SELECT t.name FROM object_tags ot JOIN tags t ON t.id = ot.tag_id WHERE ot.object_id = ? ORDER BY t.name',
    objectId,
  ).map((r) => r.name);
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
  const excerptRows = [...excerptIds].map((id) => excerpts.get(ctx.db, id)!);
  const articleIds = new Set([...idsOf('article'), ...excerptRows.map((e) => e.article_id)]);
  const articleRows: ArticleRow[] = [...articleIds].sort().map((id) => articles.get(ctx.db, id)!);

  // Sources: the case's own, those excerpts are attributed to, publishers and authors, and the
  // publications they sit under, so every reference in the file resolves inside it.
  const sourceIds = new Set(idsOf('source'));
  for (const e of excerptRows) if (e.source_id) sourceIds.add(e.source_id);
  for (const a of articleRows) if (a.publisher_source_id) sourceIds.add(a.publisher_source_id);
  const authorRows = new Map<string, ArticleRecord['authors']>();
  for (const a of articleRows) {
    const authors = rows<ArticleRecord['authors'][number]>(
      ctx,
      'SELECT source_id, position FROM article_authors WHERE article_id = ? ORDER BY position, source_id',
      a.id,
    );
    authorRows.set(a.id, authors);
    for (const au of authors) sourceIds.add(au.source_id);
  }
  for (const queue = [...sourceIds]; queue.length;) {
    const parent = sources.get(ctx.db, queue.pop()!)?.parent_id;
    if (parent && !sourceIds.has(parent)) {
      sourceIds.add(parent);
      queue.push(parent);
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
  for (const a of articleRows) {
    const o = ctx.db.prepare('SELECT bytes FROM originals WHERE sha256 = ?').get(a.original_sha256) as {
      bytes: Buffer;
    };
    originals.set(a.original_sha256, o.bytes);
  }
  const sourceRecords = [...sourceIds].sort().map((id): SourceRecord => ({
    ...sources.get(ctx.db, id)!,
    aliases: rows<{ alias: string }>(
      ctx,
      'SELECT alias FROM source_aliases WHERE source_id = ? ORDER BY alias',
      id,
    ).map((r) => r.alias),
    ratings: rows<RatingRecord>(
      ctx,
      'SELECT id, reliability, rationale, analyst, rated_at FROM source_ratings WHERE source_id = ? ORDER BY rated_at, seq',
      id,
    ),
  }));
  const excerptRecords = excerptRows
    .sort((a: ExcerptRow, b: ExcerptRow) => a.id.localeCompare(b.id))
    .map((e) => ({ ...e, tags: tagsOf(ctx, e.id) }));
  const entityRecords = [...entityIds].sort().map((id): EntityRecord => ({
    ...entities.get(ctx.db, id)!,
    aliases: rows<EntityRecord['aliases'][number]>(
      ctx,
      'SELECT id, text, script, normalized FROM entity_aliases WHERE entity_id = ? ORDER BY id',
      id,
    ),
    external_ids: rows<EntityRecord['external_ids'][number]>(
      ctx,
      'SELECT key, value FROM entity_external_ids WHERE entity_id = ? ORDER BY key, value',
      id,
    ),
    tags: tagsOf(ctx, id),
    mentions: rows<MentionRecord>(
      ctx,
      'SELECT id, article_id, excerpt_id, start, "end", exact, status, created_at, created_by FROM mentions WHERE entity_id = ? ORDER BY id',
      id,
    )
      .filter((m) => articleIds.has(m.article_id))
      .map((m) => ({ ...m, excerpt_id: m.excerpt_id && excerptIds.has(m.excerpt_id) ? m.excerpt_id : null })),
  }));
  const relationshipRecords = relationshipRows.map((r): RelationshipRecord => ({
    ...r,
    excerpt_ids: rows<{ excerpt_id: string }>(
      ctx,
      'SELECT excerpt_id FROM relationship_excerpts WHERE relationship_id = ? ORDER BY excerpt_id',
      r.id,
    )
      .map((x) => x.excerpt_id)
      .filter((x) => excerptIds.has(x)),
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
  const idsJson = JSON.stringify([...objectIds]);
  const local = rows<AuditRecord & { states_json: string }>(
    ctx,
    "SELECT seq, at, analyst, action, object_kind, object_id, before_json, after_json, prev_hash, hash, states_json FROM audit_log WHERE object_id IN (SELECT value FROM json_each(?)) AND action <> 'case.import' ORDER BY seq",
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

export function buildCaseFile(
  contents: CaseContents,
  appVersion: string,
  exportedAt: string,
  auditHead: Manifest['auditHead'] = null,
): ExportedCaseFile {
  const entries = new Map<string, Uint8Array>();
  const json = (value: unknown) => new TextEncoder().encode(canonicalJson(value));
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
    'manifest.json': [new TextEncoder().encode(JSON.stringify(manifest, null, 2)), { mtime: FIXED_MTIME }],
  };
  for (const path of paths) {
    zippable[path] = [entries.get(path)!, { mtime: FIXED_MTIME, level: 6 }];
  }
  return { bytes: zipSync(zippable, { mtime: FIXED_MTIME }), manifest };
}
