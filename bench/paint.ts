// Opening an article with 1,000 excerpts in the real renderer (Debian's Chromium, browser host):
// from the route change until every excerpt's highlight is in a painted frame. Compared with the same page showing
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

/**
 * The page-side script of one run: notes the time, changes the route to the article and checks in
 * each animation frame whether every highlight is in the text; `window.__painted` gets the
 * milliseconds. A string, so the bundler's helpers never reach the page.
 */
function watchPaint(articleId: string, expectMarks: number): string {
  return `(() => {
    delete window.__painted;
    const start = performance.now();
    const n = ${expectMarks};
    const painted = () => {
      const text = document.querySelector('[data-testid="article-text"]');
      if (!text) return false;
      if (n === 0) return true;
      const ids = new Set();
      for (const span of text.querySelectorAll('[data-marks]'))
        for (const mark of span.getAttribute('data-marks').split(' ')) ids.add(mark);
      return ids.size >= n;
    };
    const check = () => {
      if (painted()) window.__painted = performance.now() - start;
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
    window.location.hash = ${JSON.stringify(`#/article/${articleId}`)};
  })()`;
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
        // Timed by the page's own clock, from the route change to the first animation frame in
        // which every highlight is in the text (checked in the page each frame), so the figure is
        // the app's cost, not the test driver's round trips.
        await page.evaluate(watchPaint(articleId, expectMarks));
        const done = await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted, null, {
          timeout: 60_000,
        });
        times.push(Math.round((await done.jsonValue()) as number));
      }
      all.push(times);
    }
    return all;
  } finally {
    await browser.close();
    await host.close();
  }
}
