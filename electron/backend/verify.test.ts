// `verify` holds on an honest library and names what broke after tampering from outside Casefile.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCasefile } from '../cli/runCasefile';
import { openTestBackend, SEED_TEXT, tempLibraryPath } from './testing/tempLibrary';

/** `casefile verify`, called in-process as a fresh process would run it (cli/runCasefile.ts). */
function verify(libraryPath: string): Promise<{ status: number; stdout: string }> {
  return runCasefile(['--library', libraryPath, 'verify']);
}

function sqlite(libraryPath: string, sql: string): void {
  execFileSync('sqlite3', [libraryPath, sql]);
}

async function seededLibrary(): Promise<string> {
  const libraryPath = tempLibraryPath();
  const backend = openTestBackend(libraryPath);
  const { article } = await backend.call('articles.createFromText', {
    text: SEED_TEXT,
    title: 'Seed',
    publisher: 'Daily NK',
  });
  await backend.call('sources.rate', { id: article.publisherSourceId!, reliability: 'B', rationale: 'track record' });
  await backend.call('excerpts.create', { articleId: article.id, quote: 'magnesia clinker', credibility: 3 });
  await backend.close();
  return libraryPath;
}

describe('casefile verify', () => {
  it('passes on an untouched library', async () => {
    const libraryPath = await seededLibrary();
    expect(await verify(libraryPath)).toMatchObject({ status: 0 });
  });

  it('fails and names the row after an audit row is altered', async () => {
    const libraryPath = await seededLibrary();
    sqlite(
      libraryPath,
      "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after_json = replace(after_json, 'track record', 'rumour') WHERE action = 'source.rate';",
    );
    const result = await verify(libraryPath);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/FAIL audit_chain/);
    expect(result.stdout).toMatch(/audit row \d+ \(source\.rate [0-9a-f-]+\) was altered/);
  });

  it('fails after an audit row is deleted', async () => {
    const libraryPath = await seededLibrary();
    sqlite(libraryPath, 'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2;');
    const result = await verify(libraryPath);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/audit row 2 is missing/);
  });

  it("fails after an original's bytes are altered", async () => {
    const libraryPath = await seededLibrary();
    sqlite(
      libraryPath,
      "DROP TRIGGER originals_no_update; UPDATE originals SET bytes = CAST(replace(CAST(bytes AS TEXT), 'masks', 'gloves') AS BLOB);",
    );
    const result = await verify(libraryPath);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/FAIL originals\n\s+- original [0-9a-f]{64} was altered/);
  });

  it('refuses changes to the audit log, originals and texts while the triggers stand', async () => {
    const libraryPath = await seededLibrary();
    expect(() => sqlite(libraryPath, "UPDATE audit_log SET analyst = 'someone else';")).toThrow();
    expect(() => sqlite(libraryPath, 'DELETE FROM originals;')).toThrow();
    expect(() => sqlite(libraryPath, "UPDATE articles SET text = 'rewritten';")).toThrow();
    expect(await verify(libraryPath)).toMatchObject({ status: 0 });
  });
});
