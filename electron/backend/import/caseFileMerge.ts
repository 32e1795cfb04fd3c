// Merging a teammate's case file into this library by stable ids, in one transaction. Nothing is
// overwritten blindly: an item that differs is fast-forwarded only when this library's version
// appears in the teammate's history (our copy is simply older), kept when theirs appears in ours,
// and otherwise both versions are kept and the item is listed as a conflict for the analyst.
// Rating histories, aliases, tags, mentions and case items are unions. Importing the same file
// twice writes nothing the second time.
import type { AuditRecord } from '../../../shared/contract/caseFile';
import {
  MERGED,
  articles,
  cases,
  entities,
  excerpts,
  relationships,
  rowFingerprint,
  sources,
  type ArticleRecord,
  type ArticleRow,
  type CaseContents,
  type EntityRecord,
  type ExcerptRecord,
  type SourceRecord,
} from '../db/records';
import type { MergedKind } from '../../../shared/contract/objectKinds';
import { ContractError } from '../../../shared/contract/errors';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import { reanchor } from '../../../shared/domain/reanchor';
import { indexField } from '../search/searchIndex';
import { flagWatchTerms } from '../services/watch';
import { articleLabel } from '../../../shared/domain/untitled';
import { recordAudit } from '../services/audit';
import { mutate, type Ctx } from '../services/context';
import { reindexEntity, getEntity } from '../services/entities';
import { getSource } from '../services/sources';
import { setTags } from '../services/tags';
import { mergeWebCaptures } from '../capture/caseFileCaptures';
import { prepared } from '../db/statements';

export interface CaseImportResult {
  caseId: string;
  title: string;
  created: Record<
    | 'articles'
    | 'sources'
    | 'ratings'
    | 'excerpts'
    | 'entities'
    | 'aliases'
    | 'mentions'
    | 'relationships'
    | 'caseItems',
    number
  >;
  updated: number;
  conflicts: { id: string; objectKind: string; objectId: string }[];
  reanchored: string[];
  orphaned: string[];
}

type Kind = MergedKind;
type Loose = Record<string, unknown>;

function history(entries: { object_id: string; after_json: string }[], kind: Kind, id: string): Set<string> {
  const prints = new Set<string>();
  for (const e of entries) {
    if (e.object_id !== id || !e.after_json) continue;
    try {
      prints.add(MERGED[kind].fingerprint(JSON.parse(e.after_json) as Loose));
    } catch {
      // not a snapshot of the item (e.g. a rating); irrelevant here
    }
  }
  return prints;
}

type Verdict = 'same' | 'take-remote' | 'keep-local' | 'conflict';

/** What a conflict keeps of the teammate's record: its editable fields, not its text or members. */
function remoteForConflict(kind: Kind, remote: Loose): Loose {
  const {
    text: _text,
    items: _items,
    authors: _authors,
    aliases: _aliases,
    ratings: _ratings,
    mentions: _mentions,
    external_ids: _ids,
    ...fields
  } = remote;
  void kind;
  return fields;
}

