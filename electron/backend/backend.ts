// The backend as every host uses it: open a library, then call contract methods on it.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Envelope } from '../../shared/contract/errors';
import type { EventName, EventPayload } from '../../shared/contract/events';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/methods';
import { ContractError } from '../../shared/contract/errors';
import { closeLibrary, openLibrary, type OpenOptions, type OpenedLibrary } from './db/connection';
import { dispatch } from './dispatch';
import { createHandlers, type Handlers } from './handlers';
import { JobRunner } from './jobs';
import { RecentLibraries } from './recentLibraries';
import { startPendingSearchRebuild } from './search/pendingRebuild';
import { startBackupSchedule, type BackupSchedule } from './services/backups';
import { createCtx, type Ctx } from './services/context';
import { APP_VERSION } from './version';
import type { Snapshotter } from './capture/snapshotter';

export interface BackendOptions extends OpenOptions {
  libraryPath: string;
  analyst?: string | null;
  /** Where per-user state (the recent-libraries list) lives; null keeps none (tests, CLI). */
  userDataDir?: string | null;
  /**
   * Take a rolling backup this often while the library is open (the app's hosts: a day); none when
   * unset (the CLI, tests). See services/backups.ts startBackupSchedule.
   */
  backupEveryMs?: number | null;
  /** How often the schedule looks whether a backup is due (default: an hour, or backupEveryMs if shorter). */
  backupCheckEveryMs?: number;
  /** Where a scheduled backup's failure is reported (default: stderr); the next check retries. */
  onBackupError?: (error: unknown) => void;
  /** Who renders web captures' snapshots (the desktop app asks its main process); playwright-core when unset. */
  snapshotter?: Snapshotter;
}

export class Backend {
  library: OpenedLibrary;
  ctx: Ctx;
  readonly jobs: JobRunner;
  private readonly handlers: Handlers;
  private readonly events = new EventEmitter();
  private readonly recent: RecentLibraries;
  /** The index rebuild an upgrade started when the library opened (migration 003), if any. */
  searchRebuildJobId: string | null = null;
  /** The rolling backup of the open library, when the host asked for one (backupEveryMs). */
  backupSchedule: BackupSchedule | null = null;

  constructor(private readonly options: BackendOptions) {
    this.events.setMaxListeners(100);
    this.recent = new RecentLibraries(
      options.userDataDir ? path.join(options.userDataDir, 'recent-libraries.json') : null,
    );
    this.library = openLibrary(options.libraryPath, options);
    this.ctx = this.makeCtx();
    this.recent.remember(this.library.path, this.ctx.now());
    this.jobs = new JobRunner({ emit: (event, payload) => this.ctx.emit(event, payload) });
    this.handlers = createHandlers(
      this.jobs,
      {
        openLibrary: (file, create) => this.switchLibrary(file, create),
        recentLibraries: () => this.recent.list(),
      },
      options.snapshotter ? { snapshotter: options.snapshotter } : {},
    );
    this.searchRebuildJobId = startPendingSearchRebuild(this.ctx, this.jobs);
    this.startBackups();
  }

  private startBackups(): void {
    this.backupSchedule?.stop();
    this.backupSchedule = null;
    if (!this.options.backupEveryMs) return;
    this.backupSchedule = startBackupSchedule(this.ctx, {
      everyMs: this.options.backupEveryMs,
      ...(this.options.backupCheckEveryMs ? { checkEveryMs: this.options.backupCheckEveryMs } : {}),
      onError:
        this.options.onBackupError ??
        ((error) =>
          process.stderr.write(
            `casefile: the scheduled backup of ${this.library.path} failed (retried within the hour): ${(error as Error).message}\n`,
          )),
    });
  }

  private makeCtx(): Ctx {
    return createCtx({
      db: this.library.db,
      libraryPath: this.library.path,
      appVersion: APP_VERSION,
      analystOverride: this.options.analyst ?? null,
      emit: (event, payload) => this.events.emit('event', event, payload),
    });
  }

  /** Closes the current library and opens another; on failure the current one stays open. */
  private async switchLibrary(file: string, create: boolean): Promise<Ctx> {
    const resolved = path.resolve(file);
    if (!create && !fs.existsSync(resolved)) {
      throw new ContractError(
        'not_found',
        `There is no library at ${resolved}. Choose an existing .casefile file, or create a new library.`,
      );
    }
    if (create && fs.existsSync(resolved)) {
      throw new ContractError(
        'invalid_input',
        `${resolved} already exists. Open it instead, or choose a new file name.`,
      );
    }
    const next = openLibrary(resolved, this.options);
    await this.jobs.drain();
    this.backupSchedule?.stop();
    closeLibrary(this.library.db);
    this.library = next;
    this.ctx = this.makeCtx();
    this.recent.remember(this.library.path, this.ctx.now());
    this.ctx.emit('library.changed', { kinds: ['library'] });
    this.searchRebuildJobId = startPendingSearchRebuild(this.ctx, this.jobs);
    this.startBackups();
    return this.ctx;
  }

  /** Untrusted entry point: any method name, any input. Always resolves to an envelope. */
  dispatch(method: unknown, input: unknown): Promise<Envelope<unknown>> {
    return dispatch(() => this.ctx, this.handlers, method, input);
  }

  /** Typed entry point for trusted callers (CLI, tests): throws the ContractError on failure. */
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const envelope = await this.dispatch(method, input);
    if (!envelope.ok) throw new ContractError(envelope.error.code, envelope.error.message, envelope.error.details);
    return envelope.value as MethodOutput<M>;
  }

  onEvent(listener: <E extends EventName>(event: E, payload: EventPayload<E>) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  async close(): Promise<void> {
    this.backupSchedule?.stop();
    await this.jobs.drain();
    closeLibrary(this.library.db);
  }
}
