import type { BrowserContextOptions } from '@playwright/test';

/** What every browser context of the suite has: the built-in one (playwright.config.ts) and the fixtures' own. */
export const BROWSER_CONTEXT_OPTIONS = {
  viewport: { width: 1280, height: 800 },
  // No transitions to wait out (the theme honours the setting, as it does for analysts who choose it).
  reducedMotion: 'reduce',
} satisfies BrowserContextOptions;
