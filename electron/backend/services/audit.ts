// The append-only, hash-chained audit log. Each row's hash covers the previous row's hash and the
// row's own content, so editing, inserting or removing any row breaks every hash after it.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import type { Db } from '../db/connection';
import { takeChangedStates, type ObjectState } from '../verify/changeTracking';
import { currentAnalyst, storedAnalyst, type Ctx } from './context';
import { prepared } from '../db/statements';

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
  /** The new state of every object the transaction changed (JSON array of ObjectState); '' on rows
   * written before schema 2, which did not record states. */
  states_json?: string;
}

type PendingRow = Omit<AuditRow, 'seq' | 'prev_hash' | 'hash' | 'states_json'>;

/**
 * The row's hash. States enter it as their SHA-256, so an exported entry (a case file leaves the
 * states out: they can describe objects outside the case) can still be checked by its receiver.
 */
export function auditRowHash(row: Omit<AuditRow, 'hash'> & { states_sha256?: string | undefined }): string {
  const statesDigest =
    row.states_sha256 ?? (row.states_json ? createHash('sha256').update(row.states_json).digest('hex') : undefined);
  const content = canonicalJson({
    seq: row.seq,
    at: row.at,
    analyst: row.analyst,
    action: row.action,
    object_kind: row.object_kind,
    object_id: row.object_id,
    before: row.before_json,
    after: row.after_json,
    // Absent on rows without states (all rows before schema 2), so their hashes are unchanged.
    states_sha256: statesDigest,
  });
  return createHash('sha256').update(row.prev_hash).update('\n').update(content).digest('hex');
}

/**
 * Records one change. Inside a mutation the row is held until the mutation's work is done, then
 * written with the new states of every object the transaction changed (see withAuditRows).
 */
export function recordAudit(
  ctx: Ctx,
  action: string,
  objectKind: string,
  objectId: string,
  before: unknown,
  after: unknown,
): void {
  const row: PendingRow = {
    at: ctx.now(),
    analyst: currentAnalyst(ctx),
    action,
    object_kind: objectKind,
    object_id: objectId,
    before_json: before === null || before === undefined ? '' : canonicalJson(before),
    after_json: after === null || after === undefined ? '' : canonicalJson(after),
  };
  const open = pendingRows.get(ctx.db);
  if (open && open.depth > 0) open.rows.push(row);
  else writeAuditRows(ctx, [row]);
}

const pendingRows = new WeakMap<Db, { depth: number; rows: PendingRow[] }>();

/**
 * Runs a mutation's work (inside its transaction), then writes its audit rows, the last one
 * carrying the states of every object changed. A change no service described still gets a row
 * ('state.record'), so nothing written through Casefile is missing from the log.
 */
export function withAuditRows<T>(ctx: Ctx, work: () => T): T {
  let open = pendingRows.get(ctx.db);
  if (!open) pendingRows.set(ctx.db, (open = { depth: 0, rows: [] }));
  const mark = open.rows.length;
  open.depth++;
  try {
    const result = work();
    if (open.depth === 1) writeAuditRows(ctx, open.rows.splice(0));
    return result;
  } catch (error) {
    open.rows.length = mark;
    throw error;
  } finally {
    open.depth--;
  }
}

function writeAuditRows(ctx: Ctx, rows: PendingRow[]): void {
  const states = takeChangedStates(ctx.db);
  if (!rows.length && !states.length) return;
  if (!rows.length) {
    const analyst = ctx.analystOverride ?? storedAnalyst(ctx) ?? 'unknown analyst';
    rows.push({
      at: ctx.now(),
      analyst,
      action: 'state.record',
      object_kind: 'library',
      object_id: 'library',
      before_json: '',
      after_json: '',
    });
  }
  rows.forEach((row, i) => appendAuditRow(ctx.db, row, i === rows.length - 1 ? states : []));
}

/** Appends one row to the chain. */
export function appendAuditRow(db: Db, pending: PendingRow, states: ObjectState[]): void {
  const last = prepared(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  const row = {
    ...pending,
    seq: (last?.seq ?? 0) + 1,
    prev_hash: last?.hash ?? GENESIS_HASH,
    states_json: states.length ? canonicalJson(states) : '',
  };
  // A library still on schema 1 (only while it is being opened by an older migration list, as in
  // the migration tests) has no states column: its rows are written the old way.
  if (!hasStatesColumn(db)) {
    row.states_json = '';
    db.prepare(
      `INSERT INTO audit_log (seq, at, analyst, action, object_kind, object_id, before_json, after_json, prev_hash, hash)
       VALUES (@seq, @at, @analyst, @action, @object_kind, @object_id, @before_json, @after_json, @prev_hash, @hash)`,
    ).run({ ...row, hash: auditRowHash(row) });
    return;
  }
  prepared(
    db,
    `INSERT INTO audit_log (seq, at, analyst, action, object_kind, object_id, before_json, after_json, prev_hash, hash, states_json)
     VALUES (@seq, @at, @analyst, @action, @object_kind, @object_id, @before_json, @after_json, @prev_hash, @hash, @states_json)`,
  ).run({ ...row, hash: auditRowHash(row) });
}

const statesColumn = new WeakMap<Db, boolean>();
function hasStatesColumn(db: Db): boolean {
  let known = statesColumn.get(db);
  if (known === undefined) {
    known = (db.pragma('table_info(audit_log)') as { name: string }[]).some((c) => c.name === 'states_json');
    if (known) statesColumn.set(db, known);
  }
  return known;
}

export interface AuditHead {
  seq: number;
  hash: string;
  at: string;
}

export function auditHeadRow(db: Db): AuditHead | null {
  return (
    (db.prepare('SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1').get() as AuditHead | undefined) ?? null
  );
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
    if (row.prev_hash !== prev)
      problems.push(`audit row ${row.seq} does not follow the row before it (prev_hash differs)`);
    if (auditRowHash(row) !== row.hash)
      problems.push(
        `audit row ${row.seq} (${row.action} ${row.object_id}) was altered: its hash does not match its content`,
      );
    prev = row.hash;
    expectedSeq = row.seq + 1;
    if (problems.length > 50) {
      problems.push('…more problems not listed');
      break;
    }
  }
  return problems;
}
