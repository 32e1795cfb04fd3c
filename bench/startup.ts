// Start-up in the real renderer (Chromium, browser host): from navigation to the Library showing
// its rows, each load in a fresh browser context (no HTTP cache, no compiled-code cache: a first
// launch). The raw counterpart, measured in the same run: navigating to a static page from a bare
// Node server holding the same rows with the same titles, so the figure is what our code costs.
// Also prints the start-up bundle (the scripts index.html loads before anything is shown).
import { chromium, type Browser } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CHROMIUM_ARGS } from '../electron/backend/browser/findChromium';
import { startWebHost } from '../electron/backend/hosts/web/server';
import { RUNS, stats, type Report } from './measure';
import { CHROMIUM, paintSkipReason } from './paint';

const STATIC = path.resolve(import.meta.dirname, '../out/renderer');
const ROW = '[data-testid="library-row"]';

/** The scripts the first screen needs: the entry and what index.html preloads, in bytes. */
export function startupBundle(): { files: number; bytes: number } {
  const html = fs.readFileSync(path.join(STATIC, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return { files: files.length, bytes: files.reduce((sum, f) => sum + fs.statSync(path.join(STATIC, f)).size, 0) };
}

/** Milliseconds (the page's own clock, from navigation start) until `rows` rows are in the page. */
async function loadOnce(browser: Browser, url: string, rows: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      ({ selector, n }) => document.querySelectorAll(selector).length >= n && performance.now(),
      { selector: ROW, n: rows },
      { polling: 'raf', timeout: 60_000 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

function staticRowsPage(titles: string[]): string {
  const rows = titles.map((t) => `<tr data-testid="library-row"><td>${t.replace(/[<&]/g, ' ')}</td></tr>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>Rows</title></head><body><table>${rows.join('')}</table></body></html>`;
}

export async function benchStartup(libraryPath: string, report: Report): Promise<void> {
  report.begin('Start-up');
  const bundle = startupBundle();
  console.log(`  start-up scripts: ${bundle.files} files, ${(bundle.bytes / 1024).toFixed(0)} KB`);
  const skip = paintSkipReason();
  if (skip) {
    console.log(`  navigation to Library rows: skipped, ${skip}`);
    return;
  }
  const host = await startWebHost({ libraryPath, staticDir: STATIC, analyst: 'Bench' });
  const browser = await chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS });
  const raw = http.createServer();
  try {
    // The rows the Library shows at this window size, read from the app itself.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.waitForSelector(ROW, { timeout: 60_000 });
    const titles = await page.$$eval(ROW, (rows) => rows.map((r) => r.textContent ?? ''));
    await context.close();
    const html = staticRowsPage(titles);
    raw.on('request', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(html);
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/`;

    const ours: number[] = [];
    const bare: number[] = [];
    // One warm-up load of each (Chromium's own start-up), then the sample, interleaved so a busy
    // moment on the machine lands on both.
    for (let i = 0; i <= RUNS; i++) {
      const a = await loadOnce(browser, host.url, titles.length);
      const b = await loadOnce(browser, rawUrl, titles.length);
      if (i > 0) {
        ours.push(a);
        bare.push(b);
      }
    }
    report.time(
      `navigation to the Library showing its ${titles.length} rows (vs a static page of the same rows)`,
      stats(ours),
      stats(bare),
      { maxMs: 1000 },
      `start-up scripts ${(bundle.bytes / 1024).toFixed(0)} KB in ${bundle.files} files`,
    );
  } finally {
    raw.close();
    await browser.close();
    await host.close();
  }
}
