// Long work started from anywhere (a button, the command palette) shows one progress dialog with a
// Cancel button. One job at a time is shown: the dialog is modal, so a second cannot be started
// from the UI while one runs.
import { useSyncExternalStore } from 'react';
import type { JobMethod, JobProgress, JobResult, MethodInput } from '../../../shared/contract/methods';
import { api, ApiError } from '../api/client';

export interface JobState {
  running: boolean;
  title: string;
  progress: JobProgress | null;
  cancelling: boolean;
}

const IDLE: JobState = { running: false, title: '', progress: null, cancelling: false };
let state: JobState = IDLE;
let jobId = '';
const listeners = new Set<() => void>();

function set(next: JobState): void {
  state = next;
  listeners.forEach((fn) => fn());
}

/** Runs a job with the progress dialog; null when the analyst cancelled it. Errors are thrown. */
export async function runJobWithProgress<M extends JobMethod>(
  title: string,
  method: M,
  input: MethodInput<M>,
): Promise<JobResult<M> | null> {
  set({ running: true, title, progress: null, cancelling: false });
  jobId = '';
  try {
    const outcome = await api.runJob(method, input, (progress, id) => {
      jobId = id;
      set({ ...state, progress });
    });
    return outcome.status === 'done' ? outcome.result : null;
  } catch (error) {
    // A job stopped by Cancel ends with this code; that is the analyst's wish, not a failure.
    if (error instanceof ApiError && error.code === 'cancelled') return null;
    throw error;
  } finally {
    set(IDLE);
  }
}

export function cancelRunningJob(): void {
  if (!jobId) return;
  set({ ...state, cancelling: true });
  void api.cancelJob(jobId).catch(() => undefined);
}

export function useJobState(): JobState {
  return useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    () => state,
  );
}
