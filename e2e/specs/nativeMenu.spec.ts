// The desktop app's native menu and backend supervisor reach the renderer as `menu.command` and
// `backend.restarted` events. Sent to the page as the main process broadcasts them (down the browser
// host's event stream, or to the desktop window), each must run the same command the palette runs;
// in the desktop app, the real menu's items are clicked by the same command ids too.
import path from 'node:path';
import { Backend } from '../../electron/backend/backend';
import { LibraryPage } from '../pages/LibraryPage';
import { expect, test } from '../fixtures';

const SEED = path.resolve(import.meta.dirname, '../../../shared/corpus/seed/000_7b2b4f9a55c89497.txt');

test('each native menu command runs the palette’s command', async ({ app, page }) => {
  const emit = app.emit;
  await emit('menu.command', { command: 'article.new' });
  await expect(page.getByTestId('new-article')).toBeVisible();

  const scheme = page.locator('html');
  const before = await scheme.getAttribute('data-mantine-color-scheme');
  await emit('menu.command', { command: 'theme.toggle' });
  await expect(scheme).toHaveAttribute('data-mantine-color-scheme', before === 'dark' ? 'light' : 'dark');

  await page.evaluate(() => (window.location.hash = '#/cases'));
  await expect(page.locator('main[data-screen="cases"]')).toBeVisible();
  await emit('menu.command', { command: 'export' });
  await expect(page.getByText('Open a case first; its page has Export case file.')).toBeVisible();

  await emit('menu.command', { command: 'find' });
  await expect(page.locator('main[data-screen="search"]')).toBeVisible();

  // File › Import Files… sends the chosen paths; they are imported by path, with the usual summary.
  await emit('menu.command', { command: 'files.import', paths: [SEED] });
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-summary')).toContainText('1 imported');
});

test('a backend restart is announced and everything on screen is refetched', async ({ app, page }) => {
  const library = new LibraryPage(page);
  await expect(library.empty).toBeVisible();
  // A change the running host does not announce: written by another process on the same file.
  const other = new Backend({ libraryPath: app.libraryPath, analyst: 'Other process' });
  try {
    await other.call('articles.createFromText', {
      text: 'Written while the backend was restarting.',
      title: 'Written elsewhere',
    });
  } finally {
    await other.close();
  }
  await app.emit('backend.restarted', { reason: 'The library process stopped unexpectedly.' });
  await expect(page.getByText('Casefile restarted its library process')).toBeVisible();
  await expect(library.row('Written elsewhere')).toBeVisible();
});

test('the native menu’s own items run the palette’s commands', async ({ app, page }) => {
  test.skip(!app.clickMenuItem, 'only the desktop app has a native menu');
  const click = app.clickMenuItem!;
  await click('article.new');
  await expect(page.getByTestId('new-article')).toBeVisible();

  const scheme = page.locator('html');
  const before = await scheme.getAttribute('data-mantine-color-scheme');
  await click('theme.toggle');
  await expect(scheme).toHaveAttribute('data-mantine-color-scheme', before === 'dark' ? 'light' : 'dark');

  await click('find');
  await expect(page.locator('main[data-screen="search"]')).toBeVisible();
});
