// End-to-end tests: the real renderer build against the real backend. Project `web` drives a
// Chromium (found or installed by e2e/globalSetup.ts, in findChromium's order) through the browser host; project `electron` runs the same specs in the desktop app
// wherever an Electron binary exists and reports them as skipped (with the reason) where not.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './electron/backend/browser/findChromium';
import { BROWSER_CONTEXT_OPTIONS } from './e2e/browserContext';
import type { HostOptions } from './e2e/fixtures';

export default defineConfig<HostOptions>({
  testDir: 'e2e/specs',
  outputDir: 'test-results',
  globalSetup: './e2e/globalSetup.ts',
  fullyParallel: true,
  workers: 2,
  // Tests wait for states, never for time; these limits only bound how long a state may take to
  // come. They are generous because a loaded machine (CI runners, other work on two cores) can be
  // ten times slower than an idle one (a reload then took over 30 s before the article rendered), and
  // a slow pass is not a failure. Idle, a test takes seconds.
  timeout: 180_000,
  expect: { timeout: 60_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    viewport: BROWSER_CONTEXT_OPTIONS.viewport,
    contextOptions: BROWSER_CONTEXT_OPTIONS,
  },
  projects: [
    {
      name: 'web',
      use: {
        hostKind: 'web',
        browserName: 'chromium',
        launchOptions: {
          executablePath: findChromium() ?? undefined,
          args: CHROMIUM_ARGS,
        },
      },
    },
    { name: 'electron', use: { hostKind: 'electron' } },
  ],
});
