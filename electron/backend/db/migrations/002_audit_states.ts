// Schema 2: audit rows carry the new state of every object their transaction changed, so `verify`
// can replay the log and compare it with what is stored; and the file says it is a Casefile
// library (PRAGMA application_id), so a foreign SQLite file is never taken for one.
// Rows written before this carry '' (their hashes are unchanged); when an existing library is
// upgraded, one 'state.baseline' row records every object as found (see verify/baseline.ts).
import { CASEFILE_APPLICATION_ID } from '../applicationId';

export const up = /* sql */ `
ALTER TABLE audit_log ADD COLUMN states_json TEXT NOT NULL DEFAULT '';
PRAGMA application_id = ${CASEFILE_APPLICATION_ID};
`;
