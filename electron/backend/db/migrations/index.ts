// Numbered, append-only migrations. The library's schema version is PRAGMA user_version, which is
// the number of the last migration applied.
import * as m001 from './001_initial';
import * as m002 from './002_audit_states';

export interface Migration {
  version: number;
  name: string;
  up: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: m001.up },
  { version: 2, name: 'audit states', up: m002.up },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
