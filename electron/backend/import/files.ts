// Importing files and folders: each file becomes one article in its own transaction, so a bad file
// fails alone and no article is ever half-written. Runs as a job with progress and cancel.
import { formatMegabytes, MAX_PDF_BYTES, MAX_TEXT_BYTES } from '../../../shared/contract/limits';
import fs from 'node:fs';
import path from 'node:path';
import { ContractError } from '../../../shared/contract/errors';
import type { JobProgress, ParsedInput } from '../../../shared/contract/methods';
import type { ImportResult } from '../../../shared/contract/schemas';
import {
  captureArticle,
  findArticleByOriginal,
  getArticle,
  type Capture,
  type CaptureOutcome,
} from '../services/articles';
import type { Ctx } from '../services/context';
import { sha256Hex } from '../services/hash';
import { discardIndexWrites, flushIndexWrites, heldIndexChars, holdIndexWrites } from '../search/searchIndex';
import { extract, isImportable } from './formats';

function checkSize(name: string, size: number): void {
  const limit = path.extname(name).toLowerCase() === '.pdf' ? MAX_PDF_BYTES : MAX_TEXT_BYTES;
  if (size > limit) {
    throw new ContractError(
      'invalid_input',
      `${path.basename(name)} is ${formatMegabytes(size)}; Casefile imports files of this type up to ${formatMegabytes(limit)}. Split it, or import the part you need; nothing was imported.`,
    );
  }
}

/** Control characters in a file name (a terminal escape, a newline) shown as \x1b, \n …, never raw. */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/**
 * Reads a regular file, refusing devices, pipes and sockets (which never end, or block) and
 * reading no more than the size limit even when the file grows while it is read.
 */
function readRegularFile(file: string): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) {
      throw new ContractError(
        'invalid_input',
        `${path.basename(file)} is not a regular file (a device, pipe or socket), so there is nothing to import from it.`,
      );
    }
    checkSize(file, stat.size);
    const limit = path.extname(file).toLowerCase() === '.pdf' ? MAX_PDF_BYTES : MAX_TEXT_BYTES;
    const buffer = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = fs.readSync(fd, buffer, length, buffer.length - length, null)) > 0;)
      length += n;
    if (length > limit) checkSize(file, length); // it grew while being read
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/** Every importable file under the given paths; folders are walked, hidden files skipped. */
export function expandPaths(paths: readonly string[]): { files: string[]; failed: ImportResult['failed'] } {
  const files: string[] = [];
  const failed: ImportResult['failed'] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && isImportable(entry.name)) files.push(full);
    }
  };
  for (const p of paths) {
    const full = path.resolve(p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      failed.push({ path: p, error: `${p} does not exist or cannot be read.` });
      continue;
    }
    if (stat.isDirectory()) walk(full);
    else files.push(full);
  }
  return { files, failed };
}

export type ImportItem = { kind: 'path'; path: string } | { kind: 'upload'; name: string; bytes: Uint8Array };

export async function importOne(ctx: Ctx, item: ImportItem, metadata: Capture['metadata']): Promise<CaptureOutcome> {
  const name = item.kind === 'path' ? item.path : item.name;
  let bytes: Uint8Array;
  if (item.kind === 'path') {
    bytes = readRegularFile(item.path);
  } else {
    checkSize(name, item.bytes.byteLength);
    bytes = item.bytes;
  }
  // The same bytes again are a duplicate whatever the file is called: say so before the costly
  // extraction (Readability, pdf.js), so re-importing a folder only hashes what is already stored.
  const existing = findArticleByOriginal(ctx, sha256Hex(bytes));
  if (existing) return { article: getArticle(ctx, existing.id), duplicateOf: existing.id };
  const extraction = await extract(bytes, name);
  return captureArticle(ctx, { ...extraction, bytes, filename: path.basename(name), metadata, applyDetected: true });
}

/** Files whose extraction is synchronous, so that several can share one transaction. */
const BATCHED = /\.(txt|md|markdown|text)$/i;
const BATCH_FILES = 100;
const BATCH_MS = 250;
/** Index text held back for one batch (UTF-16 characters) before it closes: bounds its memory. */
const BATCH_INDEX_CHARS = 8_000_000;

/** One write transaction around consecutive plain-text files (see importFiles). */
class ImportBatch {
  private open = false;
  private started = 0;
  private pending: { list: 'imported' | 'duplicates'; entry: never }[] = [];

  constructor(
    private readonly ctx: Ctx,
    private readonly result: ImportResult,
  ) {}

