// The raw counterpart of a case-file import: unzip the file and insert the same records into the
// same tables (with their indexes, sort-key triggers and full-text index) with statements prepared
// once, in one transaction. No checks, no merge, no audit: what is left is the floor any import of
// these records pays, so the ratio against it is what Casefile's own layers cost.
import type Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { ENTRY_PATHS } from '../shared/contract/caseFile';
import { toIndexText } from '../shared/domain/searchText';
import {
  articleFromWire,
  articles,
  caseFromWire,
  cases,
  entities,
  entityFromWire,
  excerptFromWire,
  excerpts,
  relationshipFromWire,
  relationships,
  sourceFromWire,
  sources,
  type ArticleWire,
  type CaseWire,
  type EntityWire,
  type ExcerptWire,
  type RelationshipWire,
  type SourceWire,
} from '../electron/backend/db/records';
import type { RecordTable } from '../electron/backend/db/records/table';

function insertOf<Row>(db: Database.Database, table: RecordTable<Row>) {
  const statement = db.prepare(
    `INSERT INTO ${table.name} (${table.columns.map((c) => `"${c}"`).join(', ')}) VALUES (${table.columns.map((c) => `@${c}`).join(', ')})`,
  );
  return (row: Row) =>
    statement.run(Object.fromEntries(table.columns.map((c) => [c, (row as Record<string, unknown>)[c]])));
}

/** Unzips `bytes` and writes its records into `db` (an empty library schema). */
export function rawCaseFileImport(db: Database.Database, bytes: Uint8Array): void {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  const json = <T>(name: string) => JSON.parse(decoder.decode(files[name])) as T;
  const under = (prefix: string) => Object.keys(files).filter((name) => name.startsWith(prefix));

  const original = db.prepare('INSERT INTO originals (sha256, size, bytes) VALUES (?, ?, ?)');
  const source = insertOf(db, sources);
  const sourceAlias = db.prepare('INSERT INTO source_aliases (source_id, alias) VALUES (?, ?)');
  const rating = db.prepare(
    'INSERT INTO source_ratings (id, source_id, reliability, rationale, analyst, rated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const article = insertOf(db, articles);
  const author = db.prepare('INSERT INTO article_authors (article_id, source_id, position) VALUES (?, ?, ?)');
  const excerpt = insertOf(db, excerpts);
  const tag = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = name RETURNING id');
  const objectTag = db.prepare('INSERT INTO object_tags (tag_id, object_id, object_kind) VALUES (?, ?, ?)');
  const entity = insertOf(db, entities);
  const alias = db.prepare(
    'INSERT INTO entity_aliases (id, entity_id, text, script, normalized) VALUES (?, ?, ?, ?, ?)',
  );
  const externalId = db.prepare('INSERT INTO entity_external_ids (entity_id, key, value) VALUES (?, ?, ?)');
  const mention = db.prepare(
    'INSERT INTO mentions (id, entity_id, article_id, excerpt_id, start, "end", exact, status, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const relationship = insertOf(db, relationships);
  const relationshipExcerpt = db.prepare(
    'INSERT INTO relationship_excerpts (relationship_id, excerpt_id) VALUES (?, ?)',
  );
  const theCase = insertOf(db, cases);
  const caseItem = db.prepare(
    'INSERT INTO case_items (case_id, item_id, item_kind, added_at, added_by) VALUES (?, ?, ?, ?, ?)',
  );
  const auditEntry = db.prepare(
    'INSERT INTO imported_audit (hash, object_id, at, entry_json, case_file_sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const doc = db.prepare('INSERT INTO search_docs (object_kind, object_id, field) VALUES (?, ?, ?)');
  const fts = db.prepare('INSERT INTO search_fts (rowid, body) VALUES (?, ?)');
  const index = (kind: string, id: string, field: string, text: string) => {
    if (text.trim()) fts.run(doc.run(kind, id, field).lastInsertRowid, toIndexText(text));
  };
  const tagged = (id: string, kind: string, names: readonly string[]) => {
    for (const name of names) objectTag.run((tag.get(name) as { id: number }).id, id, kind);
  };
  const now = new Date().toISOString();

  db.transaction(() => {
    for (const name of under('originals/')) {
      const bytes = files[name]!;
      original.run(name.slice('originals/'.length), bytes.byteLength, bytes);
    }
    // Parents before children, as the foreign keys ask.
    const sourceRecords = under('sources/').map((name) => sourceFromWire(json<SourceWire>(name)));
    const written = new Set<string>();
    const writeSource = (s: (typeof sourceRecords)[number]) => {
      if (written.has(s.id)) return;
      const parent = s.parent_id && sourceRecords.find((p) => p.id === s.parent_id);
      if (parent) writeSource(parent);
      written.add(s.id);
      source(s);
      for (const a of s.aliases) sourceAlias.run(s.id, a);
      for (const r of s.ratings) rating.run(r.id, s.id, r.reliability, r.rationale, r.analyst, r.rated_at);
      index('source', s.id, 'name', [s.name, ...s.aliases].join(' \n '));
    };
    sourceRecords.forEach(writeSource);
    for (const name of under('articles/')) {
      const a = articleFromWire(json<ArticleWire>(name));
      article(a);
      for (const au of a.authors) author.run(a.id, au.source_id, au.position);
      index('article', a.id, 'title', a.title);
      index('article', a.id, 'text', a.text);
    }
    for (const name of under('excerpts/')) {
      const e = excerptFromWire(json<ExcerptWire>(name));
      excerpt(e);
      tagged(e.id, 'excerpt', e.tags);
      index('excerpt', e.id, 'exact', e.exact);
      index('excerpt', e.id, 'note', e.note_text);
    }
    for (const name of under('entities/')) {
      const n = entityFromWire(json<EntityWire>(name));
      entity(n);
      for (const a of n.aliases) alias.run(a.id, n.id, a.text, a.script, a.normalized);
      for (const x of n.external_ids) externalId.run(n.id, x.key, x.value);
      tagged(n.id, 'entity', n.tags);
      for (const m of n.mentions)
        mention.run(
          m.id,
          n.id,
          m.article_id,
          m.excerpt_id,
          m.start,
          m.end,
          m.exact,
          m.status,
          m.created_at,
          m.created_by,
        );
      index('entity', n.id, 'name', [n.name, ...n.aliases.map((a) => a.text)].join(' \n '));
      index('entity', n.id, 'description', n.description_text);
    }
    for (const name of under('relationships/')) {
      const r = relationshipFromWire(json<RelationshipWire>(name));
      relationship(r);
      for (const x of r.excerpt_ids) relationshipExcerpt.run(r.id, x);
    }
    const c = caseFromWire(json<CaseWire>(ENTRY_PATHS.case));
    theCase(c);
    for (const item of c.items) caseItem.run(c.id, item.item_id, item.item_kind, item.added_at, item.added_by);
    index('case', c.id, 'title', c.title);
    index('case', c.id, 'summary', c.summary_text);
    for (const entry of json<{ hash: string; object_id: string; at: string }[]>(ENTRY_PATHS.audit))
      auditEntry.run(entry.hash, entry.object_id, entry.at, JSON.stringify(entry), 'raw', now);
  }).immediate();
}
