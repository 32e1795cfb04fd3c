// Case-file export and import as jobs (large cases take a while): progress between steps, cancel
// before anything is written, and files written atomically.
import fs from 'node:fs';
import path from 'node:path';
import { ContractError } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/methods';
import { CASE_FILE_LIMITS } from '../../../shared/contract/caseFile';
import { openCaseFile } from '../import/caseFileArchive';
import { checkCaseFileAdmission } from '../import/caseFileChecks';
import { auditHeadRow } from '../services/audit';
import { backupIfDue } from '../services/backups';
import { mergeCaseFile, type CaseImportResult } from '../import/caseFileMerge';
import type { Ctx } from '../services/context';
import { buildCaseFile, collectCase } from './caseFile';

type Report = (p: JobProgress) => void;

const cancelled = () => new ContractError('cancelled', 'Cancelled; nothing was written.');

/** Writes beside the target and renames, so a failed write never leaves half a file. */
export function writeFileAtomically(file: string, content: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw new ContractError('io_error', `Could not write ${file}: ${(error as Error).message}`);
  }
}

const step = () => new Promise((resolve) => setImmediate(resolve));

export async function exportCaseFileJob(
  ctx: Ctx,
  input: { id: string; path?: string | undefined },
  report: Report,
  signal: AbortSignal,
) {
  report({ done: 0, total: 3, current: 'Collecting the case', failures: 0 });
  const contents = collectCase(ctx, input.id);
  await step();
  if (signal.aborted) throw cancelled();
  report({
    done: 1,
    total: 3,
    current: `Packing ${contents.articles.length} articles and ${contents.excerpts.length} excerpts`,
    failures: 0,
  });
  const file = buildCaseFile(contents, ctx.appVersion, ctx.now(), auditHeadRow(ctx.db));
  await step();
  if (signal.aborted) throw cancelled();
  report({ done: 2, total: 3, current: 'Writing', failures: 0 });
  if (input.path) writeFileAtomically(input.path, file.bytes);
  report({ done: 3, total: 3, current: '', failures: 0 });
  return {
    path: input.path ? path.resolve(input.path) : null,
    // A view of the archive's bytes, not a copy of them (a large case file is tens of megabytes).
    bytesBase64: input.path
      ? null
      : Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('base64'),
    entries: file.manifest.entries.length,
    size: file.bytes.byteLength,
  };
}

export async function importCaseFileJob(
  ctx: Ctx,
  input: { path?: string | undefined; bytesBase64?: string | undefined },
  report: Report,
  signal: AbortSignal,
): Promise<CaseImportResult> {
  report({ done: 0, total: 3, current: 'Reading the case file', failures: 0 });
  let bytes: Uint8Array;
  if (input.path) {
    try {
      const stat = fs.statSync(input.path);
      if (!stat.isFile())
        throw new ContractError(
          'invalid_input',
          `${input.path} is not a regular file (a folder, device, pipe or socket); choose a .zip case file.`,
        );
      if (stat.size > CASE_FILE_LIMITS.maxTotalBytes)
        throw new ContractError(
          'invalid_input',
          `${input.path} is ${stat.size} bytes, larger than any case file Casefile accepts (${CASE_FILE_LIMITS.maxTotalBytes}).`,
        );
      bytes = fs.readFileSync(input.path);
    } catch (error) {
      if (error instanceof ContractError) throw error;
      throw new ContractError('io_error', `Could not read ${input.path}: ${(error as Error).message}`);
    }
  } else {
    bytes = Buffer.from(input.bytesBase64 ?? '', 'base64');
  }
  await step();
  report({ done: 1, total: 3, current: 'Verifying every entry against the manifest', failures: 0 });
  const opened = openCaseFile(bytes);
  checkCaseFileAdmission(ctx, opened.contents);
  // The file is admitted: keep a verified copy of the library before merging into it.
  backupIfDue(ctx, 'before-case-import');
  await step();
  if (signal.aborted) throw cancelled();
  report({ done: 2, total: 3, current: `Merging “${opened.contents.caseRecord.title}”`, failures: 0 });
  const result = mergeCaseFile(ctx, opened.contents, opened.sha256);
  report({ done: 3, total: 3, current: '', failures: result.orphaned.length });
  return result;
}
