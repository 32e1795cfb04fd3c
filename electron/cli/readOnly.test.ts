// A library that cannot be written (a read-only or immutable file or folder), or any library opened
// with --read-only, opens read-only: reading commands work and leave it byte-identical; changing
// ones get one clear line, never a stack trace. The app learns it from library.info (readOnly).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backend } from '../backend/backend';
import { librarySnapshot, SEED_PATH, SEED_TEXT, tempDir } from '../backend/testing/tempLibrary';
import { runCasefile } from './runCasefile';

const CLI = path.resolve(import.meta.dirname, '../../bin/casefile.mjs');
const NOBODY = 65534;

/** A closed library in a folder others may read, holding an article, an excerpt and a case. */
async function seededLibrary(): Promise<{ library: string; articleId: string; caseId: string }> {
  const dir = tempDir();
  fs.chmodSync(dir, 0o755);
  const library = path.join(dir, 'lib.casefile');
  const backend = new Backend({ libraryPath: library, analyst: 'Test Analyst' });
  const { article } = await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Masks' });
  const excerpt = await backend.call('excerpts.create', {
    articleId: article.id,
    quote: 'they were sterilized immediately',
  });
  const c = await backend.call('cases.create', { title: 'Border' });
  await backend.call('cases.addItems', { id: c.id, itemIds: [article.id, excerpt.id] });
  await backend.close();
  return { library, articleId: article.id, caseId: c.id };
}

const oneLine = (stderr: string) => {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr.trim().split('\n')).toHaveLength(1);
};

describe('a read-only library', () => {
  it('with --read-only: reading commands work and change no byte; changing ones get one line', async () => {
    const { library, articleId, caseId } = await seededLibrary();
    const before = librarySnapshot(library);
    const out = path.join(tempDir(), 'excerpts.csv');
    const run = (...args: string[]) => runCasefile(['--library', library, '--read-only', ...args]);
    expect((await run('list', 'articles')).stdout).toContain('Masks');
    expect((await run('show', articleId)).status).toBe(0);
    expect((await run('search', 'sterilized')).stdout).toContain(articleId);
    expect(await run('verify')).toMatchObject({ status: 0 });
    expect((await run('export-csv', caseId, '--out', out)).status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('they were sterilized immediately');
    // Commands that both read and change: their reading subcommands work.
    for (const args of [['trash'], ['trash', 'list'], ['watch'], ['watch', 'hits', '--unseen']])
      expect((await run(...args)).status, args.join(' ')).toBe(0);
    for (const args of [
      ['source', 'add', 'Daily NK', '--kind', 'publication'],
      ['trash', 'empty'],
      ['watch', 'add', 'Hyesan'],
      ['import', SEED_PATH],
      ['case', 'add', 'Another'],
      ['config', 'analyst', 'Someone'],
    ]) {
      const result = await run(...args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toBe(
        `casefile ${args[0]}: The library ${library} is opened read-only (--read-only), and "${args[0]}" changes it. Reading commands (list, show, search, verify, head, exports) still work. [read_only]\n`,
      );
      oneLine(result.stderr);
    }
    expect(librarySnapshot(library)).toBe(before);
  });

  it('tells the app it is read-only and refuses every change up front, jobs included', async () => {
    const { library } = await seededLibrary();
    const writable = new Backend({ libraryPath: library });
    expect((await writable.call('library.info', {})).readOnly).toBe(false);
    await writable.close();
    const before = librarySnapshot(library);
    const backend = new Backend({ libraryPath: library, readonly: true });
    try {
      expect(await backend.call('library.info', {})).toMatchObject({ readOnly: true, counts: { articles: 1 } });
      expect((await backend.call('library.verify', {})).ok).toBe(true);
      for (const [method, input] of [
        ['sources.create', { name: 'Daily NK', kind: 'publication' }],
        ['articles.importFiles', { paths: [SEED_PATH] }],
        ['settings.setAnalyst', { name: 'Someone' }],
      ] as const) {
        const envelope = await backend.dispatch(method, input);
        expect(envelope, method).toEqual({
          ok: false,
          error: { code: 'read_only', message: expect.stringMatching(/^The library is open read-only/) },
        });
      }
    } finally {
      await backend.close();
    }
    expect(librarySnapshot(library)).toBe(before);
  });

  it('when its file and folder cannot be written (chmod 0444; as root, run as another user): opens read-only by itself', async () => {
    const { library, caseId } = await seededLibrary();
    fs.chmodSync(library, 0o444);
    const before = librarySnapshot(library);
    const outDir = tempDir();
    fs.chmodSync(outDir, 0o777);
    const out = path.join(outDir, 'case.zip');
    // Root writes through any permission bits, so as root the command runs as "nobody", for whom the
    // library's file and folder (owned by root, 0444 and 0755) are really not writable.
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) fs.chmodSync(path.dirname(library), 0o555);
    const run = (...args: string[]) => {
      const result = spawnSync(process.execPath, [CLI, '--library', library, ...args], {
        encoding: 'utf8',
        env: { ...process.env, HOME: outDir },
        ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    try {
      expect(run('list', 'articles')).toMatchObject({ status: 0, stdout: expect.stringContaining('Masks') });
      expect(run('verify')).toMatchObject({ status: 0, stdout: expect.stringMatching(/^ok /m) });
      expect(run('export-case', caseId, '--out', out).status).toBe(0);
      expect(fs.statSync(out).size).toBeGreaterThan(0);
      const write = run('--analyst', 'Someone', 'source', 'add', 'Daily NK', '--kind', 'publication');
      expect(write.status).toBe(1);
      expect(write.stderr).toBe(
        `casefile source: The library ${library} cannot be written (read-only file, folder or medium, or an immutable file), and "source" changes it. Reading commands (list, show, search, verify, head, exports) still work. [read_only]\n`,
      );
      oneLine(write.stderr);
      expect(librarySnapshot(library)).toBe(before);
      expect(fs.readdirSync(path.dirname(library))).toEqual(['lib.casefile']);
    } finally {
      fs.chmodSync(path.dirname(library), 0o755);
    }
  }, 120_000);

  it('when the file is immutable (chattr +i, which stops root too): opens read-only by itself', async (context) => {
    const { library } = await seededLibrary();
    if (spawnSync('chattr', ['+i', library]).status !== 0) {
      context.skip(); // needs chattr and the right to set the flag (root on a file system that has it)
      return;
    }
    try {
      const before = librarySnapshot(library);
      const run = (...args: string[]) => runCasefile(['--library', library, '--analyst', 'Someone', ...args]);
      expect((await run('list', 'articles')).stdout).toContain('Masks');
      expect((await run('verify')).status).toBe(0);
      const write = await run('source', 'add', 'Daily NK', '--kind', 'publication');
      expect(write.status).toBe(1);
      expect(write.stderr).toMatch(
        /cannot be written \(read-only file, folder or medium, or an immutable file\).*\[read_only\]\n$/,
      );
      oneLine(write.stderr);
      expect(librarySnapshot(library)).toBe(before);
    } finally {
      spawnSync('chattr', ['-i', library]);
    }
  });
});
