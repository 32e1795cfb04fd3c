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
  /** A case file to import on every other run. */
  caseFile: string;
  /** Longest wait, once the command has started committing, before the kill. */
  maxDelayMs?: number;
  log?: (line: string) => void;
}

export interface CrashTestResult {
  kills: number;
  finishedBeforeKill: number;
  articles: number;
  auditRows: number;
  problems: string[];
}

/**
 * Runs the command and kills it a random time after it has started committing (its WAL grew), so
 * every kill lands in the middle of writing rather than during start-up.
 */
function runAndKill(
  args: string[],
  library: string,
  maxDelayMs: number,
): Promise<{ outcome: 'killed' | 'finished'; delay: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    const delay = Math.floor(Math.random() * maxDelayMs);
    let timer: ReturnType<typeof setTimeout> | undefined;
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
      resolve({ outcome: signal === 'SIGKILL' ? 'killed' : 'finished', delay });
    });
  });
}

export async function runCrashTest(options: CrashTestOptions): Promise<CrashTestResult> {
  const library = path.join(options.dir, 'crash.casefile');
  const seed = new Backend({ libraryPath: library, analyst: 'Crash Test' });
  await seed.close();
  const seenArticles = new Set<string>();
  const seenHeads: { seq: number; hash: string }[] = [];
  const problems: string[] = [];
  let finished = 0;
  for (let i = 0; i < options.kills; i++) {
    const args =
      i % 2 === 0
        ? ['--library', library, '--analyst', 'Crash Test', 'import', WEB_PAGES]
        : ['--library', library, '--analyst', 'Crash Test', 'import-case', options.caseFile];
    const { outcome, delay } = await runAndKill(args, library, options.maxDelayMs ?? 1500);
    if (outcome === 'finished') finished++;
    const backend = new Backend({ libraryPath: library, analyst: 'Crash Test', mustExist: true });
    try {
      const report = await backend.call('library.verify', { anchors: seenHeads });
      for (const check of report.checks.filter((c) => !c.ok))
        problems.push(`after kill ${i + 1}: ${check.name}: ${check.problems.slice(0, 3).join('; ')}`);
      const ids = backend.library.db.prepare('SELECT id FROM articles').pluck().all() as string[];
      const present = new Set(ids);
      for (const id of seenArticles)
        if (!present.has(id)) problems.push(`after kill ${i + 1}: article ${id}, committed earlier, is gone`);
      ids.forEach((id) => seenArticles.add(id));
      if (report.head) seenHeads.push({ seq: report.head.seq, hash: report.head.hash });
      options.log?.(
        `run ${i + 1}/${options.kills} ${outcome === 'killed' ? `killed ${delay} ms into writing` : 'finished before the kill'}: ${ids.length} articles, audit head ${report.head?.seq ?? 0}, ${report.ok ? 'verified' : 'FAILED'}`,
      );
    } catch (error) {
      problems.push(`after kill ${i + 1}: the library did not open: ${(error as Error).message}`);
    } finally {
      await backend.close();
    }
  }
  const last = new Backend({ libraryPath: library, analyst: 'Crash Test', mustExist: true });
  const articles = last.library.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  const auditRows = last.library.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  await last.close();
  fs.rmSync(`${library}.backups`, { recursive: true, force: true });
  return { kills: options.kills, finishedBeforeKill: finished, articles, auditRows, problems };
}
