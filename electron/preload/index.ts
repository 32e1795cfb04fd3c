// The renderer's only door: a frozen `window.casefile` with invoke/on/capabilities, nothing else.
// Sandboxed preloads are CommonJS and may import only 'electron' and shared/contract; this file
// never exposes ipcRenderer, require or process. The channels are shared/contract's IPC_CHANNELS.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Envelope } from '../../shared/contract/errors';
import { EVENT_NAMES, type EventName } from '../../shared/contract/events';
import { IPC_CHANNELS, type CasefileFacade, type HostCapabilities } from '../../shared/contract/facade';
import { isMethodName } from '../../shared/contract/effects';

const { invoke: INVOKE_CHANNEL, event: EVENT_CHANNEL } = IPC_CHANNELS;

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

ipcRenderer.on(EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
  const handlers = listeners.get(name as EventName);
  if (!handlers) return;
  for (const handler of [...handlers]) {
    try {
      handler(payload);
    } catch (error) {
      console.error(`A "${String(name)}" listener failed:`, error);
    }
  }
});

const capabilities: HostCapabilities = Object.freeze({
  host: 'electron',
  nativeDialogs: true,
  revealInFolder: true,
  importByPath: true,
});

const facade = Object.freeze({
  invoke(method: unknown, input: unknown): Promise<Envelope<unknown>> {
    if (!isMethodName(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_method', message: `"${String(method)}" is not a Casefile method.` },
      });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input) as Promise<Envelope<unknown>>;
  },
  on(event: unknown, handler: unknown): () => void {
    if (!EVENT_NAMES.includes(event as EventName)) throw new TypeError(`"${String(event)}" is not a Casefile event.`);
    if (typeof handler !== 'function') throw new TypeError('The event handler must be a function.');
    const name = event as EventName;
    const set = listeners.get(name) ?? new Set();
    set.add(handler as (payload: unknown) => void);
    listeners.set(name, set);
    return () => void set.delete(handler as (payload: unknown) => void);
  },
  capabilities,
  // Dropped and chosen files are imported by path (no bytes through the renderer); '' for a File
  // that is not on disk (made in the page), which the renderer then uploads instead.
  pathForFile(file: unknown): string {
    if (typeof File === 'undefined' || !(file instanceof File)) return '';
    return webUtils.getPathForFile(file);
  },
});

// The checks above are typed loosely on purpose (the renderer is untrusted); the shape is the contract's.
contextBridge.exposeInMainWorld('casefile', facade as unknown as CasefileFacade);
