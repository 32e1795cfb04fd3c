// The utility-process host with a real backend on a real library. Electron's process.parentPort
// and MessagePortMain are stood in for by Node's MessageChannel, which has the same semantics.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (event: { data: unknown; ports: unknown[] }) => void;
const parentListeners: Listener[] = [];
/** What the host sent main over its parentPort (the snapshot channel). */
const toMain: unknown[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-utility-'));

function electronLike(port: MessagePort) {
  return {
    postMessage: (message: unknown) => port.postMessage(message),
    on: (_event: 'message', listener: (event: { data: unknown }) => void) =>
      port.on('message', (data) => listener({ data })),
    start: () => port.start(),
  };
}

function nextMessage(
  port: MessagePort,
  predicate: (m: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const listener = (message: Record<string, unknown>) => {
      if (!predicate(message)) return;
      port.off('message', listener);
      resolve(message);
    };
    port.on('message', listener);
  });
}

let main: MessagePort;
const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);

beforeAll(async () => {
  (process as unknown as { parentPort: unknown }).parentPort = {
    on: (_event: 'message', listener: Listener) => parentListeners.push(listener),
    postMessage: (message: unknown) => toMain.push(message),
  };
  await import('./main');
  const { port1, port2 } = new MessageChannel();
  main = port1;
  const ready = nextMessage(main, (m) => m.type === 'ready' || m.type === 'startFailed');
  for (const listener of parentListeners) {
    listener({
      data: { type: 'start', libraryPath: path.join(dir, 'test.casefile'), userDataDir: dir },
      ports: [electronLike(port2)],
    });
  }
  expect(await ready).toEqual({ type: 'ready' });
});

afterAll(() => {
  main.close();
  delete (process as unknown as { parentPort?: unknown }).parentPort;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('utility-process backend host', () => {
  it('answers calls by id with the backend’s envelopes', async () => {
    const reply = nextMessage(main, (m) => m.type === 'reply' && m.id === 1);
    main.postMessage({ id: 1, method: 'library.info', input: {} });
    expect(await reply).toMatchObject({
      type: 'reply',
      id: 1,
      envelope: { ok: true, value: { path: path.join(dir, 'test.casefile') } },
    });

    const refused = nextMessage(main, (m) => m.type === 'reply' && m.id === 2);
    main.postMessage({ id: 2, method: 'no.such.method', input: {} });
    expect(await refused).toMatchObject({ envelope: { ok: false, error: { code: 'unknown_method' } } });
  });

  it('forwards backend events', async () => {
    const changed = nextMessage(main, (m) => m.type === 'event' && m.event === 'library.changed');
    main.postMessage({ id: 3, method: 'settings.setAnalyst', input: { name: 'A. Analyst' } });
    expect(await changed).toMatchObject({ payload: { kinds: expect.any(Array) } });
  });

  it('has snapshots rendered by main, and leaves main’s snapshot messages out of the contract', async () => {
    const engine = nextMessage(main, (m) => m.type === 'reply' && m.id === 4);
    main.postMessage({ id: 4, method: 'web.snapshotEngine', input: {} });
    expect(await engine).toMatchObject({
      envelope: { ok: true, value: { available: true, engine: 'Casefile (a hidden, sandboxed window)' } },
    });
    // A stray answer for no render in progress is dropped: not a start, not a stop, nothing sent back.
    for (const listener of parentListeners)
      listener({ data: { type: 'snapshot.result', id: 77, ok: false, message: 'late' }, ports: [] });
    const info = nextMessage(main, (m) => m.type === 'reply' && m.id === 5);
    main.postMessage({ id: 5, method: 'library.info', input: {} });
    expect(await info).toMatchObject({ envelope: { ok: true } });
    expect(toMain).toEqual([]);
    expect(exit).not.toHaveBeenCalled();
  });

  it('closes the library and exits when asked to stop', async () => {
    for (const listener of parentListeners) listener({ data: { type: 'stop' }, ports: [] });
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
  });
});
