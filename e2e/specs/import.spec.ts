// Importing files through the picker: progress, then a summary naming every file's fate.
import path from 'node:path';
import { SEED_ARTICLE_PATH, seedArticleBytes } from '../corpus';
import { LibraryPage } from '../pages/LibraryPage';
import { expect, test } from '../fixtures';

test('import files: new, duplicate and unsupported ones are each reported', async ({ page }) => {
  const library = new LibraryPage(page);
  await expect(library.empty).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await library.root.getByRole('button', { name: 'Import files…' }).first().click();
  const seedFile = { name: path.basename(SEED_ARTICLE_PATH), mimeType: 'text/plain', buffer: seedArticleBytes() };
  await (
    await chooser
  ).setFiles([
    seedFile,
    { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Notes\n\nA second article.') },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  ]);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('2 imported · 0 already in the library · 1 failed');
  await expect(summary).toContainText('photo.png');
  await expect(summary).toContainText('cannot import .png');
  // Untitled imports are listed by their file name.
  await expect(summary).toContainText('notes.md');
  await summary.getByRole('button', { name: 'Close' }).click();
  await expect(library.count).toHaveText('2 articles');

  // The same file again is recognised as already there.
  const again = page.waitForEvent('filechooser');
  await page.keyboard.press('ControlOrMeta+o');
  await (await again).setFiles([seedFile]);
  await expect(summary).toContainText('0 imported · 1 already in the library · 0 failed');
  await expect(summary).toContainText('000_7b2b4f9a55c89497.txt is already in the library as');
});

test('files dropped anywhere on the window are imported', async ({ page }) => {
  const library = new LibraryPage(page);
  await expect(library.empty).toBeVisible();
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Dropped text about the Yalu River.'], 'dropped.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop files to import them')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('1 imported · 0 already in the library · 0 failed');
  await expect(summary.getByRole('link', { name: 'dropped.txt' })).toBeVisible();
});
