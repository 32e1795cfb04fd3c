// Long-running work as jobs: started at once, reporting progress as events, cancellable. Every
// long method uses this one mechanism, so progress bars and cancel work the same everywhere.
import { randomUUID } from 'node:crypto';
import { changedKinds, isMethodName } from '../../shared/contract/effects';
import { ContractError } from '../../shared/contract/errors';
import type { JobProgress, MethodOutput } from '../../shared/contract/methods';
import type { Ctx } from './services/context';

type JobState = MethodOutput<'jobs.get'>;

export type JobBody<T> = (report: (progress: JobProgress) => void, signal: AbortSignal) => Promise<T>;

export class JobRunner {
  private readonly jobs = new Map<string, { state: JobState; controller: AbortController; finished: Promise<void> }>();

  constructor(private readonly ctx: Pick<Ctx, 'emit'>) {}

  start<T>(method: string, body: JobBody<T>): { jobId: string } {
    const jobId = randomUUID();
    const controller = new AbortController();
    const state: JobState = {
      jobId,
      method,
      status: 'running',
      progress: { done: 0, total: 0, current: '', failures: 0 },
    };
    const report = (progress: JobProgress) => {
      state.progress = progress;
      this.ctx.emit('job.progress', { jobId, method, progress });
    };
    const finished = (async () => {
      // Start on the next turn so the caller has the job id before the first progress event.
      await new Promise((resolve) => setImmediate(resolve));
      try {
        const result = await body(report, controller.signal);
        state.status = controller.signal.aborted ? 'cancelled' : 'done';
        state.result = result;
      } catch (error) {
        state.status = 'failed';
        state.error =
          error instanceof ContractError
            ? { code: error.code, message: error.message }
            : { code: 'internal', message: error instanceof Error ? error.message : String(error) };
      }
      // Even a failed or cancelled job may have committed part of its work (an import keeps every whole article).
      const kinds = isMethodName(method) ? changedKinds(method) : [];
      if (kinds.length) this.ctx.emit('library.changed', { kinds: [...kinds] });
      this.ctx.emit('job.finished', {
        jobId,
        method,
        status: state.status as 'done' | 'failed' | 'cancelled',
        result: state.result,
        error: state.error,
      });
    })();
    this.jobs.set(jobId, { state, controller, finished });
    return { jobId };
  }

  get(jobId: string): JobState {
    const job = this.jobs.get(jobId);
    if (!job) throw new ContractError('not_found', `No job has the id ${jobId}.`);
    return job.state;
  }

  cancel(jobId: string): void {
    const job = this.jobs.get(jobId);
    if (!job) throw new ContractError('not_found', `No job has the id ${jobId}.`);
    job.controller.abort();
  }

  /** Resolves when the job has finished (for the CLI and tests, which wait instead of listening). */
  async wait(jobId: string): Promise<JobState> {
    const job = this.jobs.get(jobId);
    if (!job) throw new ContractError('not_found', `No job has the id ${jobId}.`);
    await job.finished;
    return job.state;
  }

  /** Cancels every running job and waits for them (before closing the library). */
  async drain(): Promise<void> {
    for (const job of this.jobs.values()) job.controller.abort();
    await Promise.all([...this.jobs.values()].map((j) => j.finished));
  }
}
