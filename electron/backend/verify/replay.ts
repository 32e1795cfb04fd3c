// Replaying the audit log: the newest state the log records for every object is what must be
// stored now. Each difference is named: the object, the field, the logged and the stored value.
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import type { Db } from '../db/connection';
import { BASELINE_ACTION } from './baseline';
import type { ObjectState } from './changeTracking';
import { STATE_KINDS, type State } from './stateKinds';

export interface ReplayOutcome {
  problems: string[];
  /** What the replay could not prove, said plainly (e.g. history from before schema 2). */
  notes: string[];
}

const MAX_PROBLEMS = 200;

function shown(value: unknown): string {
  if (value === undefined) return '(absent)';
  const json = canonicalJson(value);
  return json.length > 120 ? `${json.slice(0, 117)}…` : json;
}

/** One line per field that differs between what the log says and what is stored. */
export function fieldDifferences(logged: State, stored: State): string[] {
  const keys = [...new Set([...Object.keys(logged), ...Object.keys(stored)])].sort();
  return keys
    .filter((k) => canonicalJson(logged[k] ?? null) !== canonicalJson(stored[k] ?? null))
    .map((k) => {
      const was = logged[k];
      const now = stored[k];
      if (!Array.isArray(was) || !Array.isArray(now)) return `${k}: logged ${shown(was)}, stored ${shown(now)}`;
      // Lists (aliases, case items, authors, tags): name the entries that differ, not the lists.
      const wasSet = new Set(was.map((v) => canonicalJson(v)));
      const nowSet = new Set(now.map((v) => canonicalJson(v)));
      const removed = [...wasSet].filter((v) => !nowSet.has(v));
      const added = [...nowSet].filter((v) => !wasSet.has(v));
      const parts = [
        ...(removed.length ? [`logged but not stored ${removed.map((v) => shown(JSON.parse(v))).join(', ')}`] : []),
        ...(added.length ? [`stored but not logged ${added.map((v) => shown(JSON.parse(v))).join(', ')}`] : []),
      ];
      return `${k}: ${parts.join('; ') || `logged ${shown(was)}, stored ${shown(now)}`}`;
    });
}

/** A short description of a state: its most telling field, so a person recognises the object. */
function describeState(state: State): string {
  const key = ['title', 'name', 'exact', 'text', 'reliability', 'value', 'size'].find(
    (k) => state[k] !== undefined && state[k] !== '',
  );
  return key ? `${key} ${shown(state[key])}` : shown(state);
}

export function replayAuditLog(db: Db): ReplayOutcome {
  const problems: string[] = [];
  const notes: string[] = [];
  const expected = new Map<string, Map<string, State | null>>(STATE_KINDS.map((k) => [k.kind, new Map()]));
  let rowsWithoutStates = 0;
  let lastRowWithoutStates = 0;
  let baseline: { seq: number; at: string } | null = null;
  const rows = db.prepare('SELECT seq, at, action, states_json FROM audit_log ORDER BY seq').iterate() as Iterable<{
    seq: number;
    at: string;
    action: string;
    states_json: string;
  }>;
  for (const row of rows) {
    if (!row.states_json) {
      rowsWithoutStates++;
      lastRowWithoutStates = row.seq;
      continue;
    }
    let states: ObjectState[];
    try {
      states = JSON.parse(row.states_json) as ObjectState[];
    } catch {
      problems.push(`audit row ${row.seq} (${row.action}): its recorded states are not readable JSON`);
      continue;
    }
    if (row.action === BASELINE_ACTION) baseline = { seq: row.seq, at: row.at };
    for (const s of states) expected.get(s.kind)?.set(s.id, s.state);
  }
  if (rowsWithoutStates) {
    notes.push(
      baseline
        ? `${rowsWithoutStates} audit rows (up to row ${lastRowWithoutStates}) were written before Casefile recorded object states. The state found at the upgrade (row ${baseline.seq}, ${baseline.at}) is taken as the starting point: changes made before then are proven by the chain only, not replayed.`
        : `${rowsWithoutStates} audit rows do not record object states and no upgrade baseline exists: objects last changed by those rows cannot be proven.`,
    );
  }

  for (const kind of STATE_KINDS) {
    const logged = expected.get(kind.kind)!;
    const stored = new Set(kind.ids(db));
    for (const id of stored) {
      if (problems.length >= MAX_PROBLEMS) break;
      const name = `${kind.label} ${id}`;
      if (!logged.has(id)) {
        problems.push(
          `${name} is stored, but the audit log never recorded it (added outside Casefile, or the rows recording it were removed)`,
        );
        continue;
      }
      const was = logged.get(id)!;
      if (was === null) {
        problems.push(`${name} is stored, but the audit log records it as deleted`);
        continue;
      }
      const now = kind.snapshot(db, id)!;
      for (const difference of fieldDifferences(was, now))
        problems.push(`${name} differs from the audit log: ${difference}`);
    }
    for (const [id, state] of logged) {
      if (problems.length >= MAX_PROBLEMS) break;
      if (state !== null && !stored.has(id)) {
        problems.push(
          `${kind.label} ${id} is missing: the audit log records it (${describeState(state)}) but it is not stored (deleted outside Casefile)`,
        );
      }
    }
  }
  if (problems.length >= MAX_PROBLEMS) problems.push('…more differences not listed');
  return { problems, notes };
}
