// The main process's end of the snapshot channel, driven as the backend drives it, with a render
// function standing in for the hidden window (which needs Electron's binary).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSnapshotToBackend, type SnapshotToBackend } from '../../shared/contract/snapshotChannel';
import { SnapshotBroker, type RenderedPage, type SnapshotJob } from './snapshot-broker';

const page: RenderedPage = { png: new Uint8Array([1]), pdf: new Uint8Array([2]), width: 1280, height: 2400 };

function render(id: number, extra: Record<string, unknown> = {}) {
  return {
    type: 'snapshot.render',
    id,
    url: 'http://casefile-capture.invalid:8080/styled',
    status: 200,
    contentType: 'text/html',
    body: new Uint8Array([60]),
    proxyPort: 40000,
    userAgent: 'Casefile test',
    ignoreTlsErrors: false,
    timeoutMs: 30_000,
    ...extra,
  };
}

function harness(renderPage: (job: SnapshotJob) => Promise<RenderedPage>, options: { maxConcurrent?: number } = {}) {
  const sent: SnapshotToBackend[] = [];
  const jobs: SnapshotJob[] = [];
  const broker = new SnapshotBroker({
    render: (job) => (jobs.push(job), renderPage(job)),
    send: (message) => {
      // Whatever main sends must pass the backend's own validation.
      expect(parseSnapshotToBackend(message)).not.toBeNull();
      sent.push(message);
    },
    admitTimeoutMs: 1000,
    ...options,
  });
  const next = (type: string) =>
    vi.waitFor(() => sent.find((m) => m.type === type) ?? Promise.reject(new Error(`no ${type} yet`)), {
      timeout: 10_000,
    });
  return { broker, sent, jobs, next };
}

afterEach(() => vi.useRealTimers());

describe('SnapshotBroker', () => {
  it('renders a valid request and answers with the page', async () => {
    const { broker, sent, jobs, next } = harness(async () => page);
    expect(broker.receive(render(1))).toBe(true);
    expect(await next('snapshot.result')).toEqual({ type: 'snapshot.result', id: 1, ok: true, ...page });
    expect(jobs[0]!.request).toMatchObject({ url: 'http://casefile-capture.invalid:8080/styled', proxyPort: 40000 });
    expect(jobs[0]!.signal.aborted).toBe(true); // the render is over: nothing may keep using it
    expect(broker.active).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it('lets a request go only after the backend admitted its host', async () => {
    let admitted = false;
    const { broker, next } = harness(async (job) => {
      await job.admit('cdn.example', 443);
      admitted = true;
      return page;
    });
    broker.receive(render(2));
    const admit = await next('snapshot.admit');
    expect(admit).toEqual({
      type: 'snapshot.admit',
      id: 2,
      requestId: expect.any(Number),
      host: 'cdn.example',
      port: 443,
    });
    expect(admitted).toBe(false);
    // An admission for another render or another request changes nothing.
    broker.receive({ type: 'snapshot.admitted', id: 99, requestId: (admit as { requestId: number }).requestId });
    broker.receive({ type: 'snapshot.admitted', id: 2, requestId: 12345 });
    expect(admitted).toBe(false);
    broker.receive({ type: 'snapshot.admitted', id: 2, requestId: (admit as { requestId: number }).requestId });
    expect(await next('snapshot.result')).toMatchObject({ ok: true });
    expect(admitted).toBe(true);
  });

  it('fails an admission the backend never answers, so the request is cancelled', async () => {
    vi.useFakeTimers();
    const { broker, next } = harness(async (job) => {
      await job.admit('cdn.example', 443);
      return page;
    });
    broker.receive(render(3));
    await vi.advanceTimersByTimeAsync(1000);
    vi.useRealTimers();
    expect(await next('snapshot.result')).toEqual({
      type: 'snapshot.result',
      id: 3,
      ok: false,
      message: 'the backend did not admit cdn.example:443 in time',
    });
  });

  it('aborts the render on cancel, and says why', async () => {
    const { broker, jobs, next } = harness(
      (job) =>
        new Promise((_resolve, reject) => job.signal.addEventListener('abort', () => reject(new Error('closed')))),
    );
    broker.receive(render(4));
    await vi.waitFor(() => expect(jobs).toHaveLength(1));
    broker.receive({ type: 'snapshot.cancel', id: 4 });
    expect(jobs[0]!.signal.aborted).toBe(true);
    expect(await next('snapshot.result')).toMatchObject({ ok: false, message: 'cancelled' });
    expect(broker.active).toBe(0);
  });

  it('aborts a render that outlives its timeout', async () => {
    vi.useFakeTimers();
    const { broker, jobs, next } = harness(
      (job) => new Promise((_resolve, reject) => job.signal.addEventListener('abort', () => reject(job.signal.reason))),
    );
    broker.receive(render(5, { timeoutMs: 20_000 }));
    await vi.advanceTimersByTimeAsync(20_000);
    expect(jobs[0]!.signal.aborted).toBe(true);
    vi.useRealTimers();
    expect(await next('snapshot.result')).toMatchObject({
      ok: false,
      message: 'the page did not finish rendering within 20 s',
    });
  });

  it('stops every render, and sends nothing more, when the backend goes away', async () => {
    const { broker, sent, jobs } = harness(
      (job) => new Promise((_resolve, reject) => job.signal.addEventListener('abort', () => reject(job.signal.reason))),
    );
    broker.receive(render(6));
    await vi.waitFor(() => expect(jobs).toHaveLength(1));
    broker.close();
    expect(jobs[0]!.signal.aborted).toBe(true);
    await vi.waitFor(() => expect(broker.active).toBe(0));
    expect(sent).toEqual([]);
    broker.receive(render(7));
    expect(jobs).toHaveLength(1);
  });

  it('refuses a malformed request, a duplicate id and more windows than allowed', async () => {
    const hold: (() => void)[] = [];
    const { broker, sent, jobs } = harness(() => new Promise((resolve) => hold.push(() => resolve(page))), {
      maxConcurrent: 1,
    });
    broker.receive(render(8, { url: 'file:///etc/passwd' }));
    broker.receive(render(9));
    broker.receive(render(9));
    broker.receive(render(10));
    expect(jobs).toHaveLength(1);
    expect(sent).toEqual([
      { type: 'snapshot.result', id: 8, ok: false, message: 'the snapshot request was malformed' },
      { type: 'snapshot.result', id: 9, ok: false, message: 'snapshot 9 is already being rendered' },
      expect.objectContaining({ id: 10, ok: false, message: expect.stringMatching(/too many snapshots/) }),
    ]);
    hold[0]!();
    await vi.waitFor(() => expect(sent.at(-1)).toMatchObject({ id: 9, ok: true }));
  });

  it('leaves the parentPort’s other messages alone', () => {
    const { broker } = harness(async () => page);
    expect(broker.receive({ type: 'start' })).toBe(false);
    expect(broker.receive({ id: 1, method: 'library.info' })).toBe(false);
  });
});
