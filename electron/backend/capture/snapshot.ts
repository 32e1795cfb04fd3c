// The rendered snapshot on the browser host, the CLI and in tests (the desktop app renders in a
// hidden window instead: snapshotter.ts, electron/main/snapshot-window.ts): the captured page as a
// browser shows it, as a full-page PNG and a PDF print. Chromium runs through playwright-core in a throwaway profile (scripts allowed there, never
// in the app). The page's own document is served from the captured bytes (not fetched a second
// time). Everything else the page loads goes through the gatekeeper (gatekeeper.ts), so it follows
// the analyst's route, proxy included, and the browser's own background traffic goes nowhere.
import { chromium } from 'playwright-core';
import type { NetworkSetting } from '../../../shared/contract/webCapture';
import { startGatekeeper } from './gatekeeper';
import { CHROMIUM_ARGS } from '../browser/findChromium';
import { pngSize } from './png';
import { SNAPSHOT_MAX_HEIGHT, SNAPSHOT_MAX_WIDTH, SNAPSHOT_VIEWPORT } from '../../../shared/contract/snapshotChannel';

export interface Rendered {
  png: Buffer;
  width: number;
  height: number;
  pdf: Buffer;
  /** Hosts the browser tried to reach on its own, refused by the gatekeeper. */
  refused: string[];
}

export interface SnapshotRequest {
  url: string;
  status: number;
  contentType: string;
  body: Uint8Array;
  route: NetworkSetting;
  userAgent: string;
  ignoreTlsErrors: boolean;
  timeoutMs: number;
  signal: AbortSignal;
}

function defaultPort(url: URL): number {
  return Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
}

export async function renderSnapshot(request: SnapshotRequest, executablePath: string): Promise<Rendered> {
  const gatekeeper = await startGatekeeper(request.route);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    timeout: request.timeoutMs,
    args: [
      ...CHROMIUM_ARGS,
      // Chromium bypasses proxies for loopback unless told otherwise; every address must take the route.
      `--proxy-server=socks5://127.0.0.1:${gatekeeper.port}`,
      '--proxy-bypass-list=<-loopback>',
    ],
  });
  const stop = () => void browser.close().catch(() => undefined);
  request.signal.addEventListener('abort', stop);
  try {
    const context = await browser.newContext({
      userAgent: request.userAgent,
      viewport: { ...SNAPSHOT_VIEWPORT },
      ignoreHTTPSErrors: request.ignoreTlsErrors,
      serviceWorkers: 'block',
      acceptDownloads: false,
      javaScriptEnabled: true,
    });
    let served = false;
    await context.route('**/*', async (route) => {
      const target = new URL(route.request().url());
      if (!served && route.request().resourceType() === 'document' && target.href === request.url) {
        served = true;
        await route.fulfill({
          status: request.status,
          contentType: request.contentType || 'text/html',
          body: Buffer.from(request.body),
        });
        return;
      }
      if (target.protocol === 'http:' || target.protocol === 'https:')
        gatekeeper.admit(target.hostname, defaultPort(target));
      await route.continue();
    });
    const page = await context.newPage();
    page.setDefaultTimeout(request.timeoutMs);
    await page.goto(request.url, { waitUntil: 'load', timeout: request.timeoutMs });
    const png = await page.screenshot({
      fullPage: true,
      // An endless page stops at the caps both snapshot paths share (Playwright trims this to the page).
      clip: { x: 0, y: 0, width: SNAPSHOT_MAX_WIDTH, height: SNAPSHOT_MAX_HEIGHT },
      type: 'png',
      timeout: request.timeoutMs,
    });
    const pdf = await page.pdf({ printBackground: true, format: 'A4' });
    return { png, pdf, ...pngSize(png), refused: [...gatekeeper.refused] };
  } finally {
    request.signal.removeEventListener('abort', stop);
    await browser.close().catch(() => undefined);
    await gatekeeper.close();
  }
}