export function mergeCaseFile(ctx: Ctx, contents: CaseContents, caseFileSha256: string): CaseImportResult {
  return mutate(ctx, () => {
    const result: CaseImportResult = {
      caseId: contents.caseRecord.id,
      title: contents.caseRecord.title,
      created: {
        articles: 0,
        sources: 0,
        ratings: 0,
        excerpts: 0,
        entities: 0,
        aliases: 0,
        mentions: 0,
        relationships: 0,
        caseItems: 0,
      },
      updated: 0,
      conflicts: [],
      reanchored: [],
      orphaned: [],
    };
    const remoteAudit: AuditRecord[] = contents.audit;
    const localAudit = (id: string) =>
      prepared(ctx.db, 'SELECT object_id, after_json FROM audit_log WHERE object_id = ?').all(id) as {
        object_id: string;
        after_json: string;
      }[];
    const run = (sql: string, ...params: unknown[]) => prepared(ctx.db, sql).run(...params).changes;

    const judge = (kind: Kind, local: Loose, remote: Loose, id: string): Verdict => {
      // A row and a case-file record are both read through the kind's record module, in the API's shape.
      const mine = rowFingerprint(kind, local as never);
      const theirs = rowFingerprint(kind, remote as never);
      if (mine === theirs) return 'same';
      if (history(remoteAudit, kind, id).has(mine)) return 'take-remote';
      if (history(localAudit(id), kind, id).has(theirs)) return 'keep-local';
      // The analyst already chose between ours and exactly this version of theirs.
      const settled = prepared(
        ctx.db,
        'SELECT 1 FROM conflicts WHERE object_id = ? AND remote_json = ? AND resolved_at IS NOT NULL',
      ).get(id, canonicalJson(remoteForConflict(kind, remote)));
      return settled ? 'keep-local' : 'conflict';
    };
    const conflict = (kind: Kind, id: string, local: unknown, remote: Loose) => {
      const remoteJson = canonicalJson(remoteForConflict(kind, remote));
      const open = prepared(
        ctx.db,
        'SELECT id FROM conflicts WHERE object_id = ? AND remote_json = ? AND resolved_at IS NULL',
      ).get(id, remoteJson) as { id: string } | undefined;
      if (open) return;
      const conflictId = ctx.newId();
      prepared(
        ctx.db,
        'INSERT INTO conflicts (id, object_kind, object_id, local_json, remote_json, case_file_sha256, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(conflictId, kind, id, canonicalJson(local), remoteJson, caseFileSha256, ctx.now());
      result.conflicts.push({ id: conflictId, objectKind: kind, objectId: id });
    };

    // Originals first: everything else points at them.
    for (const [sha, bytes] of contents.originals)
      run(
        'INSERT OR IGNORE INTO originals (sha256, size, bytes) VALUES (?, ?, ?)',
        sha,
        bytes.byteLength,
        Buffer.from(bytes),
      );

    // Sources, parents before children.
    const byId = new Map(contents.sources.map((s) => [s.id, s]));
    const ordered: SourceRecord[] = [];
    const visit = (s: SourceRecord, depth = 0) => {
      if (ordered.includes(s) || depth > 100) return;
      if (s.parent_id && byId.has(s.parent_id)) visit(byId.get(s.parent_id)!, depth + 1);
      ordered.push(s);
    };
    contents.sources.forEach((s) => visit(s));
    for (const s of ordered) {
      const local = sources.get(ctx.db, s.id);
      let touched = !local;
      if (!local) {
        if (s.parent_id && !sources.get(ctx.db, s.parent_id))
          throw new ContractError(
            'invalid_input',
            `The case file's source ${s.name} sits under a source the file does not contain.`,
          );
        sources.insert(ctx.db, s);
        result.created.sources++;
      } else {
        const verdict = judge('source', local, s, s.id);
        if (verdict === 'take-remote') {
          applyRemote(ctx, 'source', s);
          result.updated++;
          touched = true;
        } else if (verdict === 'conflict') conflict('source', s.id, local, s);
      }
      for (const alias of s.aliases)
        touched =
          run('INSERT OR IGNORE INTO source_aliases (source_id, alias) VALUES (?, ?)', s.id, alias) > 0 || touched;
      for (const r of s.ratings) {
        result.created.ratings += run(
          'INSERT OR IGNORE INTO source_ratings (id, source_id, reliability, rationale, analyst, rated_at) VALUES (?, ?, ?, ?, ?, ?)',
          r.id,
          s.id,
          r.reliability,
          r.rationale,
          r.analyst,
          r.rated_at,
        );
      }
      // Reindexing rewrites index rows, so only what changed is reindexed: a repeated import writes nothing.
      if (touched) {
        const current = getSource(ctx, s.id);
        indexField(ctx.db, 'source', s.id, 'name', [current.name, ...current.aliases].join(' \n '));
      }
    }

    // Articles: the same id, or the same original bytes under another id, is the local copy.
    const articleMap = new Map<string, { id: string; text: string; textSha256: string }>();
    for (const a of contents.articles) {
      const local =
        articles.get(ctx.db, a.id) ??
        (prepared(ctx.db, `SELECT ${articles.list()} FROM articles WHERE original_sha256 = ?`).get(
          a.original_sha256,
        ) as ArticleRow | undefined);
      if (!local) {
        insertArticle(ctx, a);
        result.created.articles++;
        articleMap.set(a.id, { id: a.id, text: a.text, textSha256: a.text_sha256 });
        continue;
      }
      articleMap.set(a.id, { id: local.id, text: local.text, textSha256: local.text_sha256 });
      if (local.id === a.id) {
        const verdict = judge('article', local, a, a.id);
        if (verdict === 'take-remote') {
          applyRemote(ctx, 'article', a);
          result.updated++;
        } else if (verdict === 'conflict') {
          const { text: _t, ...localMeta } = local;
          conflict('article', a.id, localMeta, a);
        }
      }
      for (const au of a.authors)
        run(
          'INSERT OR IGNORE INTO article_authors (article_id, source_id, position) VALUES (?, ?, ?)',
          local.id,
          au.source_id,
          au.position,
        );
    }
    mergeWebCaptures(ctx, contents.webCaptures ?? [], (remoteId) => articleMap.get(remoteId)?.id ?? null);
    const localArticle = (remoteId: string) => {
      const mapped = articleMap.get(remoteId);
      if (mapped) return mapped;
      const row = prepared(ctx.db, 'SELECT id, text, text_sha256 FROM articles WHERE id = ?').get(remoteId) as
        { id: string; text: string; text_sha256: string } | undefined;
      if (!row)
        throw new ContractError(
          'invalid_input',
          `The case file refers to an article (${remoteId}) it does not contain.`,
        );
      return { id: row.id, text: row.text, textSha256: row.text_sha256 };
    };
    const remoteTextSha = new Map(contents.articles.map((a) => [a.id, a.text_sha256]));

    // Excerpts, placed in the local copy of their article.
    for (const e of contents.excerpts) {
      const article = localArticle(e.article_id);
      const local = excerpts.get(ctx.db, e.id);
      if (local) {
        const withTags = {
          ...local,
          tags: (
            prepared(
              ctx.db,
              'SELECT t.name FROM object_tags ot JOIN tags t ON t.id = ot.tag_id WHERE ot.object_id = ?',
            ).all(e.id) as { name: string }[]
          ).map((t) => t.name),
        };
        const verdict = judge('excerpt', withTags, e, e.id);
        if (verdict === 'take-remote') {
          applyRemote(ctx, 'excerpt', e);
          result.updated++;
        } else if (verdict === 'conflict') conflict('excerpt', e.id, withTags, e);
        continue;
      }
      const placed = placeExcerpt(
        e,
        article.text,
        article.textSha256 === (remoteTextSha.get(e.article_id) ?? article.textSha256),
      );
      if (placed.status === 'reanchored') result.reanchored.push(e.id);
      if (placed.status === 'orphaned') result.orphaned.push(e.id);
      insertExcerpt(ctx, { ...e, ...placed.anchor, article_id: article.id, anchor_status: placed.status });
      result.created.excerpts++;
    }

    // Entities, their aliases and mentions.
    for (const n of contents.entities) {
      const local = entities.get(ctx.db, n.id);
      const touched = !local;
      if (!local) {
        entities.insert(ctx.db, n);
        result.created.entities++;
      } else {
        const verdict = judge('entity', local, n, n.id);
        if (verdict === 'take-remote') {
          applyRemote(ctx, 'entity', n);
          result.updated++;
        } else if (verdict === 'conflict') conflict('entity', n.id, local, n);
      }
      if (mergeEntityParts(ctx, n, result, localArticle, remoteTextSha) || touched)
        reindexEntity(ctx, getEntity(ctx, n.id));
    }

    for (const r of contents.relationships) {
      const created = relationships.insert(ctx.db, r, { orIgnore: true });
      result.created.relationships += created;
      for (const excerptId of r.excerpt_ids)
        run(
          'INSERT OR IGNORE INTO relationship_excerpts (relationship_id, excerpt_id) SELECT ?, id FROM excerpts WHERE id = ?',
          r.id,
          excerptId,
        );
    }

    // The case itself and its items.
    const c = contents.caseRecord;
    const localCase = cases.get(ctx.db, c.id);
    let caseTouched = !localCase;
    if (!localCase) {
      cases.insert(ctx.db, c);
    } else {
      const verdict = judge('case', localCase, c, c.id);
      if (verdict === 'take-remote') {
        applyRemote(ctx, 'case', c);
        result.updated++;
        caseTouched = true;
      } else if (verdict === 'conflict') conflict('case', c.id, localCase, c);
    }
    if (caseTouched) {
      indexField(ctx.db, 'case', c.id, 'title', c.title);
      indexField(ctx.db, 'case', c.id, 'summary', c.summary_text);
    }
    for (const item of c.items) {
      const itemId = item.item_kind === 'article' ? localArticle(item.item_id).id : item.item_id;
      result.created.caseItems += run(
        'INSERT OR IGNORE INTO case_items (case_id, item_id, item_kind, added_at, added_by) VALUES (?, ?, ?, ?, ?)',
        c.id,
        itemId,
        item.item_kind,
        item.added_at,
        item.added_by,
      );
    }

    let importedAudit = 0;
    for (const entry of remoteAudit) {
      importedAudit += run(
        'INSERT OR IGNORE INTO imported_audit (hash, object_id, at, entry_json, case_file_sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?)',
        entry.hash,
        entry.object_id,
        entry.at,
        canonicalJson(entry),
        caseFileSha256,
        ctx.now(),
      );
    }
    const changed =
      Object.values(result.created).some((n) => n > 0) ||
      result.updated > 0 ||
      result.conflicts.length > 0 ||
      importedAudit > 0;
    if (changed) recordAudit(ctx, 'case.import', 'case', c.id, null, { caseFileSha256, ...result });
    return result;
  });
}

/** Writes the teammate's version of an item's editable fields over ours (a fast-forward, or a resolved conflict). */
export function applyRemote(ctx: Ctx, kind: Kind, record: Loose): void {
  const { table, editable } = MERGED[kind] as unknown as {
    table: { update: (db: Ctx['db'], row: Loose, columns: readonly string[]) => void };
    editable: readonly string[];
  };
  table.update(ctx.db, record, editable);
  const id = String(record.id);
  switch (kind) {
    case 'article':
      indexField(ctx.db, 'article', id, 'title', String(record.title));
      return;
    case 'source':
      return;
    case 'excerpt':
      setTags(ctx, id, 'excerpt', (record.tags as string[] | undefined) ?? []);
      indexField(ctx.db, 'excerpt', id, 'note', String(record.note_text));
      return;
    case 'entity':
      reindexEntity(ctx, getEntity(ctx, id));
      return;
    case 'case':
      indexField(ctx.db, 'case', id, 'title', String(record.title));
      indexField(ctx.db, 'case', id, 'summary', String(record.summary_text));
      return;
  }
}

export interface Conflict {
  id: string;
  objectKind: Kind;
  objectId: string;
  local: Loose;
  remote: Loose;
  detectedAt: string;
}

export function listConflicts(ctx: Ctx): Conflict[] {
  const rows = ctx.db.prepare('SELECT * FROM conflicts WHERE resolved_at IS NULL ORDER BY detected_at, id').all() as {
    id: string;
    object_kind: Kind;
    object_id: string;
    local_json: string;
    remote_json: string;
    detected_at: string;
  }[];
  return rows.map((c) => ({
    id: c.id,
    objectKind: c.object_kind,
    objectId: c.object_id,
    local: JSON.parse(c.local_json) as Loose,
    remote: JSON.parse(c.remote_json) as Loose,
    detectedAt: c.detected_at,
  }));
}

export function resolveConflict(ctx: Ctx, id: string, keep: 'local' | 'remote'): void {
  mutate(ctx, () => {
    const c = ctx.db.prepare('SELECT * FROM conflicts WHERE id = ?').get(id) as
      | { object_kind: Kind; object_id: string; local_json: string; remote_json: string; resolved_at: string | null }
      | undefined;
    if (!c) throw new ContractError('not_found', `No conflict has the id ${id}.`);
    if (c.resolved_at) throw new ContractError('invalid_input', 'That conflict was already resolved.');
    if (keep === 'remote') {
      // An article (or an excerpt of one) deleted since is in the Trash: its version cannot be
      // written over until it is back, and silently settling the conflict would lose the teammate's.
      const remoteRow = JSON.parse(c.remote_json) as Loose;
      const articleId =
        c.object_kind === 'article' ? c.object_id : c.object_kind === 'excerpt' ? remoteRow.article_id : null;
      const trashed =
        typeof articleId === 'string'
          ? (ctx.db.prepare('SELECT title FROM trash WHERE article_id = ?').get(articleId) as
              { title: string } | undefined)
          : undefined;
      if (trashed) {
        throw new ContractError(
          'invalid_input',
          `The article “${articleLabel(trashed.title)}” is in the Trash. Restore it from the Trash to keep your teammate’s version, or keep yours.`,
        );
      }
      applyRemote(ctx, c.object_kind, remoteRow);
    }
    ctx.db.prepare('UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?').run(ctx.now(), keep, id);
    const local = JSON.parse(c.local_json) as Loose;
    const remote = JSON.parse(c.remote_json) as Loose;
    recordAudit(
      ctx,
      `conflict.resolve.${keep}`,
      c.object_kind,
      c.object_id,
      { local, remote },
      keep === 'remote' ? remote : local,
    );
  });
}

function insertArticle(ctx: Ctx, a: ArticleRecord): void {
  articles.insert(ctx.db, a);
  indexField(ctx.db, 'article', a.id, 'title', a.title);
  indexField(ctx.db, 'article', a.id, 'text', a.text);
  flagWatchTerms(ctx, a.id, a.text);
}

function placeExcerpt(
  e: ExcerptRecord,
  text: string,
  sameText: boolean,
): {
  status: ExcerptRecord['anchor_status'];
  anchor: Pick<ExcerptRecord, 'exact' | 'prefix' | 'suffix' | 'start' | 'end'>;
} {
  const stored = { exact: e.exact, prefix: e.prefix, suffix: e.suffix, start: e.start, end: e.end };
  const placed = reanchor(text, stored);
  if (placed.status === 'exact') return { status: sameText ? e.anchor_status : 'ok', anchor: placed.anchor };
  if (placed.status === 'failed') return { status: 'orphaned', anchor: stored };
  return { status: 'reanchored', anchor: placed.anchor };
}

function insertExcerpt(ctx: Ctx, e: ExcerptRecord): void {
  excerpts.insert(ctx.db, e);
  // A new excerpt has no tags yet, so only tags to add need setTags (most excerpts have none).
  if (e.tags.length) setTags(ctx, e.id, 'excerpt', e.tags);
  indexField(ctx.db, 'excerpt', e.id, 'exact', e.exact);
  indexField(ctx.db, 'excerpt', e.id, 'note', e.note_text);
}

function mergeEntityParts(
  ctx: Ctx,
  n: EntityRecord,
  result: CaseImportResult,
  localArticle: (id: string) => { id: string; text: string; textSha256: string },
  remoteTextSha: Map<string, string>,
): boolean {
  let aliasesAdded = false;
  const run = (sql: string, ...params: unknown[]) => prepared(ctx.db, sql).run(...params).changes;
  for (const a of n.aliases) {
    if (prepared(ctx.db, 'SELECT 1 FROM entity_aliases WHERE entity_id = ? AND text = ?').get(n.id, a.text)) continue;
    const id = prepared(ctx.db, 'SELECT 1 FROM entity_aliases WHERE id = ?').get(a.id) ? ctx.newId() : a.id;
    result.created.aliases += run(
      'INSERT INTO entity_aliases (id, entity_id, text, script, normalized) VALUES (?, ?, ?, ?, ?)',
      id,
      n.id,
      a.text,
      a.script,
      a.normalized,
    );
    aliasesAdded = true;
  }
  for (const x of n.external_ids)
    run('INSERT OR IGNORE INTO entity_external_ids (entity_id, key, value) VALUES (?, ?, ?)', n.id, x.key, x.value);
  const existingTags = (
    prepared(ctx.db, 'SELECT t.name FROM object_tags ot JOIN tags t ON t.id = ot.tag_id WHERE ot.object_id = ?').all(
      n.id,
    ) as { name: string }[]
  ).map((t) => t.name);
  const union = [...new Set([...existingTags, ...n.tags])];
  if (union.length !== existingTags.length) setTags(ctx, n.id, 'entity', union);
  for (const m of n.mentions) {
    const article = localArticle(m.article_id);
    let { start, end } = m;
    if (article.textSha256 !== (remoteTextSha.get(m.article_id) ?? article.textSha256)) {
      const placed = reanchor(article.text, { exact: m.exact, prefix: '', suffix: '', start, end });
      if (placed.status === 'failed') continue;
      ({ start, end } = placed.anchor);
    }
    const excerptId =
      m.excerpt_id && prepared(ctx.db, 'SELECT 1 FROM excerpts WHERE id = ?').get(m.excerpt_id) ? m.excerpt_id : null;
    if (prepared(ctx.db, 'SELECT 1 FROM mentions WHERE id = ?').get(m.id)) continue;
    result.created.mentions += run(
      'INSERT OR IGNORE INTO mentions (id, entity_id, article_id, excerpt_id, start, "end", exact, status, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      m.id,
      n.id,
      article.id,
      excerptId,
      start,
      end,
      m.exact,
      m.status,
      m.created_at,
      m.created_by,
    );
  }
  return aliasesAdded;
}
