// The rendered snapshot: the captured page as a browser shows it, as a full-page PNG and a PDF
// print. Chromium runs through playwright-core in a throwaway profile (scripts allowed there, never
// in the app). The page's own document is served from the captured bytes (not fetched a second
// time); what it loads besides goes through the same network route as the capture, proxy included.
import { chromium } from 'playwright-core';
import type { NetworkSetting } from '../../../shared/contract/webCapture';
import { pngSize } from './png';

export interface Rendered {
  png: Buffer;
  width: number;
  height: number;
  pdf: Buffer;
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

function proxyArgs(route: NetworkSetting): string[] {
  if (route.mode === 'direct') return ['--no-proxy-server'];
  const scheme = route.mode === 'socks5' ? 'socks5' : route.mode;
  // Chromium bypasses proxies for loopback unless told otherwise; the route must hold for every address.
  return [`--proxy-server=${scheme}://${route.proxy}`, '--proxy-bypass-list=<-loopback>'];
}

export async function renderSnapshot(request: SnapshotRequest, executablePath: string): Promise<Rendered> {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    timeout: request.timeoutMs,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', ...proxyArgs(request.route)],
  });
  const stop = () => void browser.close().catch(() => undefined);
  request.signal.addEventListener('abort', stop);
  try {
    const context = await browser.newContext({
      userAgent: request.userAgent, viewport: { width: 1280, height: 800 }, ignoreHTTPSErrors: request.ignoreTlsErrors,
      serviceWorkers: 'block', acceptDownloads: false, javaScriptEnabled: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(request.timeoutMs);
    let served = false;
    await page.route(request.url, async (route) => {
      if (served || route.request().resourceType() !== 'document') return route.continue();
      served = true;
      await route.fulfill({ status: request.status, contentType: request.contentType || 'text/html', body: Buffer.from(request.body) });
    });
    await page.goto(request.url, { waitUntil: 'load', timeout: request.timeoutMs });
    const png = await page.screenshot({ fullPage: true, type: 'png', timeout: request.timeoutMs });
    const pdf = await page.pdf({ printBackground: true, format: 'A4' });
    return { png, pdf, ...pngSize(png) };
  } finally {
    request.signal.removeEventListener('abort', stop);
    await browser.close().catch(() => undefined);
  }
}
