// Every test gets a fresh library in a temporary folder, a host serving it (the browser host in
// Chromium, or the desktop app), and a page already open, ready and with an analyst set. The page's
// context records and aborts every request that leaves the app's own origin; a test with any such
// request fails at teardown, as does one with an uncaught error in the page.
import { _electron, test as base, expect, type Browser, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedLibrary } from '../bench/seedLibrary';
import type { EventName, EventPayload } from '../shared/contract/events';
import { Backend } from '../electron/backend/backend';
import { startWebHost } from '../electron/backend/hosts/web/server';
import { findElectronBinary, findElectronNativeBinding } from './electronBinary';
import { STATIC_DIR } from './globalSetup';

export interface HostOptions {
  hostKind: 'web' | 'electron';
}

interface TestOptions {
  /** The analyst set before the app opens; null leaves a new library's first-run question. */
  analyst: string | null;
  /** Articles written into the library before the host starts (bench/seedLibrary). */
  seedArticles: number;
  /** The host opens the library read-only (the browser host's option; the desktop app is skipped). */
  readOnlyLibrary: boolean;
}

export interface RunningApp {
  kind: 'web' | 'electron';
  /** The app's own origin; everything else is off limits. */
  origin: string;
  /** The tokened URL the browser host printed ('' in the desktop app). */
  url: string;
  /** The browser host's token (null in the desktop app, which has no HTTP surface). */
  token: string | null;
  libraryPath: string;
  /** Sends an event down the host's event stream once the page listens, as the desktop app's main process would (web host only). */
  emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => Promise<void>;
}

interface Fixtures {
  workDir: string;
  app: RunningApp;
  offOriginRequests: string[];
  pageErrors: string[];
}

export const ANALYST = 'E2E Analyst';
const REPO_ROOT = path.resolve(STATIC_DIR, '../..');

async function prepareLibrary(
  libraryPath: string,
  options: Pick<TestOptions, 'analyst' | 'seedArticles'>,
): Promise<void> {
  if (options.seedArticles > 0) {
    seedLibrary(libraryPath, { articles: options.seedArticles, analyst: options.analyst ?? 'Seeder' });
    return;
  }
  if (options.analyst === null) return;
  const backend = new Backend({ libraryPath });
  try {
    await backend.call('settings.setAnalyst', { name: options.analyst });
  } finally {
    await backend.close();
  }
}

export const test = base.extend<TestOptions & Fixtures, HostOptions>({
  hostKind: ['web', { option: true, scope: 'worker' }],
  analyst: [ANALYST, { option: true }],
  seedArticles: [0, { option: true }],
  readOnlyLibrary: [false, { option: true }],

  // Playwright reads a fixture's dependencies from its destructuring pattern; these have none.
  // eslint-disable-next-line no-empty-pattern
  workDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },

  // Playwright reads a fixture's dependencies from its destructuring pattern; these have none.
  // eslint-disable-next-line no-empty-pattern
  offOriginRequests: async ({}, use) => {
    const requests: string[] = [];
    await use(requests);
    expect(requests, 'requests outside the app’s own origin').toEqual([]);
  },

  // Playwright reads a fixture's dependencies from its destructuring pattern; these have none.
  // eslint-disable-next-line no-empty-pattern
  pageErrors: async ({}, use) => {
    const errors: string[] = [];
    await use(errors);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },

  app: [
    async ({ hostKind, workDir, analyst, seedArticles, readOnlyLibrary }, use) => {
      const libraryPath = path.join(workDir, 'library.casefile');
      if (hostKind === 'electron') {
        base.skip(readOnlyLibrary, 'a read-only library is opened through the browser host option');
        for (const found of [findElectronBinary(), findElectronNativeBinding(REPO_ROOT)]) {
          if ('reason' in found) {
            base.skip(true, found.reason);
            return;
          }
        }
      }
      await prepareLibrary(libraryPath, { analyst, seedArticles });
      if (hostKind === 'web') {
        const host = await startWebHost({
          libraryPath,
          staticDir: STATIC_DIR,
          userDataDir: path.join(workDir, 'user-data'),
          readonly: readOnlyLibrary,
        });
        await use({
          kind: 'web',
          origin: host.origin,
          url: host.url,
          token: host.token,
          libraryPath,
          emit: async (event, payload) => {
            await expect
              .poll(() => host.eventStreams(), { message: 'the page never opened the event stream' })
              .toBeGreaterThan(0);
            host.backend.ctx.emit(event, payload);
          },
        });
        await host.close();
      } else {
        await use({ kind: 'electron', origin: '', url: '', token: null, libraryPath });
      }
    },
    { timeout: 120_000 },
  ],

  page: async ({ app, page, offOriginRequests, pageErrors, workDir, analyst }, use) => {
    if (app.kind === 'electron') {
      const binary = findElectronBinary() as { path: string };
      const nativeBinding = findElectronNativeBinding(REPO_ROOT) as { path: string };
      const electronApp = await _electron.launch({
        executablePath: binary.path,
        args: [REPO_ROOT, '--library', app.libraryPath, `--user-data-dir=${path.join(workDir, 'electron-user-data')}`],
        env: { ...process.env, CASEFILE_NATIVE_BINDING: nativeBinding.path } as Record<string, string>,
      });
      const window = await electronApp.firstWindow();
      const origin = originOf(window.url());
      await guard(window, origin, offOriginRequests, pageErrors);
      if (analyst !== null) await expect(window.locator('[data-ready="true"]')).toBeVisible();
      await use(window);
      await electronApp.close();
      return;
    }
    await guard(page, app.origin, offOriginRequests, pageErrors);
    await page.goto(app.url);
    if (analyst !== null) await expect(page.locator('[data-ready="true"]')).toBeVisible();
    await use(page);
  },
});

/**
 * A teammate's machine: a second browser host on a fresh library (analyst set), opened in a
 * browser context of its own so its origin is the only one that context may reach. The caller's
 * guard lists collect its off-origin requests and page errors too.
 */
export async function openTeammateHost(
  browser: Browser,
  workDir: string,
  guards: { offOriginRequests: string[]; pageErrors: string[] },
): Promise<{ app: RunningApp; page: Page; close: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(workDir, 'teammate-'));
  const libraryPath = path.join(dir, 'library.casefile');
  await prepareLibrary(libraryPath, { analyst: 'Teammate', seedArticles: 0 });
  const host = await startWebHost({ libraryPath, staticDir: STATIC_DIR, userDataDir: path.join(dir, 'user-data') });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await guard(page, host.origin, guards.offOriginRequests, guards.pageErrors);
  await page.goto(host.url);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  return {
    app: { kind: 'web', origin: host.origin, url: host.url, token: host.token, libraryPath },
    page,
    close: async () => {
      await context.close();
      await host.close();
    },
  };
}

/** scheme://host, also for custom schemes (whose URL.origin is "null"). */
function originOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

async function guard(page: Page, origin: string, offOrigin: string[], pageErrors: string[]): Promise<void> {
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (originOf(url) === origin || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
}

export { expect };
