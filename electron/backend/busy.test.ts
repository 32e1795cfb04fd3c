// A write that waits behind another writer (a long case-file import in another window or the CLI)
// for longer than SQLite's 5-second busy timeout still lands, and "database is locked" never
// reaches the user as an internal error.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { toErrorEnvelope } from './dispatch';
import { openTestBackend, tempLibraryPath } from './testing/tempLibrary';

/** Another process that takes the write lock, says so, and keeps it for `ms` before committing. */
async function holdWriteLock(file: string, ms: number) {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    db.exec("INSERT INTO settings (key, value) VALUES ('held-by-other-writer', '1')");
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('ROLLBACK'); db.close(); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ['-e', script, file, String(ms)], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [first] = (await once(child.stdout!, 'data')) as [Buffer];
  expect(first.toString()).toBe('locked\n');
  return child;
}

describe('writers behind a long writer', () => {
  it('waits past the busy timeout with backoff and then writes', async () => {
    const file = tempLibraryPath();
    const backend = openTestBackend(file);
    await backend.call('cases.create', { title: 'Before' });
    const holder = await holdWriteLock(file, 7000);
    const created = await backend.call('cases.create', { title: 'Written after the other writer finished' });
    expect(created.title).toBe('Written after the other writer finished');
    await once(holder, 'exit');
    expect((await backend.call('library.verify', {})).ok).toBe(true);
  }, 60_000);

  it('reports a writer that never finishes as busy, with what to do, not as an internal error', () => {
    const locked = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const envelope = toErrorEnvelope(locked);
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'busy',
        message: expect.stringMatching(
          /Another program or window has been writing to this library .* Nothing was changed; try again when it has finished\./,
        ),
      },
    });
  });
});
