// The relay's promises to the renderer: every call is answered, a crash fails pending calls with
// backend_unavailable and restarts the backend, a crash loop stops. The fake connection stands in
// for Electron's utilityProcess, which cannot run here.
import { describe, expect, it } from 'vitest';
import {
  BackendSupervisor,
  type BackendConnection,
  type ConnectionHandlers,
  type ToBackend,
} from './backend-supervisor';

class FakeProcess implements BackendConnection {
  readonly received: ToBackend[] = [];
  stopped = false;
  constructor(readonly handlers: ConnectionHandlers) {}
  send(message: ToBackend): void {
    this.received.push(message);
  }
  async stop(): Promise<void> {
    this.stopped = true;
  }
  reply(index: number, value: unknown): void {
    this.handlers.onMessage({ type: 'reply', id: this.received[index]!.id, envelope: { ok: true, value } });
  }
  crash(reason = 'exit code 134'): void {
    this.handlers.onExit(reason);
  }
}

function setup(options: { now?: () => number } = {}) {
  const processes: FakeProcess[] = [];
  const log: string[] = [];
  const supervisor = new BackendSupervisor({
    connect: (handlers) => {
      const p = new FakeProcess(handlers);
      processes.push(p);
      return p;
    },
    onEvent: (event) => log.push(`event:${event}`),
    onRestarted: (reason) => log.push(`restarted:${reason}`),
    onGaveUp: (reason) => log.push(`gaveUp:${reason}`),
    ...options,
  });
  supervisor.start();
  return { supervisor, processes, log };
}

describe('BackendSupervisor', () => {
  it('relays calls and matches replies by id, in any order', async () => {
    const { supervisor, processes } = setup();
    const first = supervisor.call('library.info', {});
    const second = supervisor.call('articles.get', { id: 'a' });
    expect(processes[0]!.received.map((m) => m.method)).toEqual(['library.info', 'articles.get']);
    processes[0]!.reply(1, 'second');
    processes[0]!.reply(0, 'first');
    await expect(first).resolves.toEqual({ ok: true, value: 'first' });
    await expect(second).resolves.toEqual({ ok: true, value: 'second' });
  });

  it('forwards backend events', () => {
    const { processes, log } = setup();
    processes[0]!.handlers.onMessage({ type: 'event', event: 'library.changed', payload: { kinds: ['articles'] } });
    expect(log).toEqual(['event:library.changed']);
  });

  it('fails every pending call with backend_unavailable when the process dies, then restarts it', async () => {
    const { supervisor, processes, log } = setup();
    const calls = [supervisor.call('articles.createFromText', {}), supervisor.call('library.info', {})];
    processes[0]!.crash('killed by SIGKILL');
    for (const envelope of await Promise.all(calls)) {
      expect(envelope.ok).toBe(false);
      if (!envelope.ok) {
        expect(envelope.error.code).toBe('backend_unavailable');
        expect(envelope.error.message).toContain('killed by SIGKILL');
      }
    }
    expect(processes).toHaveLength(2);
    expect(log).toEqual([expect.stringMatching(/^restarted:.*killed by SIGKILL.*restarted/)]);

    const after = supervisor.call('library.info', {});
    processes[1]!.reply(0, 'ok');
    await expect(after).resolves.toEqual({ ok: true, value: 'ok' });
  });

  it('ignores anything a dead process still says', async () => {
    const { supervisor, processes, log } = setup();
    processes[0]!.crash();
    const call = supervisor.call('library.info', {});
    processes[0]!.handlers.onMessage({
      type: 'reply',
      id: processes[1]!.received[0]!.id,
      envelope: { ok: true, value: 'stale' },
    });
    processes[0]!.handlers.onMessage({ type: 'event', event: 'library.changed', payload: {} });
    processes[1]!.reply(0, 'fresh');
    await expect(call).resolves.toEqual({ ok: true, value: 'fresh' });
    expect(log.filter((l) => l.startsWith('event:'))).toEqual([]);
  });

  it('stops restarting after repeated crashes and answers every later call', async () => {
    let clock = 0;
    const { supervisor, processes, log } = setup({ now: () => clock });
    for (let i = 0; i < 4; i++) {
      clock += 1000;
      processes.at(-1)!.crash(`crash ${i}`);
    }
    expect(processes).toHaveLength(4);
    expect(log.at(-1)).toMatch(/^gaveUp:it stopped 4 times/);
    const envelope = await supervisor.call('library.info', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'backend_unavailable' } });
  });

  it('does not count crashes far apart as a loop', () => {
    let clock = 0;
    const { processes, log } = setup({ now: () => clock });
    for (let i = 0; i < 6; i++) {
      clock += 120_000;
      processes.at(-1)!.crash();
    }
    expect(processes).toHaveLength(7);
    expect(log.some((l) => l.startsWith('gaveUp'))).toBe(false);
  });

  it('gives up without restarting when the backend cannot open the library', async () => {
    const { supervisor, processes, log } = setup();
    const call = supervisor.call('library.info', {});
    processes[0]!.handlers.onMessage({
      type: 'startFailed',
      error: { code: 'newer_library', message: 'written by a newer Casefile' },
    });
    await expect(call).resolves.toMatchObject({
      ok: false,
      error: { code: 'backend_unavailable', message: expect.stringContaining('newer Casefile') },
    });
    expect(processes).toHaveLength(1);
    expect(processes[0]!.stopped).toBe(true);
    expect(log).toEqual(['gaveUp:written by a newer Casefile']);

    supervisor.start(); // e.g. after the analyst picked another library
    expect(processes).toHaveLength(2);
  });

  it('fails pending calls on a deliberate stop and does not restart', async () => {
    const { supervisor, processes, log } = setup();
    const call = supervisor.call('library.info', {});
    await supervisor.stop();
    processes[0]!.crash('exit code 0');
    await expect(call).resolves.toMatchObject({ ok: false, error: { code: 'backend_unavailable' } });
    expect(processes).toHaveLength(1);
    expect(processes[0]!.stopped).toBe(true);
    expect(log).toEqual([]);
  });

  it('answers a call whose message cannot be sent', async () => {
    const { supervisor, processes } = setup();
    processes[0]!.send = () => {
      throw new Error('could not be cloned');
    };
    await expect(supervisor.call('library.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'backend_unavailable', message: expect.stringContaining('could not be cloned') },
    });
  });
});
