// What every service gets: the database, who is acting, the clock, ids, and a way to announce
// changes. Mutations go through `mutate`, which runs them in one IMMEDIATE transaction.
import { randomUUID } from 'node:crypto';
import { ContractError } from '../../../shared/contract/errors';
import type { EventName, EventPayload } from '../../../shared/contract/events';
import type { Db } from '../db/connection';
import { withAuditRows } from './audit';
import { dropHeldIndexWrites, heldIndexMark } from '../search/searchIndex';

export interface Ctx {
  db: Db;
  libraryPath: string;
  appVersion: string;
  /** The CLI's --analyst, which wins over the library's setting for this process. */
  analystOverride: string | null;
  now(): string;
  newId(): string;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export function createCtx(init: Pick<Ctx, 'db' | 'libraryPath' | 'appVersion' | 'analystOverride' | 'emit'>): Ctx {
  return { ...init, now: () => new Date().toISOString(), newId: () => randomUUID() };
}

export function storedAnalyst(ctx: Ctx): string | null {
  const row = ctx.db.prepare("SELECT value FROM settings WHERE key = 'analyst'").get() as { value: string } | undefined;
  return row?.value || null;
}

export function currentAnalyst(ctx: Ctx): string {
  const name = ctx.analystOverride ?? storedAnalyst(ctx);
  if (!name) {
    throw new ContractError(
      'invalid_input',
      'No analyst name is set for this library. Enter your name in Settings (or pass --analyst NAME to the casefile command) so every change records who made it.',
    );
  }
  return name;
}

/**
 * Runs `work` in one IMMEDIATE transaction: everything it writes lands together or not at all,
 * with its audit rows and the new state of every object it changed.
 */
export function mutate<T>(ctx: Ctx, work: () => T): T {
  const transaction = ctx.db.transaction(() => {
    // Index writes held back by a batch import belong to this savepoint: a rollback drops them too.
    const mark = heldIndexMark(ctx.db);
    try {
      return withAuditRows(ctx, work);
    } catch (error) {
      dropHeldIndexWrites(ctx.db, mark);
      throw error;
    }
  });
  if (ctx.db.inTransaction) return transaction.immediate();
  // Another writer (a case-file import in another window, the CLI) can hold the library for longer
  // than SQLite's busy timeout: wait for it with backoff, then say so plainly.
  const deadline = Date.now() + BUSY_PATIENCE_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return transaction.immediate();
    } catch (error) {
      const busy = String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_BUSY');
      if (!busy) throw error;
      if (Date.now() >= deadline) throw new ContractError('busy', BUSY_MESSAGE);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(2000, 100 * 2 ** attempt));
    }
  }
}

/** How long a write waits behind another writer before giving up (on top of busy_timeout). */
export const BUSY_PATIENCE_MS = 120_000;
export const BUSY_MESSAGE =
  'Another program or window has been writing to this library for more than two minutes (for example a large case-file import). Nothing was changed; try again when it has finished.';
