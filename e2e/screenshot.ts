// Screenshots kept as test artifacts (e2e/artifacts, gitignored) and attached to the report, so
// every main screen can be looked at in both themes after a run.
import type { Locator, Page, TestInfo } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const ARTIFACTS = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'artifacts');

/** Saves `<project>-<name>.png` under e2e/artifacts/<folder>; `of` limits it to one element. */
export async function saveScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  options: { folder?: string; of?: Locator } = {},
): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const body = options.of
    ? await options.of.screenshot({ animations: 'disabled' })
    : await page.screenshot({ animations: 'disabled' });
  const dir = path.join(ARTIFACTS, options.folder ?? 'screens');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${testInfo.project.name}-${name}.png`), body);
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

type Theme = 'light' | 'dark';

/**
 * Saves the view as it is in both themes (`light-<name>`, then `dark-<name>`) and leaves the page
 * in the theme it was in. The theme changes as it does when another window of the app changes it
 * (a storage event on the scheme's key), so focus, hover, open menus and dialogs stay as they are.
 */
export async function saveScreenshotsInBothThemes(
  page: Page,
  testInfo: TestInfo,
  name: string,
  options: { folder?: string; of?: Locator } = {},
): Promise<void> {
  const html = page.locator('html');
  const found = (await html.getAttribute('data-mantine-color-scheme')) as Theme;
  for (const theme of ['light', 'dark'] as const) {
    await setThemeInPlace(page, theme);
    await saveScreenshot(page, testInfo, `${theme}-${name}`, options);
  }
  await setThemeInPlace(page, found);
}

async function setThemeInPlace(page: Page, theme: Theme): Promise<void> {
  await page.evaluate((value) => {
    const key = 'casefile.colorScheme';
    localStorage.setItem(key, value);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
  }, theme);
  await page.locator(`html[data-mantine-color-scheme="${theme}"]`).waitFor({ state: 'attached' });
}
