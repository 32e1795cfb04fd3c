// The only module that knows which host the renderer runs in. Under Electron the preload exposes
// `window.casefile`; in the browser host we build the same facade over HTTP: POST /api/invoke for
// calls and a streamed GET /api/events for events, both carrying the per-launch token in the
// `X-Casefile-Token` header. The token arrives in the URL fragment (never sent to the server in a
// request line or logged) and is kept in sessionStorage for reloads.
import { effects } from '../../../shared/contract/effects';
import type { Envelope, ErrorCode } from '../../../shared/contract/errors';
import type { EventName, EventPayload } from '../../../shared/contract/events';
import type { CasefileFacade, HostCapabilities } from '../../../shared/contract/facade';
import type {
  JobMethod,
  JobProgress,
  JobResult,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../../shared/contract/methods';

declare global {
  interface Window {
    casefile?: CasefileFacade;
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const TOKEN_HEADER = 'X-Casefile-Token';
const TOKEN_KEY = 'casefile.token';

function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]!));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function webFacade(): CasefileFacade {
  const token = takeToken();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let streaming = false;

  async function stream(): Promise<void> {
    for (;;) {
      try {
        const response = await fetch('/api/events', { headers: { [TOKEN_HEADER]: token } });
        if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = frame
              .split('\n')
              .filter((l) => l.startsWith('data: '))
              .map((l) => l.slice(6))
              .join('\n');
            if (!data) continue;
            const { event, payload } = JSON.parse(data) as { event: string; payload: unknown };
            listeners.get(event)?.forEach((fn) => fn(payload));
          }
        }
      } catch {
        // The host went away or restarted; try again shortly.
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  return Object.freeze({
    async invoke(method: string, input: unknown): Promise<Envelope<unknown>> {
      let response: Response;
      try {
        response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify({ method, input }),
        });
      } catch {
        return {
          ok: false,
          error: {
            code: 'backend_unavailable',
            message: 'Casefile’s backend is not reachable. Is the browser host (npm run start:web) still running?',
          },
        };
      }
      if (response.status === 401) {
        return {
          ok: false,
          error: {
            code: 'unauthorized',
            message:
              'This page’s access token is missing or out of date. Open the URL that `npm run start:web` printed.',
          },
        };
      }
      return (await response.json()) as Envelope<unknown>;
    },
    on(event: string, handler: (payload: unknown) => void) {
      if (!streaming) {
        streaming = true;
        void stream();
      }
      const set = listeners.get(event) ?? new Set();
      set.add(handler);
      listeners.set(event, set);
      return () => set.delete(handler);
    },
    capabilities: Object.freeze({
      host: 'web',
      nativeDialogs: false,
      revealInFolder: false,
      importByPath: false,
    } satisfies HostCapabilities),
  }) as CasefileFacade;
}

const facade: CasefileFacade = window.casefile ?? webFacade();

/**
 * Reads started before the app's code has loaded (see early.ts), by method and input, each taken
 * by the first `api.call` that asks the same question. They are answers to questions asked at page
 * load, so they are kept only for the first seconds of start-up and dropped by any call that may
 * change the library: nothing is ever answered from before a change.
 */
const earlyCalls = new Map<string, Promise<Envelope<unknown>>>();
const EARLY_CALLS_KEPT_MS = 5000;
const callKey = (method: string, input: unknown) => `${method} ${JSON.stringify(input)}`;

/** Asks a read now, for the `api.call` with the same method and input that the app makes shortly. */
export function callEarly<M extends MethodName>(method: M, input: MethodInput<M>): void {
  if (effects[method].effect !== 'read') throw new Error(`${method} changes the library: it cannot be asked early.`);
  earlyCalls.set(callKey(method, input), facade.invoke(method, input));
  setTimeout(() => earlyCalls.clear(), EARLY_CALLS_KEPT_MS);
}

function takeEarlyCall(method: MethodName, input: unknown): Promise<Envelope<unknown>> | undefined {
  if (earlyCalls.size === 0) return undefined;
  if (effects[method].effect !== 'read') {
    earlyCalls.clear();
    return undefined;
  }
  const key = callKey(method, input);
  const early = earlyCalls.get(key);
  earlyCalls.delete(key);
  return early;
}

export const api = {
  capabilities: facade.capabilities,

  /** The file's path where the host imports by path (Electron), else null (the browser host uploads). */
  pathForFile(file: File): string | null {
    return facade.pathForFile?.(file) || null;
  },

  /** Calls a contract method; resolves with its value or rejects with an ApiError. */
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const envelope = await (takeEarlyCall(method, input) ?? facade.invoke(method, input));
    if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.details);
    return envelope.value as MethodOutput<M>;
  },

  on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void {
    return facade.on(event, handler);
  },

  /** Starts a job method and resolves with its result when it finishes. */
  async runJob<M extends JobMethod>(
    method: M,
    input: MethodInput<M>,
    onProgress?: (progress: JobProgress, jobId: string) => void,
  ): Promise<{ jobId: string; status: 'done' | 'cancelled'; result: JobResult<M> }> {
    let jobId = '';
    const seen = new Map<string, EventPayload<'job.finished'>>();
    let finish!: (p: EventPayload<'job.finished'>) => void;
    const finished = new Promise<EventPayload<'job.finished'>>((resolve) => (finish = resolve));
    const offFinished = facade.on('job.finished', (p) => {
      seen.set(p.jobId, p);
      if (p.jobId === jobId) finish(p);
    });
    const offProgress = facade.on('job.progress', (p) => {
      if (p.jobId === jobId) onProgress?.(p.progress, jobId);
    });
    // Events can be missed across a reconnect; the job's own state is authoritative.
    const poll = setInterval(() => {
      if (!jobId) return;
      api.call('jobs.get', { jobId }).then(
        (s) => {
          if (s.status !== 'running') finish({ jobId, method, status: s.status, result: s.result, error: s.error });
        },
        () => undefined,
      );
    }, 2000);
    try {
      ({ jobId } = (await api.call(method, input as never)) as { jobId: string });
      const early = seen.get(jobId);
      if (early) finish(early);
      const outcome = await finished;
      if (outcome.status === 'failed')
        throw new ApiError(outcome.error?.code ?? 'internal', outcome.error?.message ?? 'The job failed.');
      return { jobId, status: outcome.status, result: outcome.result as JobResult<M> };
    } finally {
      clearInterval(poll);
      offProgress();
      offFinished();
    }
  },

  cancelJob(jobId: string): Promise<MethodOutput<'jobs.cancel'>> {
    return api.call('jobs.cancel', { jobId });
  },
};
