// A case file is admitted only if every part of it can be explained: each original is referenced
// by an article, each reference resolves (inside the file or in this library), no id names two
// kinds of thing, text fields stay within bounds, the audit entries are what their hashes say and
// describe objects in the file, and the originals it would add fit the import quota. All of this
// runs before the merge's transaction, so a refused file changes nothing.
import type { CaseContents } from '../db/records';
import { ContractError } from '../../../shared/contract/errors';
import { CASE_FILE_ADMISSION } from '../../../shared/contract/limits';
import { KIND_TABLES, OBJECT_KINDS } from '../../../shared/contract/objectKinds';
import { auditRowHash } from '../services/audit';
import type { Ctx } from '../services/context';

const a = (kind: string) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;

function refuse(message: string): never {
  throw new ContractError('invalid_input', `This case file was refused and nothing was imported: ${message}`);
}

const RICH_FIELDS = new Set([
  'note_json',
  'note_text',
  'summary_json',
  'summary_text',
  'description_json',
  'description_text',
  'detected_json',
  'page_starts',
  'before_json',
  'after_json',
]);

/** Every string in a record, with the path to it, checked against its bound. */
function checkTextBounds(where: string, value: unknown, field = ''): void {
  if (typeof value === 'string') {
    const limit =
      field === 'text' && where.startsWith('article')
        ? CASE_FILE_ADMISSION.maxArticleTextChars
        : RICH_FIELDS.has(field)
          ? CASE_FILE_ADMISSION.maxRichTextChars
          : CASE_FILE_ADMISSION.maxFieldChars;
    if (value.length > limit)
      refuse(`${where}: the field "${field}" is ${value.length} characters long, over its limit of ${limit}.`);
  } else if (Array.isArray(value)) {
    value.forEach((v) => checkTextBounds(where, v, field));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkTextBounds(where, v, k);
  }
}

/**
 * What each of `ids` already names in this library (object kinds, ratings and aliases), read with
 * one statement per table rather than one per id and table: a case file names thousands of ids.
 */
