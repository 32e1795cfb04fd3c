// Metadata is editable, with errors explained on the field; the text never is.
import { ArticlePage } from '../pages/ArticlePage';
import { NewArticlePage } from '../pages/NewArticlePage';
import { expect, test } from '../fixtures';

test('edit an article’s metadata, with a readable error for a bad value', async ({ page }) => {
  const capture = new NewArticlePage(page);
  const article = new ArticlePage(page);
  await capture.open();
  await capture.fill({
    text: 'Quartz and magnesia clinker were smuggled at night on boats facing Changbai.',
    title: 'Clinker at night',
  });
  await capture.save();
  await article.waitFor('Clinker at night');

  await article.root.getByRole('button', { name: 'Edit metadata' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit metadata' });
  await dialog.getByLabel('Published', { exact: true }).fill('early Februray 2020');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('is not a date Casefile understands')).toBeVisible();
  await dialog.getByLabel('Published', { exact: true }).fill('early February 2020');
  await dialog.getByLabel('Publisher', { exact: true }).fill('Daily NK');
  await dialog.getByLabel('Title', { exact: true }).fill('Clinker smuggled at night');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await article.waitFor('Clinker smuggled at night');
  await expect(article.details).toContainText('early February 2020');
  await expect(article.details).toContainText('Daily NK');
  await expect(article.text).toHaveText('Quartz and magnesia clinker were smuggled at night on boats facing Changbai.');
});
