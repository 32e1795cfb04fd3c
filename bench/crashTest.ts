// `npm run crash-test` (CRASH_KILLS=100 by default): see electron/backend/testing/crashTest.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Backend } from '../electron/backend/backend';
import { runCrashTest } from '../electron/backend/testing/crashTest';

const SEED = path.resolve(import.meta.dirname, '../../shared/corpus/seed/000_7b2b4f9a55c89497.txt');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-crash-'));
try {
  const source = new Backend({ libraryPath: path.join(dir, 'source.casefile'), analyst: 'Crash Test' });
  const { article } = await source.call('articles.createFromText', {
    text: fs.readFileSync(SEED, 'utf8'),
    title: 'Seed',
  });
  const c = await source.call('cases.create', { title: 'Crash case' });
  await source.call('cases.addItems', { id: c.id, itemIds: [article.id] });
  const caseFile = path.join(dir, 'case.zip');
  const state = await source.jobs.wait((await source.call('cases.exportFile', { id: c.id, path: caseFile })).jobId);
  if (state.status !== 'done') throw new Error(`could not export the case file: ${state.error?.message}`);
  await source.close();
  const result = await runCrashTest({
    dir,
    kills: Number(process.env.CRASH_KILLS ?? 100),
    caseFile,
    log: (l) => process.stdout.write(`${l}\n`),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.exitCode = result.problems.length ? 1 : 0;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
