// Every test gets a fresh library in a temporary folder, a host serving it (the browser host in
// Chromium, or the desktop app), and a page already open, ready and with an analyst set. The page's
// context records and aborts every request that leaves the app's own origin; a test with any such
// request fails at teardown, as does one with an uncaught error in the page.
//
// In the browser host, a worker keeps one browser context and page for all its tests: a new
// context costs a renderer process and a cold start of the app's scripts, which was a third of a
// short test's time. Each test's host has its own port, hence its own origin and storage; at the
// end of a test the page leaves the app, its storage is cleared (a later host may get the same
// port), and the listeners, routes and viewport the test set are undone. A test that needs what
// cannot be undone (an init script) asks for `ownBrowserContext`.
import {
  _electron,
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedLibrary } from '../bench/seedLibrary';
import type { Envelope } from '../shared/contract/errors';
import type { EventName, EventPayload } from '../shared/contract/events';
import { IPC_CHANNELS, type CasefileFacade } from '../shared/contract/facade';
import { Backend } from '../electron/backend/backend';
import { startWebHost } from '../electron/backend/hosts/web/server';
import { BROWSER_CONTEXT_OPTIONS } from './browserContext';
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
  /** The test gets a browser context of its own instead of the worker's page (browser host). */
  ownBrowserContext: boolean;
}

interface WorkerFixtures {
  /** The worker's page, reused by its tests in the browser host (opened on first use). */
  workerPage: { take: () => Promise<Page> };
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
  /** Calls the contract as the renderer does: the browser host's HTTP door, or the desktop window's preload facade. */
  call: (method: string, input: unknown) => Promise<Envelope<unknown>>;
  /** Sends an event to the page once it listens, as the desktop app's main process broadcasts it. */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => Promise<void>;
  /** Clicks an item of the real native menu by its id (the desktop app only). */
  clickMenuItem?: (id: string) => Promise<void>;
  /** The desktop app's first window (the desktop app only; the `page` fixture hands it out). */
  window?: Page;
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

export const test = base.extend<TestOptions & Fixtures, HostOptions & WorkerFixtures>({
  hostKind: ['web', { option: true, scope: 'worker' }],
  analyst: [ANALYST, { option: true }],
  seedArticles: [0, { option: true }],
  readOnlyLibrary: [false, { option: true }],
  ownBrowserContext: [false, { option: true }],

  workerPage: [
    async ({ browser }, use) => {
      let context: BrowserContext | undefined;
      let page: Page | undefined;
      await use({
        take: async () => {
          if (!page || page.isClosed()) {
            context ??= await browser.newContext(BROWSER_CONTEXT_OPTIONS);
            page = await context.newPage();
          }
          return page;
        },
      });
      await context?.close();
    },
    { scope: 'worker' },
  ],

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
        await use(webHostApp(host, libraryPath));
        await host.close();
        return;
      }
      const electronApp = await launchDesktopApp(libraryPath, workDir);
      const desktopWindow = await electronApp.firstWindow();
      await use({
        kind: 'electron',
        origin: originOf(desktopWindow.url()),
        url: '',
        token: null,
        libraryPath,
        window: desktopWindow,
        call: (method, input) =>
          desktopWindow.evaluate(
            ([m, i]) => (globalThis as unknown as { casefile: CasefileFacade }).casefile.invoke(m as never, i as never),
            [method, input] as const,
          ) as Promise<Envelope<unknown>>,
        // What the main process's broadcast() does, to every window.
        emit: async (event, payload) => {
          await electronApp.evaluate(
            ({ BrowserWindow }, [channel, name, body]) => {
              for (const win of BrowserWindow.getAllWindows()) win.webContents.send(channel, name, body);
            },
            [IPC_CHANNELS.event, event, payload] as const,
          );
        },
        clickMenuItem: async (id) => {
          const clicked = await electronApp.evaluate(({ Menu }, itemId) => {
            const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
            item?.click();
            return Boolean(item);
          }, id);
          if (!clicked) throw new Error(`The native menu has no item "${id}".`);
        },
      });
      await electronApp.close();
    },
    { timeout: 120_000 },
  ],

  page: async ({ app, browser, workerPage, ownBrowserContext, offOriginRequests, pageErrors, analyst }, use) => {
    if (app.window) {
      await guard(app.window, app.origin, offOriginRequests, pageErrors);
      if (analyst !== null) await expect(app.window.locator('[data-ready="true"]')).toBeVisible();
      await use(app.window);
      return;
    }
    if (ownBrowserContext) {
      const context = await browser.newContext(BROWSER_CONTEXT_OPTIONS);
      const page = await context.newPage();
      await openApp(page, app, analyst, offOriginRequests, pageErrors);
      await use(page);
      await context.close();
      return;
    }
    const page = await workerPage.take();
    const listenersBefore = listenerSnapshot(page);
    await openApp(page, app, analyst, offOriginRequests, pageErrors);
    await use(page);
    await handBack(page, listenersBefore);
  },
});

