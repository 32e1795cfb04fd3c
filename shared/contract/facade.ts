// The shape of `window.casefile`, the only thing a renderer can reach. The Electron preload
// exposes it (frozen) and the browser host's client builds the same shape over HTTP.
import type { Envelope } from './errors';
import type { EventName, EventPayload } from './events';
import type { MethodInput, MethodName } from './methods';

export interface HostCapabilities {
  host: 'electron' | 'web';
  /** Native open/save dialogs (Electron); the browser host uses a file input and downloads. */
  nativeDialogs: boolean;
  /** Reveal a file in the OS file manager. */
  revealInFolder: boolean;
  /** Files can be imported by path (Electron, CLI); the browser host uploads bytes instead. */
  importByPath: boolean;
}

/** Every capability flag a host advertises; the renderer must read each (eventsHandled.test.ts). */
export const HOST_CAPABILITY_FLAGS = [
  'nativeDialogs',
  'revealInFolder',
  'importByPath',
] as const satisfies readonly Exclude<keyof HostCapabilities, 'host'>[];
// A flag added to HostCapabilities but not to the list above fails to compile here.
const _everyFlagListed: Exclude<keyof HostCapabilities, 'host' | (typeof HOST_CAPABILITY_FLAGS)[number]> extends never
  ? true
  : never = true;
void _everyFlagListed;

export interface CasefileFacade {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Envelope<unknown>>;
  on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void;
  readonly capabilities: HostCapabilities;
  /**
   * The path of a file the analyst dropped or chose (a DOM File), '' when it has none (Electron
   * only, where `importByPath` is true; Electron's webUtils.getPathForFile).
   */
  pathForFile?(file: unknown): string;
}

/**
 * The desktop app's two IPC channels, named once for the main process (electron/main/ipc.ts) and
 * the preload: contract calls go up `invoke`, events come down `event`.
 */
export const IPC_CHANNELS = { invoke: 'casefile:invoke', event: 'casefile:event' } as const;
