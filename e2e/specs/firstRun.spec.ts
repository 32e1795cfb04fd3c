// A new library asks for the analyst's name before anything can be changed.
import { expect, test } from '../fixtures';

test.use({ analyst: null });

test('first run asks for the analyst name, and Settings shows it', async ({ page }) => {
  const dialog = page.getByRole('dialog', { name: 'Welcome to Casefile' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByText('Enter your name')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Analyst name' }).fill('Violet Kim');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.evaluate(() => (window.location.hash = '#/settings'));
  await expect(page.getByTestId('analyst-name')).toHaveValue('Violet Kim');
  await expect(page.getByTestId('library-info')).toContainText('library.casefile');
});
