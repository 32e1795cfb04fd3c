// A library opened read-only: one line above every screen says so, reading works, and a change is
// refused with the reason. A writable library shows no such line.
import { invoke } from '../api';
import { expect, test } from '../fixtures';
import { LibraryPage } from '../pages/LibraryPage';
import { saveScreenshot } from '../screenshot';

test.describe('a read-only library', () => {
  test.use({ seedArticles: 3, readOnlyLibrary: true });

  test('shows the read-only line, lists its articles and refuses a change', async ({ page, app }, testInfo) => {
    const banner = page.getByTestId('read-only-banner');
    await expect(banner).toHaveText(/^This library is read-only: /);
    await expect(new LibraryPage(page).count).toHaveText('3 articles');
    await expect(invoke(app, 'sources.create', { name: 'Daily NK', kind: 'publication' })).rejects.toThrow(
      /sources\.create: read_only: The library is open read-only/,
    );
    await page.getByRole('link', { name: 'Sources' }).click();
    await expect(banner).toBeVisible();
    await saveScreenshot(page, testInfo, 'read-only-library');
  });
});

test('a writable library shows no read-only line', async ({ page }) => {
  await expect(new LibraryPage(page).count).toHaveText('0 articles');
  await expect(page.getByTestId('read-only-banner')).toHaveCount(0);
});
