// The main process's end of the snapshot channel (shared/contract/snapshotChannel.ts), free of
// Electron so Node tests drive it: it validates what the backend asks, runs one hidden-window render
// per request (snapshot-window.ts supplies the real one), asks the backend to admit every host the
// page requests before letting the request go, and answers with the PNG and PDF or a one-line error.
// A cancel, the render's own timeout, or the backend going away aborts the render, and the render
// function closes its window and session in every case.
import {
  SNAPSHOT_MAX_TIMEOUT_MS,
  isSnapshotMessage,
  parseSnapshotToMain,
  snapshotErrorMessage,
  type SnapshotRender,
  type SnapshotToBackend,
} from '../../shared/contract/snapshotChannel';

export interface RenderedPage {
  png: Uint8Array;
  pdf: Uint8Array;
  width: number;
  height: number;
}

export interface SnapshotJob {
  request: SnapshotRender;
  /** Resolves once the backend's gatekeeper lets the browser reach host:port; rejects otherwise. */
  admit(host: string, port: number): Promise<void>;
  /** Aborted by a cancel, the timeout or the backend leaving; the render must then stop. */
  signal: AbortSignal;
}

export type RenderInWindow = (job: SnapshotJob) => Promise<RenderedPage>;

export interface BrokerOptions {
  render: RenderInWindow;
  send(message: SnapshotToBackend): void;
  /** Hidden windows at once; more requests are refused (captures run one URL at a time per job). */
  maxConcurrent?: number;
  /** How long an admission may wait for the backend's answer. */
  admitTimeoutMs?: number;
}

interface Running {
  controller: AbortController;
  admissions: Map<number, { resolve: () => void; reject: (error: Error) => void }>;
}

export class SnapshotBroker {
  private readonly running = new Map<number, Running>();
  private nextRequestId = 1;
  private closed = false;

  constructor(private readonly options: BrokerOptions) {}

  /** How many renders are in progress (each one a hidden window). */
  get active(): number {
    return this.running.size;
  }

  /** Handles one message from the backend; false when it is not for this channel. */
  receive(raw: unknown): boolean {
    if (!isSnapshotMessage(raw)) return false;
    const message = parseSnapshotToMain(raw);
    if (!message || this.closed) {
      const id = (raw as { id?: unknown }).id;
      if (!this.closed && (raw as { type?: unknown }).type === 'snapshot.render' && typeof id === 'number')
        this.answer({ type: 'snapshot.result', id, ok: false, message: 'the snapshot request was malformed' });
      return true;
    }
    if (message.type === 'snapshot.render') this.start(message);
    else if (message.type === 'snapshot.cancel') this.running.get(message.id)?.controller.abort(new Error('cancelled'));
    else {
      const admission = this.running.get(message.id)?.admissions.get(message.requestId);
      admission?.resolve();
    }
    return true;
  }

  /** The backend is gone: every render stops (its window and session are closed by the render). */
  close(): void {
    this.closed = true;
    for (const run of this.running.values()) run.controller.abort(new Error('the backend stopped'));
  }

  private answer(message: SnapshotToBackend): void {
    if (this.closed) return;
    try {
      this.options.send(message);
    } catch {
      // The backend went away between the check and the send; close() follows.
    }
  }

  private start(request: SnapshotRender): void {
    const { id } = request;
    if (this.running.has(id)) {
      this.answer({ type: 'snapshot.result', id, ok: false, message: `snapshot ${id} is already being rendered` });
      return;
    }
    if (this.running.size >= (this.options.maxConcurrent ?? 2)) {
      this.answer({
        type: 'snapshot.result',
        id,
        ok: false,
        message: 'too many snapshots are being rendered at once; capture again when they are done',
      });
      return;
    }
    const controller = new AbortController();
    const run: Running = { controller, admissions: new Map() };
    this.running.set(id, run);
    const timeoutMs = Math.min(request.timeoutMs, SNAPSHOT_MAX_TIMEOUT_MS);
    const timer = setTimeout(
      () => controller.abort(new Error(`the page did not finish rendering within ${Math.round(timeoutMs / 1000)} s`)),
      timeoutMs,
    );
    controller.signal.addEventListener('abort', () => {
      for (const admission of run.admissions.values()) admission.reject(controller.signal.reason as Error);
      run.admissions.clear();
    });

    const admit = (host: string, port: number) =>
      new Promise<void>((resolve, reject) => {
        if (controller.signal.aborted) return reject(controller.signal.reason as Error);
        const requestId = this.nextRequestId++;
        const expire = setTimeout(() => {
          run.admissions.delete(requestId);
          reject(new Error(`the backend did not admit ${host}:${port} in time`));
        }, this.options.admitTimeoutMs ?? 10_000);
        run.admissions.set(requestId, {
          resolve: () => (clearTimeout(expire), run.admissions.delete(requestId), resolve()),
          reject: (error) => (clearTimeout(expire), reject(error)),
        });
        this.answer({ type: 'snapshot.admit', id, requestId, host, port });
      });

    void this.options
      .render({ request, admit, signal: controller.signal })
      .then(
        (page) =>
          this.answer({
            type: 'snapshot.result',
            id,
            ok: true,
            png: page.png,
            pdf: page.pdf,
            width: page.width,
            height: page.height,
          }),
        (error: unknown) => {
          const reason = controller.signal.aborted ? controller.signal.reason : error;
          this.answer({ type: 'snapshot.result', id, ok: false, message: snapshotErrorMessage(reason) });
        },
      )
      .finally(() => {
        clearTimeout(timer);
        if (!controller.signal.aborted) controller.abort(new Error('the render is over'));
        this.running.delete(id);
      });
  }
}