function libraryKinds(ctx: Ctx, ids: Iterable<string>): Map<string, string> {
  const json = JSON.stringify([...new Set(ids)]);
  const tables: [string, string][] = [
    ...OBJECT_KINDS.map((kind): [string, string] => [kind, KIND_TABLES[kind]]),
    ['rating', 'source_ratings'],
    ['alias', 'entity_aliases'],
  ];
  const found = new Map<string, string>();
  // Reversed, so that the first kind listed wins should two tables ever hold one id (as kindOf reads them).
  for (const [kind, table] of tables.reverse()) {
    const present = ctx.db
      .prepare(`SELECT id FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
      .pluck()
      .all(json) as string[];
    for (const id of present) found.set(id, kind);
  }
  return found;
}

/** Every id the file names: its records' own and those they refer to. */
function namedIds(c: CaseContents): string[] {
  const ids = [c.caseRecord.id, ...c.caseRecord.items.map((i) => i.item_id)];
  for (const a of c.articles) {
    ids.push(a.id, ...a.authors.map((au) => au.source_id));
    if (a.publisher_source_id) ids.push(a.publisher_source_id);
  }
  for (const s of c.sources) {
    ids.push(s.id, ...s.ratings.map((r) => r.id));
    if (s.parent_id) ids.push(s.parent_id);
  }
  for (const e of c.excerpts) {
    ids.push(e.id, e.article_id);
    if (e.source_id) ids.push(e.source_id);
  }
  for (const e of c.entities) {
    ids.push(e.id, ...e.aliases.map((a) => a.id));
    for (const m of e.mentions) {
      ids.push(m.id, m.article_id);
      if (m.excerpt_id) ids.push(m.excerpt_id);
    }
  }
  for (const r of c.relationships) ids.push(r.id, r.from_entity_id, r.to_entity_id, ...r.excerpt_ids);
  for (const w of c.webCaptures ?? []) ids.push(w.article_id);
  return ids;
}

export function checkCaseFileAdmission(ctx: Ctx, contents: CaseContents): void {
  const c = contents;
  // Text bounds first: everything after this may look at the strings.
  checkTextBounds(`case ${c.caseRecord.id}`, c.caseRecord);
  c.articles.forEach((r) => checkTextBounds(`article ${r.id}`, r));
  c.sources.forEach((r) => checkTextBounds(`source ${r.id}`, r));
  c.excerpts.forEach((r) => checkTextBounds(`excerpt ${r.id}`, r));
  c.entities.forEach((r) => checkTextBounds(`entity ${r.id}`, r));
  c.relationships.forEach((r) => checkTextBounds(`relationship ${r.id}`, r));
  c.audit.forEach((r) => checkTextBounds(`audit entry ${r.seq}`, r));

  // One id, one thing: across kinds in the file, and against what the id already names here.
  const inLibrary = libraryKinds(ctx, namedIds(c));
  const libraryKindOf = (id: string) => inLibrary.get(id) ?? null;
  const kinds = new Map<string, string>();
  const claim = (id: string, kind: string) => {
    const earlier = kinds.get(id);
    if (earlier)
      refuse(
        earlier === kind
          ? `two ${kind} records have the id ${id}.`
          : `the id ${id} names both ${a(earlier)} and ${a(kind)}; ids must name one thing.`,
      );
    kinds.set(id, kind);
    const here = libraryKindOf(id);
    if (here && here !== kind)
      refuse(`the id ${id} is ${a(kind)} in the file but ${a(here)} in this library; ids must name one thing.`);
  };
  claim(c.caseRecord.id, 'case');
  for (const a of c.articles) claim(a.id, 'article');
  for (const s of c.sources) {
    claim(s.id, 'source');
    for (const r of s.ratings) claim(r.id, 'rating');
  }
  for (const e of c.excerpts) claim(e.id, 'excerpt');
  for (const e of c.entities) {
    claim(e.id, 'entity');
    for (const a of e.aliases) claim(a.id, 'alias');
    for (const m of e.mentions) claim(m.id, 'mention');
  }
  for (const r of c.relationships) claim(r.id, 'relationship');

  // Every reference resolves, to the right kind, in the file or in this library.
  const resolves = (id: string, kind: string, from: string) => {
    if ((kinds.get(id) ?? libraryKindOf(id)) !== kind)
      refuse(`${from} points to the ${kind} ${id}, which is neither in the file nor in this library.`);
  };
  for (const a of c.articles) {
    if (a.publisher_source_id) resolves(a.publisher_source_id, 'source', `article ${a.id}`);
    for (const author of a.authors) resolves(author.source_id, 'source', `article ${a.id}`);
  }
  for (const s of c.sources) if (s.parent_id) resolves(s.parent_id, 'source', `source ${s.id}`);
  for (const e of c.excerpts) {
    resolves(e.article_id, 'article', `excerpt ${e.id}`);
    if (e.source_id) resolves(e.source_id, 'source', `excerpt ${e.id}`);
  }
  for (const e of c.entities) {
    for (const m of e.mentions) {
      resolves(m.article_id, 'article', `mention ${m.id}`);
      if (m.excerpt_id) resolves(m.excerpt_id, 'excerpt', `mention ${m.id}`);
    }
  }
  for (const r of c.relationships) {
    resolves(r.from_entity_id, 'entity', `relationship ${r.id}`);
    resolves(r.to_entity_id, 'entity', `relationship ${r.id}`);
    for (const x of r.excerpt_ids) resolves(x, 'excerpt', `relationship ${r.id}`);
  }
  for (const item of c.caseRecord.items) resolves(item.item_id, item.item_kind, `the case's item list`);

  // A web capture belongs to an article in the file, and its WARC and snapshots are originals.
  for (const w of c.webCaptures ?? []) resolves(w.article_id, 'article', `the web capture of ${w.requested_url}`);

  // Every original is some article's, or a web capture's WARC or snapshot; and the new ones fit the quota.
  const referenced = new Set(c.articles.map((a) => a.original_sha256));
  for (const w of c.webCaptures ?? []) {
    for (const sha of [w.warc_sha256, w.screenshot_sha256, w.pdf_sha256]) if (sha) referenced.add(sha);
  }
  const stored = new Set(
    ctx.db
      .prepare('SELECT sha256 FROM originals WHERE sha256 IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify([...c.originals.keys()])) as string[],
  );
  let newBytes = 0;
  for (const [sha, bytes] of c.originals) {
    if (!referenced.has(sha))
      refuse(
        `the original ${sha} is not the original of any article, nor a web capture’s WARC or snapshot, in the file (unreferenced data is not admitted).`,
      );
    if (!stored.has(sha)) newBytes += bytes.byteLength;
  }
  if (newBytes > CASE_FILE_ADMISSION.importQuotaBytes) {
    refuse(
      `it would add ${newBytes} bytes of originals, over the ${CASE_FILE_ADMISSION.importQuotaBytes}-byte quota for one import. Ask the sender to split the case.`,
    );
  }

  // The sender's audit entries: each must be what its hash says, about an object in the file.
  // They are kept as the sender's history (imported_audit), apart from this library's own chain.
  for (const entry of c.audit) {
    if (auditRowHash(entry) !== entry.hash)
      refuse(`audit.json entry ${entry.seq} (${entry.action}) does not match its own hash: it was altered or forged.`);
    if (!kinds.has(entry.object_id))
      refuse(
        `audit.json entry ${entry.seq} (${entry.action}) is about ${entry.object_id}, which the file does not contain.`,
      );
  }
}
