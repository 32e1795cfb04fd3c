// The only IPC the renderer has: `casefile:invoke` for contract calls (sender checked, method name
// checked, then relayed to the backend) and `casefile:event` for events pushed to app windows.
// The preload (electron/preload/index.ts) uses the same two channels (IPC_CHANNELS).
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../../shared/contract/errors';
import type { EventName, EventPayload } from '../../shared/contract/events';
import { IPC_CHANNELS } from '../../shared/contract/facade';
import { isMethodName } from '../../shared/contract/effects';
import { isAppUrl, isTrustedSender } from './security';

const { invoke: INVOKE_CHANNEL, event: EVENT_CHANNEL } = IPC_CHANNELS;

function senderOf(event: IpcMainInvokeEvent): { url: string; isMainFrame: boolean } | null {
  const frame = event.senderFrame;
  return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
}

export function registerInvokeHandler(call: (method: string, input: unknown) => Promise<Envelope<unknown>>): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(senderOf(event))) {
      return {
        ok: false,
        error: { code: 'unauthorized', message: 'Only Casefile’s own window may call its backend.' },
      };
    }
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `"${String(method)}" is not a Casefile method.` } };
    }
    return call(method, input);
  });
}

/** Sends an event to every window still showing the app (never to a page it navigated away to). */
export function broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void {
  for (const window of BrowserWindow.getAllWindows()) {
    const contents = window.webContents;
    if (!contents.isDestroyed() && isAppUrl(contents.getURL())) contents.send(EVENT_CHANNEL, event, payload);
  }
}
