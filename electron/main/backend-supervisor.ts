// Keeps one backend process alive and relays contract calls to it. No request is lost silently:
// when the process dies every pending call resolves with `backend_unavailable`, the process is
// started again, and the app is told (`backend.restarted`). A crash loop stops the restarts.
// Electron-free: main/backend-process.ts supplies the real utility process; tests a fake one.
import type { Envelope } from '../../shared/contract/errors';

/** Messages on the MessagePort between main and the backend (see hosts/utility/main.ts). */
export type ToBackend = { id: number; method: string; input: unknown };
export type FromBackend =
  | { type: 'ready' }
  | { type: 'startFailed'; error: { code: string; message: string } }
  | { type: 'reply'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; event: string; payload: unknown };

export interface BackendConnection {
  send(message: ToBackend): void;
  /** Asks the process to close the library and exit; resolves when it has gone (or was killed). */
  stop(): Promise<void>;
}

export interface ConnectionHandlers {
  onMessage(message: FromBackend): void;
  /** The process is gone; `reason` says how (exit code, crash). Not called after `stop()`. */
  onExit(reason: string): void;
}

export interface SupervisorOptions {
  connect(handlers: ConnectionHandlers): BackendConnection;
  onEvent(event: string, payload: unknown): void;
  onRestarted(reason: string): void;
  /** The backend cannot run (crash loop or a library it refuses to open). */
  onGaveUp(reason: string): void;
  /** At most this many crashes within `crashWindowMs` before giving up. */
  maxCrashes?: number;
  crashWindowMs?: number;
  now?: () => number;
}

type Pending = { method: string; resolve: (envelope: Envelope<unknown>) => void };

export function unavailable(message: string): Envelope<never> {
  return { ok: false, error: { code: 'backend_unavailable', message } };
}

export class BackendSupervisor {
  private connection: BackendConnection | null = null;
  private generation = 0;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private crashes: number[] = [];
  private stoppedReason: string | null = null;

  constructor(private readonly options: SupervisorOptions) {}

  /** False after giving up or stopping, until `start()` is called again. */
  get running(): boolean {
    return this.stoppedReason === null && this.connection !== null;
  }

  start(): void {
    this.stoppedReason = null;
    this.crashes = [];
    this.launch();
  }

  private launch(): void {
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    this.connection = this.options.connect({
      onMessage: (message) => current() && this.receive(message),
      onExit: (reason) => current() && this.exited(reason),
    });
  }

  call(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (this.stoppedReason !== null || !this.connection) {
      return Promise.resolve(
        unavailable(
          `Casefile’s backend is not running (${this.stoppedReason ?? 'not started'}), so "${method}" did not run. Restart Casefile.`,
        ),
      );
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { method, resolve });
      try {
        this.connection!.send({ id, method, input });
      } catch (error) {
        this.pending.delete(id);
        resolve(unavailable(`"${method}" could not be sent to Casefile’s backend: ${(error as Error).message}`));
      }
    });
  }

  private receive(message: FromBackend): void {
    switch (message.type) {
      case 'reply': {
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        pending?.resolve(message.envelope);
        return;
      }
      case 'event':
        this.options.onEvent(message.event, message.payload);
        return;
      case 'startFailed':
        // Restarting cannot help (e.g. a library from a newer Casefile): stop and say why.
        this.giveUp(message.error.message);
        return;
      case 'ready':
        return;
    }
  }

  private exited(reason: string): void {
    this.connection = null;
    this.failPending(
      `Casefile’s backend stopped (${reason}) while working on it, so it may or may not have been done. Check, then try again.`,
    );
    const now = (this.options.now ?? Date.now)();
    const window = this.options.crashWindowMs ?? 60_000;
    this.crashes = [...this.crashes.filter((t) => now - t < window), now];
    if (this.crashes.length > (this.options.maxCrashes ?? 3)) {
      this.giveUp(
        `it stopped ${this.crashes.length} times within ${Math.round(window / 1000)} seconds; last: ${reason}`,
      );
      return;
    }
    this.launch();
    this.options.onRestarted(
      `Casefile’s backend stopped (${reason}) and was restarted. Anything that was in progress failed; check it and try again.`,
    );
  }

  private giveUp(reason: string): void {
    this.stoppedReason = reason;
    const connection = this.connection;
    this.connection = null;
    this.generation++;
    this.failPending(`Casefile’s backend is not running: ${reason}`);
    void connection?.stop();
    this.options.onGaveUp(reason);
  }

  private failPending(message: string): void {
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const call of calls) call.resolve(unavailable(`"${call.method}" failed. ${message}`));
  }

  /** Deliberate shutdown (quitting, or switching to another library after a failure). */
  async stop(reason = 'Casefile is closing'): Promise<void> {
    this.stoppedReason = reason;
    const connection = this.connection;
    this.connection = null;
    this.generation++;
    this.failPending(`Casefile’s backend was stopped: ${reason}.`);
    await connection?.stop();
  }
}
