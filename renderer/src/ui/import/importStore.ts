// The one file import that can run at a time, shared by the drop zone, the file picker and the
// progress dialog. Files travel as base64 (the browser host has no paths), in batches that keep each
// call under the host's request limit; every batch is one `articles.importFiles` job.
import { formatMegabytes, MAX_UPLOAD_FILE_BYTES, UPLOAD_BATCH_BASE64_BUDGET } from '../../../../shared/contract/limits';
import { useSyncExternalStore } from 'react';
import type { JobProgress } from '../../../../shared/contract/methods';
import { IMPORTABLE_EXTENSIONS } from '../../../../shared/contract/importFormats';
import type { ImportResult } from '../../../../shared/contract/schemas';
import { api } from '../../api/client';
import { invalidateAfter } from '../../api/hooks';
import { errorMessage } from '../notify';
import { chooseImportRoute } from './importRoute';
import { bytesToBase64, sha256Hex } from '../bytes';

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; total: number }
  | {
      status: 'running';
      jobId: string | null;
      done: number;
      total: number;
      current: string;
      failures: number;
      cancelling: boolean;
    }
  | { status: 'finished'; result: ImportResult; cancelled: boolean; fileNames: ReadonlyMap<string, string> };

const BATCH_MAX_FILES = 200;

let state: ImportState = { status: 'idle' };
let cancelRequested = false;
const listeners = new Set<() => void>();

function set(next: ImportState): void {
  state = next;
  listeners.forEach((fn) => fn());
}

export function useImportState(): ImportState {
  return useSyncExternalStore(
    (fn) => (listeners.add(fn), () => listeners.delete(fn)),
    () => state,
  );
}

type Upload = { name: string; bytesBase64: string };

function batches(uploads: Upload[]): Upload[][] {
  const out: Upload[][] = [];
  let current: Upload[] = [];
  let size = 0;
  for (const upload of uploads) {
    if (
      current.length &&
      (size + upload.bytesBase64.length > UPLOAD_BATCH_BASE64_BUDGET || current.length >= BATCH_MAX_FILES)
    ) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(upload);
    size += upload.bytesBase64.length;
  }
  if (current.length) out.push(current);
  return out;
}

export async function importFiles(files: File[]): Promise<void> {
  if (!files.length || state.status === 'reading' || state.status === 'running') return;
  cancelRequested = false;
  const result: ImportResult = { imported: [], duplicates: [], failed: [] };
  set({ status: 'reading', total: files.length });
  const uploads: Upload[] = [];
  const fileNames = new Map<string, string>();
  for (const file of files) {
    if (file.size > MAX_UPLOAD_FILE_BYTES) {
      result.failed.push({
        path: file.name,
        error: `${file.name} is larger than ${formatMegabytes(MAX_UPLOAD_FILE_BYTES)}, the most a page can upload in one file; import it with the casefile command or the desktop app.`,
      });
      continue;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      fileNames.set(await sha256Hex(bytes), file.name);
      uploads.push({ name: file.name, bytesBase64: bytesToBase64(bytes) });
    } catch (error) {
      result.failed.push({ path: file.name, error: `${file.name} could not be read: ${errorMessage(error)}` });
    }
  }
  const total = files.length;
  let offset = result.failed.length;
  const running = (progress: Partial<Extract<ImportState, { status: 'running' }>>) =>
    set({
      status: 'running',
      jobId: null,
      done: offset,
      total,
      current: '',
      failures: result.failed.length,
      cancelling: cancelRequested,
      ...(state.status === 'running' ? state : {}),
      ...progress,
    });
  running({});
  let cancelled = false;
  try {
    for (const batch of batches(uploads)) {
      if (cancelRequested) {
        cancelled = true;
        break;
      }
      const before = result.failed.length;
      const outcome = await api.runJob('articles.importFiles', { files: batch }, (p: JobProgress, jobId) =>
        running({ jobId, done: offset + p.done, current: p.current, failures: before + p.failures }),
      );
      result.imported.push(...outcome.result.imported);
      result.duplicates.push(...outcome.result.duplicates);
      result.failed.push(...outcome.result.failed);
      offset += batch.length;
      running({ jobId: null, done: offset, failures: result.failed.length });
      if (outcome.status === 'cancelled') {
        cancelled = true;
        break;
      }
    }
  } catch (error) {
    result.failed.push({ path: '(import)', error: errorMessage(error) });
  }
  void invalidateAfter('articles.importFiles');
  set({ status: 'finished', result, cancelled, fileNames });
}

/**
 * Imports files the host gave by path (the desktop app's native dialog or a drop): one job, no
 * bytes through the renderer, so only the backend's per-format limits apply.
 */
export async function importFilePaths(paths: string[]): Promise<void> {
  if (!paths.length || state.status === 'reading' || state.status === 'running') return;
  cancelRequested = false;
  const total = paths.length;
  set({ status: 'running', jobId: null, done: 0, total, current: '', failures: 0, cancelling: false });
  let result: ImportResult = { imported: [], duplicates: [], failed: [] };
  let cancelled = false;
  try {
    const outcome = await api.runJob('articles.importFiles', { paths }, (p: JobProgress, jobId) =>
      set({
        status: 'running',
        jobId,
        done: p.done,
        total: Math.max(total, p.total),
        current: p.current,
        failures: p.failures,
        cancelling: cancelRequested,
      }),
    );
    result = outcome.result;
    cancelled = outcome.status === 'cancelled';
  } catch (error) {
    result.failed.push({ path: '(import)', error: errorMessage(error) });
  }
  void invalidateAfter('articles.importFiles');
  set({ status: 'finished', result, cancelled, fileNames: new Map() });
}

export function cancelImport(): void {
  if (state.status !== 'running') return;
  cancelRequested = true;
  set({ ...state, cancelling: true });
  if (state.jobId) void api.cancelJob(state.jobId).catch(() => undefined);
}

export function dismissImport(): void {
  if (state.status === 'finished') set({ status: 'idle' });
}

/** The picker offers every type the backend imports (shared/contract/importFormats). */
export const IMPORT_ACCEPT = [
  ...IMPORTABLE_EXTENSIONS,
  'text/plain',
  'text/markdown',
  'text/html',
  'application/pdf',
].join(',');

/** Chosen or dropped files, imported by path where the host can, else uploaded (./importRoute.ts). */
export function importChosenFiles(files: File[]): Promise<void> {
  const route = chooseImportRoute(files, api.capabilities.importByPath, (file) => api.pathForFile(file));
  return route.kind === 'paths' ? importFilePaths(route.paths) : importFiles(route.files);
}

/** Opens the file picker; in the desktop app the chosen files are then imported by path. */
export function pickFilesToImport(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.accept = IMPORT_ACCEPT;
  input.addEventListener('change', () => void importChosenFiles([...(input.files ?? [])]));
  input.click();
}
