// The Electron security policy, checked under plain Node (no Electron binary needed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_CONTENT_SECURITY_POLICY,
  APP_CONTENT_SECURITY_POLICY_META,
} from '../../shared/contract/contentSecurityPolicy';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  contentSecurityPolicy,
  externalUrlAllowed,
  isAllowedNavigation,
  isAllowedRequest,
  isAppUrl,
  isInside,
  isTrustedSender,
  mayOfferExternally,
  permissionAllowed,
  resolveAppAsset,
  snapshotWebPreferences,
  webPreferencesFor,
} from './security';
import { snapshotPartition, snapshotWindowOptions } from './snapshot-policy';

describe('webPreferencesFor', () => {
  it('keeps every renderer sandboxed, isolated and without Node', () => {
    const prefs = webPreferencesFor('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('keeps the hidden snapshot window sandboxed and isolated, without preload, Node or dialogs', () => {
    const prefs = snapshotWebPreferences('casefile-snapshot-1');
    expect(prefs).toEqual({
      partition: 'casefile-snapshot-1',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Scripts run only here, in the throwaway session: the page as a browser shows it.
      javascript: true,
      images: true,
      disableDialogs: true,
      backgroundThrottling: false,
      devTools: false,
      autoplayPolicy: 'document-user-activation-required',
    });
    expect(prefs).not.toHaveProperty('preload');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('builds every window in electron/main from one of the two checked preference sets', () => {
    const dir = import.meta.dirname;
    const sources = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => ({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') }));
    const windows = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/new BrowserWindow\(([\s\S]*?)\);/g)].map((match) => ({ file, args: match[1]! })),
    );
    expect(windows.map((w) => w.file).sort()).toEqual(['snapshot-window.ts', 'window.ts']);
    for (const { file, args } of windows) {
      if (file === 'window.ts') expect(args).toMatch(/webPreferences: webPreferencesFor\(options\.preload\)/);
      else expect(args.trim()).toBe('snapshotWindowOptions(partition)');
    }
    expect(snapshotWindowOptions(snapshotPartition('0b8e6c3a-2f4d-4e1a-9c7b-5d6e7f8a9b0c')).webPreferences).toEqual(
      snapshotWebPreferences('casefile-snapshot-0b8e6c3a-2f4d-4e1a-9c7b-5d6e7f8a9b0c'),
    );
    // No other way to make a renderer: no BrowserView, WebContentsView or <webview>.
    for (const { file, text } of sources)
      expect(text, file).not.toMatch(/new (BrowserView|WebContentsView)\(|webviewTag: true/);
  });

  it('registers the app scheme as a secure standard origin without bypassing the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_ENTRY_URL).toBe('casefile-app://app/index.html');
  });
});

describe('navigation, senders and requests', () => {
  it('denies every navigation, the app’s own pages included', () => {
    for (const url of [
      APP_ENTRY_URL,
      'https://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      '',
      undefined,
    ]) {
      expect(isAllowedNavigation(url)).toBe(false);
    }
  });

  it('recognises the app origin with a URL parser, not a prefix test', () => {
    expect(isAppUrl('casefile-app://app/index.html#/library')).toBe(true);
    expect(isAppUrl('casefile-app://app.evil/index.html')).toBe(false);
    expect(isAppUrl('casefile-app://evil@app/index.html')).toBe(false);
    expect(isAppUrl('casefile-app://other/index.html')).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('file:///app/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(42)).toBe(false);
  });

  it('trusts IPC only from the app’s own top-level frame', () => {
    expect(isTrustedSender({ url: 'casefile-app://app/index.html#/article/1', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'casefile-app://app/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'about:srcdoc', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'blob:casefile-app://app/0d5e', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('lets pages load only the app’s own files and in-memory data, never the network', () => {
    expect(isAllowedRequest('casefile-app://app/assets/index.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:casefile-app://app/1234')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    for (const url of [
      'https://tracker.example/pixel.gif',
      'http://127.0.0.1:8080/',
      'ws://x/',
      'file:///etc/hosts',
      'casefile-app://other/x',
      'ftp://x/',
    ]) {
      expect(isAllowedRequest(url)).toBe(false);
    }
  });
});

describe('mayOfferExternally', () => {
  it('offers a refused link to the default browser only from the app’s own page', () => {
    expect(mayOfferExternally('casefile-app://app/index.html#/article/1')).toBe(true);
    // A captured page in the hidden snapshot window is refused without a dialog.
    expect(mayOfferExternally('https://www.dailynk.com/english/masks/')).toBe(false);
    expect(mayOfferExternally('')).toBe(false);
    expect(mayOfferExternally('about:blank')).toBe(false);
  });
});

describe('externalUrlAllowed', () => {
  it('allows plain http(s) links and returns them normalised', () => {
    expect(externalUrlAllowed('https://www.dailynk.com/english/a?b=1#c')).toBe(
      'https://www.dailynk.com/english/a?b=1#c',
    );
    expect(externalUrlAllowed('HTTP://Example.COM')).toBe('http://example.com/');
  });

  it('refuses every other scheme and URLs carrying credentials', () => {
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'smb://attacker/share',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'mailto:a@b.c',
      'casefile-app://app/index.html',
      'https://bank.example@evil.example/',
      'https://user:pass@example.com/',
      '//example.com',
      '',
      null,
    ]) {
      expect(externalUrlAllowed(url)).toBeNull();
    }
  });
});

describe('permissionAllowed', () => {
  it('denies by default and grants only clipboard writes to the app itself', () => {
    expect(permissionAllowed('clipboard-sanitized-write', 'casefile-app://app/index.html')).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'casefile-app://app')).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'midi',
      'unknown',
    ]) {
      expect(permissionAllowed(permission, 'casefile-app://app/index.html')).toBe(false);
    }
  });
});

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy();
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

  it('denies by default and runs scripts only from the bundle', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no remote origin and allows no inline script or eval anywhere', () => {
    expect(csp).not.toMatch(/https?:|wss?:|\*/);
    expect(csp).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('is the shared definition, which renderer/index.html repeats in its meta', () => {
    expect(csp).toBe(APP_CONTENT_SECURITY_POLICY);
    const html = fs.readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(APP_CONTENT_SECURITY_POLICY_META);
    expect(`${meta}; frame-ancestors 'none'`).toBe(csp);
  });

  it('refuses every fetched frame (the Original view is a srcdoc frame, which frame-src does not govern)', () => {
    expect(directives.get('frame-src')).toEqual(["'none'"]);
  });

  it('is sent with every app asset, with a content type a module script accepts', () => {
    expect(appResponseHeaders('/r/assets/index-abc.js')).toMatchObject({
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
    });
    expect(appResponseHeaders('/r/index.html')['Content-Type']).toBe('text/html; charset=utf-8');
    expect(appResponseHeaders('/r/unknown.bin')['Content-Type']).toBe('application/octet-stream');
  });
});

