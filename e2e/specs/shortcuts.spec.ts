// The keyboard works without the mouse: the palette runs commands, shortcuts move between screens.
import { AppFrame } from '../pages/AppFrame';
import { expect, test } from '../fixtures';

test('the command palette lists actions with shortcuts, and shortcuts work', async ({ app, page }) => {
  const frame = new AppFrame(page);
  await frame.openPalette();
  await expect(frame.palette.getByRole('option', { name: /New article/ })).toBeVisible();
  await expect(frame.palette.getByRole('option', { name: /Import files/ })).toContainText('Ctrl');
  await page.keyboard.type('settings');
  await page.keyboard.press('Enter');
  await expect(page.locator('main[data-screen="settings"]')).toBeVisible();

  await page.keyboard.press('Alt+3');
  await expect(page.locator('main[data-screen="sources"]')).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.locator('main[data-screen="library"]')).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByRole('textbox', { name: 'Filter by title or publisher' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.locator('main').click({ position: { x: 600, y: 400 } });
  // Chromium keeps Ctrl+N for a new window, so the browser host binds Alt+N; the desktop app Ctrl/Cmd+N.
  await page.keyboard.press(app.kind === 'web' ? 'Alt+n' : 'ControlOrMeta+n');
  await expect(page.locator('main[data-screen="new-article"]')).toBeVisible();
});
