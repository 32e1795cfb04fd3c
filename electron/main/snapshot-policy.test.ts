// The hidden snapshot window's decisions, checked under plain Node (no Electron binary needed).
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_VIEWPORT } from '../../shared/contract/snapshotChannel';
import {
  SNAPSHOT_PDF_OPTIONS,
  certificateVerdict,
  documentAnswerer,
  documentResponseInit,
  snapshotPartition,
  snapshotProxyConfig,
  snapshotRequestVerdict,
  snapshotWindowOptions,
} from './snapshot-policy';

const UUID = '0b8e6c3a-2f4d-4e1a-9c7b-5d6e7f8a9b0c';

describe('the throwaway session', () => {
  it('is a fresh in-memory partition, never a persistent one', () => {
    const partition = snapshotPartition(UUID);
    expect(partition).toBe(`casefile-snapshot-${UUID}`);
    expect(partition.startsWith('persist:')).toBe(false);
    expect(snapshotPartition(UUID.toUpperCase())).toBe(partition);
    expect(() => snapshotPartition('persist:main')).toThrow(/not a UUID/);
    expect(() => snapshotPartition('')).toThrow(/not a UUID/);
  });

  it('sends every address, loopback included, to the gatekeeper', () => {
    expect(snapshotProxyConfig(40123)).toEqual({
      mode: 'fixed_servers',
      proxyRules: 'socks5://127.0.0.1:40123',
      proxyBypassRules: '<-loopback>',
    });
    for (const port of [0, 65536, 1.5, NaN]) expect(() => snapshotProxyConfig(port)).toThrow(/not a port/);
  });

  it('accepts a failing certificate only when the capture was told to capture anyway', () => {
    expect(certificateVerdict(false)).toBe(-3);
    expect(certificateVerdict(true)).toBe(0);
  });
});

describe('the hidden window', () => {
  it('is hidden, at the viewport size, in its partition, and may grow past the screen', () => {
    const options = snapshotWindowOptions(snapshotPartition(UUID));
    expect(options).toMatchObject({
      show: false,
      width: SNAPSHOT_VIEWPORT.width,
      height: SNAPSHOT_VIEWPORT.height,
      useContentSize: true,
      enableLargerThanScreen: true,
      paintWhenInitiallyHidden: true,
      skipTaskbar: true,
      webPreferences: { partition: `casefile-snapshot-${UUID}`, sandbox: true, javascript: true },
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  it('prints the PDF as the playwright path does', () => {
    expect(SNAPSHOT_PDF_OPTIONS).toEqual({ pageSize: 'A4', printBackground: true });
  });
});

describe('requests the page makes', () => {
  it('lets http(s) out only through an admission of its host and port', () => {
    expect(snapshotRequestVerdict('https://cdn.example/style.css')).toEqual({
      action: 'admit',
      host: 'cdn.example',
      port: 443,
    });
    expect(snapshotRequestVerdict('http://Loopback.Invalid:8080/a.png')).toEqual({
      action: 'admit',
      host: 'loopback.invalid',
      port: 8080,
    });
    expect(snapshotRequestVerdict('http://[::1]:9000/x')).toEqual({ action: 'admit', host: '::1', port: 9000 });
    expect(snapshotRequestVerdict('http://example.com/')).toMatchObject({ port: 80 });
  });

  it('keeps in-memory data and cancels every other scheme', () => {
    expect(snapshotRequestVerdict('data:image/png;base64,AAAA')).toEqual({ action: 'allow' });
    expect(snapshotRequestVerdict('blob:https://example.com/1234')).toEqual({ action: 'allow' });
    for (const url of [
      'file:///etc/passwd',
      'casefile-app://app/index.html',
      'wss://socket.example/live',
      'ws://127.0.0.1:9222/devtools',
      'ftp://example.com/x',
      'chrome://settings',
      'not a url',
    ]) {
      expect(snapshotRequestVerdict(url), url).toMatchObject({ action: 'cancel' });
    }
  });
});

describe('the document answered from the captured bytes', () => {
  it('answers the first GET of the captured URL once, and nothing else', () => {
    const answers = documentAnswerer('https://www.dailynk.com/english/masks/#comments');
    expect(answers({ url: 'https://www.dailynk.com/english/style.css', method: 'GET' })).toBe(false);
    expect(answers({ url: 'https://www.dailynk.com/english/masks/', method: 'POST' })).toBe(false);
    expect(answers({ url: 'https://www.dailynk.com/english/masks/', method: 'GET' })).toBe(true);
    // The page asking for itself again goes to the network, as on the playwright path.
    expect(answers({ url: 'https://www.dailynk.com/english/masks/', method: 'GET' })).toBe(false);
  });

  it('does not mistake a similar URL for the document', () => {
    const answers = documentAnswerer('https://example.com/a?x=1');
    expect(answers({ url: 'https://example.com/a?x=2', method: 'GET' })).toBe(false);
    expect(answers({ url: 'http://example.com/a?x=1', method: 'GET' })).toBe(false);
    expect(answers({ url: 'https://example.com/a?x=1#top', method: 'GET' })).toBe(true);
  });

  it('keeps the captured status and type, and sends no body where HTTP allows none', () => {
    expect(documentResponseInit(200, 'text/html; charset=euc-kr')).toEqual({
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=euc-kr' },
      hasBody: true,
    });
    expect(documentResponseInit(404, '')).toMatchObject({ headers: { 'Content-Type': 'text/html' }, hasBody: true });
    for (const status of [204, 205, 304]) expect(documentResponseInit(status, 'text/html').hasBody).toBe(false);
  });
});
