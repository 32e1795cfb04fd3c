// One library per investigation: create another from Settings, then come back through the
// recent-libraries list.
import path from 'node:path';
import { LibraryPage } from '../pages/LibraryPage';
import { NewArticlePage } from '../pages/NewArticlePage';
import { expect, test } from '../fixtures';

test('create a new library, then reopen the first from the recent list', async ({ app, page, workDir }) => {
  const capture = new NewArticlePage(page);
  const library = new LibraryPage(page);
  await capture.open();
  await capture.fill({ text: 'An article in the first library.', title: 'First library article' });
  await capture.save();
  await expect(page.getByTestId('article-title')).toHaveText('First library article');

  await page.evaluate(() => (window.location.hash = '#/settings'));
  const libraries = page.getByTestId('settings-page');
  await libraries.getByText('New library…').click();
  const second = path.join(workDir, 'second.casefile');
  await libraries.getByRole('textbox', { name: 'Path of the new library' }).fill(second);
  await libraries.getByRole('button', { name: 'Create and open' }).click();
  // A new library asks who is working in it.
  const welcome = page.getByRole('dialog', { name: 'Welcome to Casefile' });
  await welcome.getByRole('textbox', { name: 'Analyst name' }).fill('Second Analyst');
  await welcome.getByRole('button', { name: 'Continue' }).click();
  await expect(library.empty).toBeVisible();
  await expect(page.getByTestId('library-name')).toHaveText('second.casefile');

  await page.evaluate(() => (window.location.hash = '#/settings'));
  await libraries.getByRole('button', { name: app.libraryPath }).click();
  await expect(library.row('First library article')).toBeVisible();
  await expect(page.getByTestId('library-name')).toHaveText('library.casefile');
});
