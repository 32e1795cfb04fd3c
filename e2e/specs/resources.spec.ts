// The app's own resources: the favicon is served (so loading logs no 404), the console stays free
// of errors on every main screen, and the sample case from the seed article opens from the empty
// Library as a worked example.
import { LibraryPage } from '../pages/LibraryPage';
import { expect, test } from '../fixtures';

test('loads with its favicon and no console error on any main screen', async ({ app, page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.reload();
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
  for (const screen of ['library', 'excerpts', 'sources', 'entities', 'cases', 'settings']) {
    await page.evaluate((s) => (window.location.hash = `#/${s}`), screen);
    await expect(page.locator('main[data-ready="true"]')).toBeVisible();
  }
  if (app.kind === 'web') {
    const favicon = await page.request.get(new URL('favicon.svg', app.url).href);
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toBe('image/svg+xml');
    expect((await page.request.get(new URL('favicon.ico', app.url).href)).status()).toBe(200);
  }
  expect(await page.locator('link[rel="icon"]').count()).toBe(2);
  expect(problems).toEqual([]);
});

test('the empty Library opens the sample case, with its article, excerpts and entities', async ({ page }) => {
  const library = new LibraryPage(page);
  await expect(library.empty).toBeVisible();
  await page.getByTestId('import-sample-case').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  await expect(page.getByTestId('import-created')).toContainText('1 article');
  await expect(
    page.getByRole('dialog', { name: /Imported “Kimbongsokyong Trading Company — border smuggling \(sample\)”/ }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(summary).toBeHidden();
  await page.evaluate(() => (window.location.hash = '#/library'));
  await expect(library.row('Kimbongsokyong Trading Company smuggles masks via Hyesan')).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/cases'));
  const sample = page.getByTestId('case-row').filter({ hasText: 'border smuggling (sample)' });
  await sample.getByRole('link').click();
  const casePage = page.getByTestId('case-page');
  await expect(casePage).toContainText('quartz, magnesia clinker and other rare minerals');
  await expect(casePage).toContainText('Kim Yo Jong');
  await expect(casePage).toContainText('Daily NK source (Ryanggang Province)');
});
