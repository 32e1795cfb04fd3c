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