  begin(): void {
    if (this.open || this.ctx.db.inTransaction) return;
    try {
      this.ctx.db.exec('BEGIN IMMEDIATE');
    } catch {
      return; // another writer holds the library: each file waits for it in its own transaction
    }
    this.open = true;
    this.started = Date.now();
    holdIndexWrites(this.ctx.db);
  }

  add<K extends 'imported' | 'duplicates'>(list: K, entry: ImportResult[K][number]): void {
    if (this.open) this.pending.push({ list, entry: entry as never });
    else (this.result[list] as unknown[]).push(entry);
  }

  full(): boolean {
    return (
      !this.open ||
      this.pending.length >= BATCH_FILES ||
      Date.now() - this.started >= BATCH_MS ||
      heldIndexChars(this.ctx.db) >= BATCH_INDEX_CHARS
    );
  }

  /** SQLite ends the whole transaction on some errors (a full disk): the batch's files are then not stored. */
  checkAlive(): void {
    if (!this.open || this.ctx.db.inTransaction) return;
    this.open = false;
    discardIndexWrites(this.ctx.db);
    this.lose('the library could not be written (see the file that failed after it); nothing of this file was kept');
  }

  commit(): void {
    if (!this.open) return;
    this.open = false;
    if (!this.ctx.db.inTransaction) {
      discardIndexWrites(this.ctx.db);
      return this.lose('the library could not be written; nothing of this file was kept');
    }
    try {
      // The batch's index rows, held back from the per-file savepoints, go into the same commit.
      flushIndexWrites(this.ctx.db);
      this.ctx.db.exec('COMMIT');
    } catch (error) {
      discardIndexWrites(this.ctx.db);
      if (this.ctx.db.inTransaction) this.ctx.db.exec('ROLLBACK');
      return this.lose(error instanceof Error ? error.message : String(error));
    }
    for (const { list, entry } of this.pending.splice(0)) (this.result[list] as unknown[]).push(entry);
  }

  private lose(reason: string): void {
    for (const { entry } of this.pending.splice(0)) {
      const { path: p, title } = entry as { path?: string; title: string };
      this.result.failed.push({ path: p ?? title, error: reason });
    }
  }
}

/** The job body of `articles.importFiles`. */
export async function importFiles(
  ctx: Ctx,
  input: ParsedInput<'articles.importFiles'>,
  report: (progress: JobProgress) => void,
  signal: AbortSignal,
): Promise<ImportResult> {
  const expanded = expandPaths(input.paths);
  const items: ImportItem[] = [
    ...expanded.files.map((p): ImportItem => ({ kind: 'path', path: p })),
    ...input.files.map((f): ImportItem => ({
      kind: 'upload',
      name: f.name,
      bytes: Buffer.from(f.bytesBase64, 'base64'),
    })),
  ];
  const result: ImportResult = { imported: [], duplicates: [], failed: [...expanded.failed] };
  const total = items.length;
  // Plain-text files are read and stored without waiting on anything, so consecutive ones share one
  // write transaction (one commit, one disk sync, for up to BATCH_FILES files or BATCH_MS), each file
  // inside its own savepoint: a bad file still fails alone and leaves nothing half-written. Nothing
  // else can run inside the batch, because the loop yields to other calls only between batches.
  const batch = new ImportBatch(ctx, result);
  try {
    for (let i = 0; i < items.length; i++) {
      if (signal.aborted) break;
      const item = items[i]!;
      const name = item.kind === 'path' ? item.path : item.name;
      report({ done: i, total, current: name, failures: result.failed.length });
      if (BATCHED.test(name)) batch.begin();
      else batch.commit();
      try {
        const outcome = await importOne(ctx, item, input.metadata);
        const a = outcome.article;
        if (outcome.duplicateOf)
          batch.add('duplicates', { id: a.id, sha256: a.originalSha256, path: escapeControls(name), title: a.title });
        else batch.add('imported', { id: a.id, sha256: a.originalSha256, title: a.title });
      } catch (error) {
        result.failed.push({
          path: escapeControls(name),
          error: escapeControls(error instanceof Error ? error.message : String(error)),
        });
        batch.checkAlive();
      }
      if (batch.full()) {
        batch.commit();
        // Let cancel requests and other calls through between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    batch.commit();
  }
  report({
    done: signal.aborted ? result.imported.length + result.duplicates.length + result.failed.length : total,
    total,
    current: '',
    failures: result.failed.length,
  });
  return result;
}
