// End-to-end tests: the real renderer build against the real backend. Project `web` drives Debian's
// Chromium through the browser host; project `electron` runs the same specs in the desktop app
// wherever an Electron binary exists and reports them as skipped (with the reason) where not.
import { defineConfig } from '@playwright/test';
import type { HostOptions } from './e2e/fixtures';

export default defineConfig<HostOptions>({
  testDir: 'e2e/specs',
  outputDir: 'test-results',
  globalSetup: './e2e/globalSetup.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    {
      name: 'web',
      use: {
        hostKind: 'web',
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CASEFILE_CHROMIUM ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
        },
      },
    },
    { name: 'electron', use: { hostKind: 'electron' } },
  ],
});
