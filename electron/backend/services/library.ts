// The library as a whole: who is working, what it holds, and whether it is intact.
import fs from 'node:fs';
import type { MethodOutput } from '../../../shared/contract/methods';
import type { VerifyReport } from '../../../shared/contract/schemas';
import { checkAnchors, type Anchor } from '../verify/anchor';
import { replayAuditLog } from '../verify/replay';
import { checkSchema } from '../verify/schema';
import { auditHead, auditHeadRow, verifyAuditChain } from './audit';
import { mutate, storedAnalyst, type Ctx } from './context';
import { sha256Hex } from './hash';
import { recordAudit } from './audit';

export function libraryInfo(ctx: Ctx): MethodOutput<'library.info'> {
  const count = (table: string) => (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  let sizeBytes = 0;
  for (const suffix of ['', '-wal']) {
    try {
      sizeBytes += fs.statSync(ctx.libraryPath + suffix).size;
    } catch {
      // no WAL file yet
    }
  }
  return {
    path: ctx.libraryPath,
    sizeBytes,
    schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
    appVersion: ctx.appVersion,
    analyst: storedAnalyst(ctx),
    counts: {
      articles: count('articles'),
      sources: count('sources'),
      excerpts: count('excerpts'),
      entities: count('entities'),
      cases: count('cases'),
    },
    auditHead: auditHead(ctx.db),
    readOnly: ctx.db.readonly,
  };
}

export function setAnalyst(ctx: Ctx, name: string): void {
  mutate(ctx, () => {
    const before = storedAnalyst(ctx);
    ctx.db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('analyst', ?)").run(name);
    // The audit row names the new analyst: the change is theirs.
    recordAudit(
      { ...ctx, analystOverride: name },
      'settings.analyst',
      'library',
      'settings',
      { analyst: before },
      { analyst: name },
    );
  });
}

/**
 * SQLite's own checks, the schema (the triggers that guard the evidence), the audit chain, the
 * stored state against the audit log's replay, the anchored heads, and every original's bytes
 * against its address.
 */
export function verifyLibrary(ctx: Ctx, anchors: readonly Anchor[] = []): VerifyReport {
  const checks: VerifyReport['checks'] = [];
  const integrity = (ctx.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  checks.push({
    name: 'integrity_check',
    ok: integrity.length === 1 && integrity[0] === 'ok',
    problems: integrity.filter((r) => r !== 'ok'),
  });
  const fks = ctx.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  checks.push({
    name: 'foreign_key_check',
    ok: fks.length === 0,
    problems: fks.slice(0, 50).map((f) => `${f.table} row ${f.rowid} points to a missing ${f.parent} row`),
  });
  const schema = checkSchema(ctx.db);
  checks.push({ name: 'schema', ok: schema.length === 0, problems: schema });
  const audit = verifyAuditChain(ctx.db);
  checks.push({ name: 'audit_chain', ok: audit.length === 0, problems: audit });
  const replay = replayAuditLog(ctx.db);
  checks.push({
    name: 'state_matches_log',
    ok: replay.problems.length === 0,
    problems: replay.problems,
    ...(replay.notes.length && { notes: replay.notes }),
  });
  if (anchors.length) {
    const anchored = checkAnchors(ctx.db, anchors);
    checks.push({ name: 'anchor', ok: anchored.length === 0, problems: anchored });
  }
  const originals: string[] = [];
  for (const row of ctx.db.prepare('SELECT sha256, size, bytes FROM originals').iterate() as Iterable<{
    sha256: string;
    size: number;
    bytes: Buffer;
  }>) {
    const actual = sha256Hex(row.bytes);
    if (actual !== row.sha256) originals.push(`original ${row.sha256} was altered: its bytes now hash to ${actual}`);
    else if (row.bytes.byteLength !== row.size)
      originals.push(`original ${row.sha256} has ${row.bytes.byteLength} bytes, ${row.size} recorded`);
  }
  checks.push({ name: 'originals', ok: originals.length === 0, problems: originals });
  const texts: string[] = [];
  for (const row of ctx.db.prepare('SELECT id, text, text_sha256 FROM articles').iterate() as Iterable<{
    id: string;
    text: string;
    text_sha256: string;
  }>) {
    if (sha256Hex(row.text) !== row.text_sha256)
      texts.push(`the text of article ${row.id} no longer matches its recorded SHA-256`);
  }
  checks.push({ name: 'article_texts', ok: texts.length === 0, problems: texts });
  // The Library's sort keys (migration 008) are derived from articles and sources; a copy out of
  // step would only misorder the Library, but it means the file was written outside Casefile.
  const sortKeys = ctx.db
    .prepare(
      `SELECT a.id FROM articles a LEFT JOIN sources p ON p.id = a.publisher_source_id
         LEFT JOIN article_sort_keys k ON k.article_id = a.id
       WHERE k.article_id IS NULL OR k.publisher_name IS NOT p.name
       UNION ALL SELECT k.article_id FROM article_sort_keys k WHERE k.article_id NOT IN (SELECT id FROM articles)
       LIMIT 50`,
    )
    .pluck()
    .all() as string[];
  // The Excerpts list's sort keys (migration 010), recomputed from the excerpts, articles, sources
  // and ratings they are copied from.
  const excerptKeys = ctx.db
    .prepare(
      `SELECT e.id FROM excerpts e LEFT JOIN excerpt_sort_keys k ON k.excerpt_id = e.id
         LEFT JOIN articles a ON a.id = e.article_id LEFT JOIN sources s ON s.id = e.source_id
         LEFT JOIN source_current c ON c.source_id = e.source_id
       WHERE k.excerpt_id IS NULL OR k.article_id IS NOT e.article_id OR k.start IS NOT e.start OR k."end" IS NOT e."end"
         OR k.article_title IS NOT coalesce(a.title, '') COLLATE BINARY OR k.quote IS NOT substr(e.exact, 1, 80) COLLATE BINARY
         OR k.source_name IS NOT coalesce(s.name, '') COLLATE BINARY OR k.event_date IS NOT e.event_date
         OR k.created_at IS NOT e.created_at
         OR k.grade IS NOT (coalesce(instr('ABCDEF', c.reliability), 7) - 1) * 10 + coalesce(e.credibility, 9)
       UNION ALL SELECT k.excerpt_id FROM excerpt_sort_keys k WHERE k.excerpt_id NOT IN (SELECT id FROM excerpts)
       LIMIT 50`,
    )
    .pluck()
    .all() as string[];
  // The totals the lists show (migration 012), against the tables they count.
  const counts = ctx.db
    .prepare(
      `SELECT r.table_name, r.n, CASE r.table_name WHEN 'articles' THEN (SELECT count(*) FROM articles)
         WHEN 'excerpts' THEN (SELECT count(*) FROM excerpts) WHEN 'entities' THEN (SELECT count(*) FROM entities) END AS actual
       FROM row_counts r`,
    )
    .all() as { table_name: string; n: number; actual: number }[];
  const countProblems = counts
    .filter((c) => c.n !== c.actual)
    .map((c) => `the library's count of ${c.table_name} says ${c.n}; the table holds ${c.actual}`);
  if (counts.length !== 3) countProblems.push(`the library keeps ${counts.length} of its 3 row counts`);
  checks.push({ name: 'row_counts', ok: countProblems.length === 0, problems: countProblems });
  checks.push({
    name: 'sort_keys',
    ok: sortKeys.length === 0 && excerptKeys.length === 0,
    problems: [
      ...sortKeys.map((id) => `the Library's sort key for article ${id} does not match its publisher`),
      ...excerptKeys.map((id) => `the Excerpts list's sort key for excerpt ${id} does not match the excerpt`),
    ],
  });
  return { ok: checks.every((c) => c.ok), checks, head: auditHeadRow(ctx.db) };
}
