// The preload's facade, loaded against a stand-in for Electron's contextBridge and ipcRenderer
// (the real ones exist only inside an Electron renderer).
import { beforeAll, describe, expect, it, vi } from 'vitest';

const exposed = new Map<string, unknown>();
const sent: unknown[][] = [];
let deliver: (name: string, payload: unknown) => void = () => undefined;

vi.mock('electron', () => ({
  // Electron's real one reads the path Chromium recorded for a file from disk; here, its name under /picked.
  webUtils: { getPathForFile: (file: File) => `/picked/${file.name}` },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      sent.push(args);
      return { ok: true, value: 'relayed' };
    },
    on: (channel: string, listener: (event: unknown, name: string, payload: unknown) => void) => {
      if (channel === 'casefile:event') deliver = (name, payload) => listener({}, name, payload);
    },
  },
}));

type Facade = {
  invoke(method: string, input: unknown): Promise<unknown>;
  on(event: string, handler: (payload: unknown) => void): () => void;
  capabilities: unknown;
  pathForFile(file: unknown): string;
};
let facade: Facade;

beforeAll(async () => {
  await import('./index');
  facade = exposed.get('casefile') as Facade;
});

describe('preload facade', () => {
  it('exposes one frozen object with invoke, on and capabilities only', () => {
    expect([...exposed.keys()]).toEqual(['casefile']);
    expect(Object.keys(facade).sort()).toEqual(['capabilities', 'invoke', 'on', 'pathForFile']);
    expect(Object.isFrozen(facade)).toBe(true);
    expect(Object.isFrozen(facade.capabilities)).toBe(true);
    expect(facade.capabilities).toEqual({
      host: 'electron',
      nativeDialogs: true,
      revealInFolder: true,
      importByPath: true,
    });
  });

  it('relays contract methods and refuses other names without sending anything', async () => {
    await expect(facade.invoke('library.info', {})).resolves.toEqual({ ok: true, value: 'relayed' });
    expect(sent).toEqual([['casefile:invoke', 'library.info', {}]]);
    for (const name of ['no.such', '__proto__', 'constructor', 'toString']) {
      await expect(facade.invoke(name, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect(sent).toHaveLength(1);
  });

  it('delivers contract events to their handlers until unsubscribed', () => {
    const seen: unknown[] = [];
    const off = facade.on('library.changed', (payload) => seen.push(payload));
    deliver('library.changed', { kinds: ['articles'] });
    deliver('job.progress', { jobId: 'x' });
    off();
    deliver('library.changed', { kinds: ['sources'] });
    expect(seen).toEqual([{ kinds: ['articles'] }]);
  });

  it('keeps other listeners running when one throws', () => {
    const seen: unknown[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const offBad = facade.on('menu.command', () => {
      throw new Error('boom');
    });
    const offGood = facade.on('menu.command', (payload) => seen.push(payload));
    deliver('menu.command', { command: 'find' });
    offBad();
    offGood();
    error.mockRestore();
    expect(seen).toEqual([{ command: 'find' }]);
  });

  it('refuses to subscribe to names outside the contract', () => {
    expect(() => facade.on('ipc-message', () => undefined)).toThrow(TypeError);
    expect(() => facade.on('library.changed', 'not a function' as never)).toThrow(TypeError);
  });

  it('gives the path of a real File, and nothing for anything else', () => {
    expect(facade.pathForFile(new File(['x'], 'report.pdf'))).toBe('/picked/report.pdf');
    for (const notAFile of [{ name: 'report.pdf' }, '/etc/passwd', null]) expect(facade.pathForFile(notAFile)).toBe('');
  });
});
