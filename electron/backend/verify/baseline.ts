// Upgrading a library written before audit rows carried states (schema 1): one row records every
// object as found at the upgrade. `verify` can prove everything after that row; for what happened
// before it, it can only say that the chain holds.
import type { Db } from '../db/connection';
import { appendAuditRow } from '../services/audit';
import type { ObjectState } from './changeTracking';
import { STATE_KINDS } from './stateKinds';

export const BASELINE_ACTION = 'state.baseline';

export function writeStateBaseline(db: Db, fromVersion: number, now: string): void {
  const states: ObjectState[] = STATE_KINDS.flatMap((k) =>
    k.ids(db).map((id) => ({ kind: k.kind, id, state: k.snapshot(db, id) })),
  );
  db.transaction(() => {
    appendAuditRow(
      db,
      {
        at: now,
        analyst: 'Casefile (upgrade)',
        action: BASELINE_ACTION,
        object_kind: 'library',
        object_id: 'library',
        before_json: JSON.stringify({ schemaVersion: fromVersion }),
        after_json: JSON.stringify({
          note: 'Rows before this one did not record object states; these are the states found at the upgrade.',
        }),
      },
      states,
    );
  }).immediate();
}
