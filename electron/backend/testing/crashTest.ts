// The crash test: the `casefile` command imports files and case files into one library and is
// killed with SIGKILL at a random moment, again and again. After every kill the library must open
// (SQLite's recovery and integrity check), verify in full (chain, state replay, originals), still
// hold every article seen after earlier kills, and still contain every audit head seen before (so
// no committed row was lost). `npm run crash-test` runs 100 kills; the Vitest suite runs a few.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Backend } from '../backend';

const CLI = path.resolve(import.meta.dirname, '../../../bin/casefile.mjs');
export const WEB_PAGES = path.resolve(import.meta.dirname, '../../../../shared/corpus/web-pages');

export interface CrashTestOptions {
  dir: string;
  kills: number;
  /**
   * Case files to import on every other run, in turn. Each should hold different articles: a case
   * file already merged changes nothing, so a kill would land on no write.
   */
  caseFiles: readonly string[];
  /** Longest wait, once the command has started committing, before the kill. */
  maxDelayMs?: number;
  log?: (line: string) => void;
}

export interface CrashTestResult {
  kills: number;
  finishedBeforeKill: number;
  articles: number;
  auditRows: number;
  /** Articles and audit rows seen after an earlier kill and missing after a later one: must be 0. */
  committedRowsLost: number;
  /** Runs after which the library failed to open, SQLite's integrity check, or verify. */
  failedChecks: number;
  elapsedMs: number;
  problems: string[];
}

/**
 * Runs the command and kills it. An import commits file by file, so the kill comes a random time
 * after it has started committing (its WAL grew), never during start-up. A case-file import writes
 * in one transaction that reaches the WAL only as it commits, so it is killed instead at a random
 * point of the last half of a run's length (`killAtMs`, measured on a run that finished): the
 * window in which it reads, admits and writes.
 */
function runAndKill(
  args: string[],
  library: string,
  maxDelayMs: number,
  killAtMs?: number,
): Promise<{ outcome: 'killed' | 'finished'; delay: number; ranMs: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    const delay = Math.floor(
      killAtMs === undefined ? Math.random() * maxDelayMs : killAtMs * (0.5 + Math.random() / 2),
    );
    let timer: ReturnType<typeof setTimeout> | undefined =
      killAtMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), delay);
    const walSize = () => {
      try {
        return fs.statSync(`${library}-wal`).size;
      } catch {
        return 0;
      }
    };
    const poll = setInterval(() => {
      if (walSize() > 0 && !timer) {
        clearInterval(poll);
        timer = setTimeout(() => child.kill('SIGKILL'), delay);
      }
    }, 20);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ outcome: signal === 'SIGKILL' ? 'killed' : 'finished', delay, ranMs: performance.now() - started });
    });
  });
}

/**
 * The saved web pages, each with a comment naming the run appended: new bytes, so every import
 * run writes 30 new articles instead of finding them all already in the library.
 */
export function webPagesForRun(dir: string, run: number): string {
  const out = path.join(dir, `pages-${run}`);
  fs.mkdirSync(out, { recursive: true });
  for (const name of fs.readdirSync(WEB_PAGES)) {
    const page = path.join(WEB_PAGES, name, 'source.html');
    if (!fs.existsSync(page)) continue;
    fs.writeFileSync(
      path.join(out, `${name}.html`),
      Buffer.concat([fs.readFileSync(page), Buffer.from(`\n<!-- crash run ${run} -->\n`)]),
    );
  }
  return out;
}

export async function runCrashTest(options: CrashTestOptions): Promise<CrashTestResult> {
  const started = performance.now();
  const library = path.join(options.dir, 'crash.casefile');
  const seed = new Backend({ libraryPath: library, analyst: 'Crash Test' });
  await seed.close();
  const seenArticles = new Set<string>();
  const seenHeads: { seq: number; hash: string }[] = [];
  const problems: string[] = [];
  let finished = 0;
  let lost = 0;
  let failedChecks = 0;
  let auditRowsSeen = 0;
  /** How long a whole case-file import took, once one has run to the end; undefined before. */
  let caseImportMs: number | undefined;
  for (let i = 0; i < options.kills; i++) {
    const pages = i % 2 === 0 ? webPagesForRun(options.dir, i) : null;
    const args = pages
      ? ['--library', library, '--analyst', 'Crash Test', 'import', pages]
      : [
          '--library',
          library,
          '--analyst',
          'Crash Test',
          'import-case',
          options.caseFiles[Math.floor(i / 2) % options.caseFiles.length]!,
        ];
    const { outcome, delay, ranMs } = await runAndKill(
      args,
      library,
      options.maxDelayMs ?? 1500,
      pages ? undefined : caseImportMs,
    );
    if (outcome === 'finished') finished++;
    if (!pages && outcome === 'finished') caseImportMs = ranMs;
    if (pages) fs.rmSync(pages, { recursive: true, force: true });
    let backend: Backend | undefined;
    try {
      backend = new Backend({ libraryPath: library, analyst: 'Crash Test', mustExist: true });
      const report = await backend.call('library.verify', { anchors: seenHeads });
      if (!report.ok) failedChecks++;
      for (const check of report.checks.filter((c) => !c.ok))
        problems.push(`after kill ${i + 1}: ${check.name}: ${check.problems.slice(0, 3).join('; ')}`);
      const ids = backend.library.db.prepare('SELECT id FROM articles').pluck().all() as string[];
      const present = new Set(ids);
      for (const id of seenArticles)
        if (!present.has(id)) {
          lost++;
          problems.push(`after kill ${i + 1}: article ${id}, committed earlier, is gone`);
        }
      ids.forEach((id) => seenArticles.add(id));
      const auditRows = backend.library.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
      if (auditRows < auditRowsSeen) {
        lost += auditRowsSeen - auditRows;
        problems.push(`after kill ${i + 1}: ${auditRowsSeen - auditRows} audit rows committed earlier are gone`);
      }
      auditRowsSeen = Math.max(auditRowsSeen, auditRows);
      if (report.head) seenHeads.push({ seq: report.head.seq, hash: report.head.hash });
      options.log?.(
        `run ${i + 1}/${options.kills} ${pages ? 'import' : 'import-case'} ${outcome === 'killed' ? `killed ${delay} ms ${pages ? 'into writing' : 'after starting'}` : 'finished before the kill'}: ${ids.length} articles, audit head ${report.head?.seq ?? 0}, ${report.ok ? 'verified' : 'FAILED'}`,
      );
    } catch (error) {
      failedChecks++;
      problems.push(`after kill ${i + 1}: the library did not open or verify: ${(error as Error).message}`);
    } finally {
      await backend?.close();
    }
  }
  const last = new Backend({ libraryPath: library, analyst: 'Crash Test', mustExist: true });
  const articles = last.library.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  const auditRows = last.library.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  await last.close();
  fs.rmSync(`${library}.backups`, { recursive: true, force: true });
  return {
    kills: options.kills,
    finishedBeforeKill: finished,
    articles,
    auditRows,
    committedRowsLost: lost,
    failedChecks,
    elapsedMs: Math.round(performance.now() - started),
    problems,
  };
}
