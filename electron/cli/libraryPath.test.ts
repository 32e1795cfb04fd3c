// The library path is checked before anything is written: a mistyped path, a text file, another
// program's SQLite database, a pipe or a folder are refused in one clear line, untouched; a new
// library is made only by `init`. And the audit head can be anchored in a file kept elsewhere.
import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { librarySnapshot, SEED_PATH, tempDir } from '../backend/testing/tempLibrary';

import { runCasefile } from './runCasefile';

const CLI = path.resolve(import.meta.dirname, '../../bin/casefile.mjs');

/** The CLI in-process (runCasefile), as the other CLI tests call it. */
const casefile = (...args: string[]) => runCasefile(['--analyst', 'CLI Tester', ...args]);

/**
 * The CLI as a real process, for the pipe: a regression that opened it for reading would block a
 * process forever, which only a child process (killed after `timeout`) can report as a failure.
 */
function casefileProcess(...args: string[]) {
  const result = spawnSync('node', [CLI, '--analyst', 'CLI Tester', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const digest = (file: string) => librarySnapshot(file);

describe('the library path', async () => {
  it('refuses a path with no library, and says how to make one; init makes it (both spellings)', async () => {
    const dir = tempDir();
    const typo = path.join(dir, 'border.casefle');
    const result = await casefile('--library', typo, 'verify');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `casefile verify: There is no library at ${typo}; create it with "casefile init ${typo}" (or check the path for typing mistakes). [not_a_library]\n`,
    );
    expect(fs.existsSync(typo)).toBe(false);

    const first = path.join(dir, 'first.casefile');
    expect(await casefile('init', first)).toMatchObject({
      status: 0,
      stdout: expect.stringContaining(`Created an empty library at ${first}`),
    });
    const second = path.join(dir, 'second.casefile');
    expect((await casefile('--library', second, 'init')).status).toBe(0);
    expect(await casefile('--library', second, '--json', 'verify')).toMatchObject({ status: 0 });
    const again = await casefile('init', first);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; init never writes over a file/);
    expect(new Database(first, { readonly: true }).pragma('application_id', { simple: true })).toBe(0x4373466c);
  });

  it('refuses a text file, a foreign SQLite database, a folder and a pipe, untouched and without a stack trace', async () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.casefile');
    fs.writeFileSync(text, 'This is a text file, not a library.\n'.repeat(200));
    const foreign = path.join(dir, 'other.db');
    const db = new Database(foreign);
    db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
    db.close();
    const foreignApp = path.join(dir, 'app.db');
    const db2 = new Database(foreignApp);
    db2.pragma('application_id = 12345');
    db2.close();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const before = [digest(text), digest(foreign), digest(foreignApp)];

    const cases: [string, RegExp][] = [
      [
        text,
        /notes\.casefile is not a Casefile library \(SQLite cannot read it: file is not a database\)\. It was not changed\. \[not_a_library\]/,
      ],
      [
        foreign,
        /other\.db is an SQLite database but not a Casefile library \(it has no Casefile application id\)\. It was not changed\. \[not_a_library\]/,
      ],
      [
        foreignApp,
        /app\.db is another program's SQLite database \(application id 12345\), not a Casefile library\. It was not changed\./,
      ],
      [dir, /is a folder, not a library file/],
      [fifo, /is not a regular file \(a device, pipe or socket\)/],
    ];
    for (const [file, message] of cases) {
      const args = ['--library', file, 'list', 'articles'];
      const result = file === fifo ? casefileProcess(...args) : await casefile(...args);
      expect(result.status, file).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect([digest(text), digest(foreign), digest(foreignApp)]).toEqual(before);
    expect(new Database(foreign).prepare('SELECT count(*) FROM sqlite_master').pluck().get()).toBe(1);
  });
});

describe('anchoring the audit head', async () => {
  it('head --append keeps heads in a file; verify --anchor FILE or HASH proves nothing was cut since', async () => {
    const dir = tempDir();
    const library = path.join(dir, 'lib.casefile');
    const anchors = path.join(dir, 'elsewhere', 'anchors.txt');
    fs.mkdirSync(path.dirname(anchors));
    expect((await casefile('init', library)).status).toBe(0);
    expect((await casefile('--library', library, 'import', SEED_PATH)).status).toBe(0);
    const head = JSON.parse((await casefile('--library', library, '--json', 'head', '--append', anchors)).stdout);
    expect(head).toMatchObject({
      seq: expect.any(Number),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      appendedTo: anchors,
    });
    expect(fs.readFileSync(anchors, 'utf8')).toBe(`${head.seq} ${head.hash} ${head.at} ${library}\n`);
    expect((await casefile('--library', library, 'verify', '--anchor', anchors)).status).toBe(0);

    // Cut the last row (and the change it recorded) with SQLite: only the anchor can tell.
    const db = new Database(library);
    const trigger = db
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_delete'")
      .pluck()
      .get() as string;
    db.exec(`DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = ${head.seq}; ${trigger}`);
    db.close();
    for (const anchor of [anchors, head.hash]) {
      const result = await casefile('--library', library, 'verify', '--anchor', anchor);
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(
        new RegExp(
          `FAIL anchor\\n\\s+- the anchored head ${head.hash} .*is not in the audit log: rows were removed from its end`,
        ),
      );
    }
    const bad = await casefile('--library', library, 'verify', '--anchor', path.join(dir, 'nowhere.txt'));
    expect(bad.stderr).toMatch(
      /--anchor: .*nowhere\.txt is neither an audit head \(64 hex digits\) nor a readable anchor file \(ENOENT\)/,
    );
  });
});
