// The append-only, hash-chained audit log. Each row's hash covers the previous row's hash and the
// row's own content, so editing, inserting or removing any row breaks every hash after it.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import type { Db } from '../db/connection';
import { currentAnalyst, type Ctx } from './context';

export const GENESIS_HASH = '0'.repeat(64);

interface AuditRow {
  seq: number;
  at: string;
  analyst: string;
  action: string;
  object_kind: string;
  object_id: string;
  before_json: string;
  after_json: string;
  prev_hash: string;
  hash: string;
}

export function auditRowHash(row: Omit<AuditRow, 'hash'>): string {
  const content = canonicalJson({
    seq: row.seq,
    at: row.at,
    analyst: row.analyst,
    action: row.action,
    object_kind: row.object_kind,
    object_id: row.object_id,
    before: row.before_json,
    after: row.after_json,
  });
  return createHash('sha256').update(row.prev_hash).update('\n').update(content).digest('hex');
}

/** Records one change. Must be called inside the mutation's transaction. */
export function recordAudit(
  ctx: Ctx,
  action: string,
  objectKind: string,
  objectId: string,
  before: unknown,
  after: unknown,
): void {
  const last = ctx.db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: ctx.now(),
    analyst: currentAnalyst(ctx),
    action,
    object_kind: objectKind,
    object_id: objectId,
    before_json: before === null || before === undefined ? '' : canonicalJson(before),
    after_json: after === null || after === undefined ? '' : canonicalJson(after),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  ctx.db
    .prepare(
      `INSERT INTO audit_log (seq, at, analyst, action, object_kind, object_id, before_json, after_json, prev_hash, hash)
       VALUES (@seq, @at, @analyst, @action, @object_kind, @object_id, @before_json, @after_json, @prev_hash, @hash)`,
    )
    .run({ ...row, hash: auditRowHash(row) });
}

export function auditHead(db: Db): string | null {
  const row = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
  return row?.hash ?? null;
}

/** Walks the chain; returns one message per broken row (empty when the chain holds). */
export function verifyAuditChain(db: Db): string[] {
  const problems: string[] = [];
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>) {
    if (row.seq !== expectedSeq) problems.push(`audit row ${expectedSeq} is missing (next row is ${row.seq})`);
    if (row.prev_hash !== prev) problems.push(`audit row ${row.seq} does not follow the row before it (prev_hash differs)`);
    if (auditRowHash(row) !== row.hash) problems.push(`audit row ${row.seq} (${row.action} ${row.object_id}) was altered: its hash does not match its content`);
    prev = row.hash;
    expectedSeq = row.seq + 1;
    if (problems.length > 50) {
      problems.push('…more problems not listed');
      break;
    }
  }
  return problems;
}
