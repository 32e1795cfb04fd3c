// The snapshot channel between the backend and the main process: what each end accepts, and the
// full-page size rule both snapshot paths share.
import { describe, expect, it } from 'vitest';
import {
  SNAPSHOT_MAX_HEIGHT,
  SNAPSHOT_MAX_WIDTH,
  SNAPSHOT_VIEWPORT,
  fullPageSize,
  isSnapshotMessage,
  parseSnapshotToBackend,
  parseSnapshotToMain,
  snapshotErrorMessage,
} from './snapshotChannel';

const render = {
  type: 'snapshot.render',
  id: 1,
  url: 'https://www.dailynk.com/english/masks/',
  status: 200,
  contentType: 'text/html; charset=utf-8',
  body: new Uint8Array([60, 104, 49, 62]),
  proxyPort: 40123,
  userAgent: 'Mozilla/5.0 (compatible; Casefile/1.0; evidence capture)',
  ignoreTlsErrors: false,
  timeoutMs: 30_000,
};

describe('messages to the main process', () => {
  it('accepts a well-formed render, cancel and admission', () => {
    expect(parseSnapshotToMain(render)).toEqual(render);
    expect(parseSnapshotToMain({ type: 'snapshot.cancel', id: 1 })).toEqual({ type: 'snapshot.cancel', id: 1 });
    expect(parseSnapshotToMain({ type: 'snapshot.admitted', id: 1, requestId: 7 })).toMatchObject({ requestId: 7 });
  });

  it('refuses a render the window must never load or cannot answer', () => {
    for (const [field, value] of [
      ['url', 'file:///etc/passwd'],
      ['url', 'casefile-app://app/index.html'],
      ['url', 'https://user:secret@example.com/'],
      ['url', 'not a url'],
      ['status', 101],
      ['status', 600],
      ['body', 'text instead of bytes'],
      ['proxyPort', 0],
      ['proxyPort', 70000],
      ['contentType', 'text/html\r\nSet-Cookie: a=b'],
      ['userAgent', 'UA\nX-Injected: 1'],
      ['timeoutMs', 0],
      ['timeoutMs', 600_001],
      ['id', 0],
      ['id', 1.5],
    ] as const) {
      expect(parseSnapshotToMain({ ...render, [field]: value }), `${field}=${String(value)}`).toBeNull();
    }
    expect(parseSnapshotToMain({ ...render, extra: true })).toBeNull();
    expect(parseSnapshotToMain({ type: 'snapshot.unknown', id: 1 })).toBeNull();
    expect(parseSnapshotToMain(null)).toBeNull();
  });
});

describe('messages to the backend', () => {
  it('accepts admissions and results, success or failure', () => {
    expect(
      parseSnapshotToBackend({ type: 'snapshot.admit', id: 1, requestId: 2, host: 'cdn.example', port: 443 }),
    ).toEqual({ type: 'snapshot.admit', id: 1, requestId: 2, host: 'cdn.example', port: 443 });
    const ok = {
      type: 'snapshot.result',
      id: 1,
      ok: true,
      png: new Uint8Array(1),
      pdf: new Uint8Array(1),
      width: 1280,
      height: 900,
    };
    expect(parseSnapshotToBackend(ok)).toEqual(ok);
    expect(parseSnapshotToBackend({ type: 'snapshot.result', id: 1, ok: false, message: 'timed out' })).toMatchObject({
      ok: false,
    });
  });

  it('refuses a result larger than the caps or without its bytes', () => {
    const ok = {
      type: 'snapshot.result',
      id: 1,
      ok: true,
      png: new Uint8Array(1),
      pdf: new Uint8Array(1),
      width: 1280,
      height: 900,
    };
    expect(parseSnapshotToBackend({ ...ok, height: SNAPSHOT_MAX_HEIGHT + 1 })).toBeNull();
    expect(parseSnapshotToBackend({ ...ok, width: SNAPSHOT_MAX_WIDTH + 1 })).toBeNull();
    expect(parseSnapshotToBackend({ ...ok, png: [1, 2] })).toBeNull();
    expect(parseSnapshotToBackend({ type: 'snapshot.admit', id: 1, requestId: 2, host: '', port: 443 })).toBeNull();
  });

  it('tells snapshot messages from the parentPort’s other messages', () => {
    expect(isSnapshotMessage(render)).toBe(true);
    expect(isSnapshotMessage({ type: 'start' })).toBe(false);
    expect(isSnapshotMessage({ type: 'stop' })).toBe(false);
    expect(isSnapshotMessage('snapshot.render')).toBe(false);
    expect(isSnapshotMessage(null)).toBe(false);
  });

  it('sends one line of an error', () => {
    expect(snapshotErrorMessage(new Error('net::ERR_PROXY_CONNECTION_FAILED\n    at stack'))).toBe(
      'net::ERR_PROXY_CONNECTION_FAILED',
    );
    expect(snapshotErrorMessage('x'.repeat(3000))).toHaveLength(2000);
    expect(snapshotErrorMessage(new Error(''))).toBe('unknown error');
  });
});

describe('fullPageSize', () => {
  it('renders the whole document, never smaller than the viewport', () => {
    expect(fullPageSize([1280, 5400.5])).toEqual({ width: 1280, height: 5401 });
    expect(fullPageSize([300, 200])).toEqual(SNAPSHOT_VIEWPORT);
  });

  it('stops an endless or lying page at the caps', () => {
    expect(fullPageSize([1e9, 1e9])).toEqual({ width: SNAPSHOT_MAX_WIDTH, height: SNAPSHOT_MAX_HEIGHT });
    expect(fullPageSize([Infinity, NaN])).toEqual(SNAPSHOT_VIEWPORT);
    expect(fullPageSize(['9999', { height: 1 }])).toEqual(SNAPSHOT_VIEWPORT);
    expect(fullPageSize(undefined)).toEqual(SNAPSHOT_VIEWPORT);
    expect(fullPageSize(-5)).toEqual(SNAPSHOT_VIEWPORT);
  });
});