async function openApp(
  page: Page,
  app: RunningApp,
  analyst: string | null,
  offOriginRequests: string[],
  pageErrors: string[],
): Promise<void> {
  await guard(page, app.origin, offOriginRequests, pageErrors);
  await page.goto(app.url);
  if (analyst !== null) await expect(page.locator('[data-ready="true"]')).toBeVisible();
}

type Listener = (...args: unknown[]) => void;
type ListenerSnapshot = Map<string | symbol, Listener[]>;

function listenerSnapshot(page: Page): ListenerSnapshot {
  const emitter = page as unknown as { eventNames(): (string | symbol)[]; listeners(e: string | symbol): Listener[] };
  return new Map(emitter.eventNames().map((name) => [name, [...emitter.listeners(name)]]));
}

/**
 * Undoes what a test did to the worker's page: its listeners, the guard's route, a changed
 * viewport, and the app's storage on the test's origin (a later host may get the same port). The
 * page then leaves the app, so the app's event stream closes before its host does.
 */
async function handBack(page: Page, before: ListenerSnapshot): Promise<void> {
  const emitter = page as unknown as { eventNames(): (string | symbol)[]; listeners(e: string | symbol): Listener[] };
  for (const name of emitter.eventNames()) {
    const kept = before.get(name) ?? [];
    for (const listener of emitter.listeners(name)) {
      if (!kept.includes(listener)) page.off(name as 'request', listener);
    }
  }
  if (page.isClosed()) return;
  await page.context().unrouteAll({ behavior: 'ignoreErrors' });
  await page
    .evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    })
    .catch(() => undefined); // The page may have crashed or be on another origin; about:blank follows.
  await page.goto('about:blank');
  const viewport = BROWSER_CONTEXT_OPTIONS.viewport!;
  const current = page.viewportSize();
  if (current?.width !== viewport.width || current?.height !== viewport.height) await page.setViewportSize(viewport);
}

/** The desktop app on `libraryPath`, with the Electron build of better-sqlite3 and its own user data. */
async function launchDesktopApp(libraryPath: string, workDir: string): Promise<ElectronApplication> {
  const binary = findElectronBinary() as { path: string };
  const nativeBinding = findElectronNativeBinding(REPO_ROOT) as { path: string };
  return _electron.launch({
    executablePath: binary.path,
    args: [REPO_ROOT, '--library', libraryPath, `--user-data-dir=${path.join(workDir, 'electron-user-data')}`],
    env: { ...process.env, CASEFILE_NATIVE_BINDING: nativeBinding.path } as Record<string, string>,
  });
}

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
  const context = await browser.newContext(BROWSER_CONTEXT_OPTIONS);
  const page = await context.newPage();
  await guard(page, host.origin, guards.offOriginRequests, guards.pageErrors);
  await page.goto(host.url);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  return {
    app: webHostApp(host, libraryPath),
    page,
    close: async () => {
      await context.close();
      await host.close();
    },
  };
}

/** A running browser host as a test sees it: its contract door and its event stream. */
function webHostApp(host: Awaited<ReturnType<typeof startWebHost>>, libraryPath: string): RunningApp {
  return {
    kind: 'web',
    origin: host.origin,
    url: host.url,
    token: host.token,
    libraryPath,
    call: async (method, input) => {
      const response = await fetch(`${host.origin}/api/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Casefile-Token': host.token },
        body: JSON.stringify({ method, input }),
      });
      return (await response.json()) as Envelope<unknown>;
    },
    emit: async (event, payload) => {
      await expect
        .poll(() => host.eventStreams(), { message: 'the page never opened the event stream' })
        .toBeGreaterThan(0);
      host.backend.ctx.emit(event, payload);
    },
  };
}

/** scheme://host, also for custom schemes (whose URL.origin is "null"). */
function originOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

/**
 * Records and aborts every request that leaves `origin`. The route's pattern matches only those (it
 * is matched in Playwright's driver): a catch-all route handed each of the app's own requests to the
 * test and back, some 4,000 round trips in a run, each waiting on the worker that also runs the host.
 */
async function guard(page: Page, origin: string, offOrigin: string[], pageErrors: string[]): Promise<void> {
  const ownOrigin = origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  await page.context().route(new RegExp(`^(?!${ownOrigin}/|data:|blob:)`), (route) => {
    offOrigin.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
}

export { expect };
