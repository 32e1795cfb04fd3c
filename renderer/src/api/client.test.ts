// callEarly: a read asked at page load answers the app's first identical call, once, and never
// after something may have changed the library.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn(async (method: string, input: unknown) => ({
  ok: true,
  value: { method, input, n: invoke.mock.calls.length },
}));
vi.stubGlobal('window', {
  casefile: { invoke, on: () => () => undefined, capabilities: { host: 'electron' } },
});
const { api, callEarly } = await import('./client');

describe('early calls', () => {
  beforeEach(() => {
    invoke.mockClear();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.runAllTimers();
    vi.useRealTimers();
  });

  it('answer the first identical call from the request already made, and only the first', async () => {
    callEarly('library.info', {});
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(await api.call('library.info', {})).toMatchObject({ n: 1 });
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(await api.call('library.info', {})).toMatchObject({ n: 2 });
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  it('answer only the same method with the same input', async () => {
    callEarly('cases.list', { includeArchived: false });
    await api.call('cases.list', { includeArchived: true });
    expect(invoke).toHaveBeenCalledTimes(2);
    expect(invoke.mock.calls[1]).toEqual(['cases.list', { includeArchived: true }]);
  });

  it('are dropped by any call that may change the library', async () => {
    callEarly('library.info', {});
    await api.call('settings.setAnalyst', { name: 'Kim' } as never);
    await api.call('library.info', {});
    expect(invoke.mock.calls.map(([method]) => method)).toEqual([
      'library.info',
      'settings.setAnalyst',
      'library.info',
    ]);
  });

  it('are dropped a few seconds after start-up', async () => {
    callEarly('library.info', {});
    vi.advanceTimersByTime(6000);
    await api.call('library.info', {});
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  it('refuse a method that changes the library', () => {
    expect(() => callEarly('settings.setAnalyst', { name: 'Kim' } as never)).toThrow(/changes the library/);
  });
});