describe('resolveAppAsset', () => {
  const root = path.join(os.tmpdir(), 'casefile-renderer');

  it('maps app URLs to files under the renderer build', () => {
    expect(resolveAppAsset(root, 'casefile-app://app/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'casefile-app://app/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'casefile-app://app')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'casefile-app://app/assets/index-x.js?v=1#frag')).toBe(
      path.join(root, 'assets', 'index-x.js'),
    );
    expect(resolveAppAsset(root, 'casefile-app://app/assets/%ED%95%9C.png')).toBe(path.join(root, 'assets', '한.png'));
  });

  it('keeps dot segments the URL parser already resolved inside the root', () => {
    // The URL parser resolves literal `..` against the origin's root, as a browser would.
    expect(resolveAppAsset(root, 'casefile-app://app/../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveAppAsset(root, 'casefile-app://app/assets/../../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveAppAsset(root, 'casefile-app://app/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
  });

  it('refuses every way out of the root and every other origin', () => {
    for (const url of [
      'casefile-app://app/%2E%2E%2Fsecret.txt',
      'casefile-app://app/assets%2F..%2F..%2Fsecret.txt',
      'casefile-app://app/..%5C..%5Csecret.txt',
      'casefile-app://app/index.html%00.png',
      'casefile-app://app/%E0%A4%A',
      'casefile-app://other/index.html',
      'file:///etc/passwd',
      'https://app/index.html',
      'not a url',
    ]) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });

  it('lets the caller catch a symlink pointing out of the root', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-asset-'));
    const rendererRoot = path.join(base, 'renderer');
    fs.mkdirSync(rendererRoot);
    fs.writeFileSync(path.join(base, 'outside.txt'), 'secret');
    fs.symlinkSync(path.join(base, 'outside.txt'), path.join(rendererRoot, 'link.txt'));
    const file = resolveAppAsset(rendererRoot, 'casefile-app://app/link.txt');
    expect(file).toBe(path.join(rendererRoot, 'link.txt'));
    expect(isInside(fs.realpathSync(rendererRoot), fs.realpathSync(file!))).toBe(false);
    fs.rmSync(base, { recursive: true, force: true });
  });

  it('isInside compares whole path segments', () => {
    expect(isInside('/a/b', '/a/b/c')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
  });
});
