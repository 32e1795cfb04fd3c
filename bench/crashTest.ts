// `npm run crash-test [-- KILLS]` (or CRASH_KILLS=N; 100 by default): see electron/backend/testing/crashTest.ts.
// Every other run imports a case file; each case file holds 20 articles of its own (made here in a
// source library), so every case-file import writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Backend } from '../electron/backend/backend';
import { runCrashTest } from '../electron/backend/testing/crashTest';

const SEED = path.resolve(import.meta.dirname, '../../shared/corpus/seed/000_7b2b4f9a55c89497.txt');

const kills = Number(process.argv[2] ?? process.env.CRASH_KILLS ?? 100);
if (!Number.isInteger(kills) || kills < 1) {
  process.stderr.write(`crash-test: the number of kills must be a positive whole number, not "${process.argv[2]}"\n`);
  process.exit(2);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-crash-'));
try {
  const source = new Backend({ libraryPath: path.join(dir, 'source.casefile'), analyst: 'Crash Test' });
  const seedText = fs.readFileSync(SEED, 'utf8');
  const caseFiles: string[] = [];
  for (let k = 0; k < Math.ceil(kills / 2); k++) {
    const ids: string[] = [];
    for (let a = 0; a < 20; a++) {
      const { article } = await source.call('articles.createFromText', {
        text: `${seedText}\n\nCrash case ${k + 1}, article ${a + 1}.`,
        title: `Crash case ${k + 1}, article ${a + 1}`,
      });
      ids.push(article.id);
    }
    const c = await source.call('cases.create', { title: `Crash case ${k + 1}` });
    await source.call('cases.addItems', { id: c.id, itemIds: ids });
    const caseFile = path.join(dir, `case-${k + 1}.zip`);
    const state = await source.jobs.wait((await source.call('cases.exportFile', { id: c.id, path: caseFile })).jobId);
    if (state.status !== 'done') throw new Error(`could not export the case file: ${state.error?.message}`);
    caseFiles.push(caseFile);
  }
  await source.close();
  const result = await runCrashTest({ dir, kills, caseFiles, log: (l) => process.stdout.write(`${l}\n`) });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.exitCode = result.problems.length ? 1 : 0;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
