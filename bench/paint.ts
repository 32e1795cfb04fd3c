// Opening an article with 1,000 excerpts in the real renderer (Debian's Chromium, browser host):
// from navigation until every excerpt's highlight is painted. Compared with the same page showing
// the same article with no excerpts, measured in the same run, so the figure is what the
// highlights cost. Needs the renderer build (npm run build) and Chromium; says so otherwise.
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../electron/backend/browser/findChromium';
import { startWebHost } from '../electron/backend/hosts/web/server';

export const CHROMIUM = findChromium();
const STATIC = path.resolve(import.meta.dirname, '../out/renderer');

export function paintSkipReason(): string | null {
  if (!fs.existsSync(path.join(STATIC, 'index.html'))) return 'the renderer is not built (run npm run build)';
  if (!CHROMIUM) return 'no Chromium found (run "npx playwright install chromium" or set CASEFILE_CHROMIUM)';
  if (!fs.existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (set CASEFILE_CHROMIUM)`;
  return null;
}

/** Milliseconds of each of `repeat` runs to open each article and see `expectMarks` highlight ids painted. */
export async function measurePaint(
  libraryPath: string,
  runs: { articleId: string; expectMarks: number }[],
  repeat = 7,
): Promise<number[][]> {
  const host = await startWebHost({ libraryPath, staticDir: STATIC, analyst: 'Bench' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM ?? undefined,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.waitForSelector('[data-testid="library-filters"]');
    const all: number[][] = [];
    for (const { articleId, expectMarks } of runs) {
      const times: number[] = [];
      for (let i = 0; i < repeat; i++) {
        // A fresh page each time, so nothing is served from the renderer's query cache.
        await page.evaluate(() => (window.location.hash = '#/library'));
        await page.reload();
        await page.waitForSelector('[data-testid="library-filters"]');
        const start = Date.now();
        await page.evaluate((id) => (window.location.hash = `#/article/${id}`), articleId);
        await page.waitForFunction(
          (n) => {
            const text = document.querySelector('[data-testid="article-text"]');
            if (!text) return false;
            if (n === 0) return true;
            const ids = new Set<string>();
            for (const span of text.querySelectorAll('[data-marks]'))
              for (const id of span.getAttribute('data-marks')!.split(' ')) ids.add(id);
            return ids.size >= n;
          },
          expectMarks,
          { polling: 'raf', timeout: 60_000 },
        );
        times.push(Date.now() - start);
      }
      all.push(times);
    }
    return all;
  } finally {
    await browser.close();
    await host.close();
  }
}
