// Capture URL…: the analyst pastes a list, watches the progress, can cancel, and finds each page
// stored with its full provenance. The pages come from a web server this test starts on 127.0.0.1.
import { startWebServer, type Loopback } from '../../electron/backend/capture/testing/loopback';
import { expect, test } from '../fixtures';
import { saveScreenshot } from '../screenshot';

let web: Loopback;
// Captures run in the backend of this same process on a shared two-core machine: allow time.
test.describe.configure({ timeout: 240_000 });
test.beforeEach(async () => {
  web = await startWebServer();
});
test.afterEach(async () => {
  await web.close();
});

test('capture a pasted list of URLs and read each one’s provenance', async ({ page }, testInfo) => {
  await page.keyboard.press('ControlOrMeta+l');
  const dialog = page.getByTestId('capture-url-dialog');
  await expect(dialog.getByTestId('capture-route')).toContainText('direct connection');
  await dialog.getByTestId('capture-urls').fill(`${web.url}/redirect/1\n\n${web.url}/loop-a\n`);
  const snapshot = dialog.getByRole('checkbox', { name: /render a snapshot/ });
  if (await snapshot.isChecked()) await snapshot.uncheck();
  await expect(dialog).toContainText('2 URLs');
  await saveScreenshot(page, testInfo, 'capture-url-dialog', { folder: 'web-capture' });
  await dialog.getByTestId('capture-start').click();

  const summary = page.getByTestId('capture-summary');
  // The first capture loads the extractors (jsdom, Readability): slow on a busy machine.
  await expect(summary).toContainText('1 captured · 0 already in the library · 1 failed', { timeout: 120_000 });
  await expect(summary.getByTestId('capture-failure')).toContainText('redirects in a loop');
  await saveScreenshot(page, testInfo, 'capture-summary', { folder: 'web-capture' });
  await summary.getByRole('link', { name: 'Masks smuggled via Hyesan' }).click();

  const provenance = page.getByTestId('web-provenance');
  await expect(provenance.getByTestId('web-requested-url')).toContainText(`${web.url}/redirect/1`);
  await expect(provenance.getByTestId('web-final-url')).toContainText(`${web.url}/article`);
  await expect(provenance.getByTestId('web-hops')).toContainText(`302 ${web.url}/redirect/1 → /redirect/2`);
  await expect(provenance.getByTestId('web-status')).toHaveText('HTTP/1.1 200 OK');
  await expect(provenance.getByTestId('web-headers')).toContainText('Content-Type: text/html; charset=utf-8');
  await expect(provenance.getByTestId('web-route')).toContainText('direct connection');
  await expect(provenance.getByTestId('web-snapshot')).toContainText('text-only');
  await expect(page.getByTestId('provenance')).toContainText('Captured from the web');
  await saveScreenshot(page, testInfo, 'capture-provenance', { folder: 'web-capture' });
  // The server saw the capture's requests only: reading the article fetched nothing.
  expect(web.requests).toEqual(['/redirect/1', '/redirect/2', '/article', '/loop-a', '/loop-b']);
});

test('a capture shows its progress and can be cancelled', async ({ page }) => {
  await page.keyboard.press('ControlOrMeta+l');
  const dialog = page.getByTestId('capture-url-dialog');
  await dialog.getByTestId('capture-urls').fill(`${web.url}/slow`);
  const snapshot = dialog.getByRole('checkbox', { name: /render a snapshot/ });
  if (await snapshot.isChecked()) await snapshot.uncheck();
  await dialog.getByTestId('capture-start').click();
  const progress = page.getByTestId('job-progress');
  await expect(progress).toContainText(`${web.url}/slow`);
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('capture-url-dialog')).toContainText('Capture cancelled', { timeout: 60_000 });
  await expect(page.getByTestId('capture-summary')).toContainText('0 captured');
});

test('the network route is a library setting', async ({ page }) => {
  await page.keyboard.press('ControlOrMeta+,');
  const settings = page.getByTestId('network-settings');
  await settings.getByText('SOCKS5 (Tor)').click();
  await expect(settings.getByTestId('network-proxy')).toHaveValue('127.0.0.1:9050');
  await settings.getByTestId('network-save').click();
  await expect(settings).toContainText('Now: SOCKS5 proxy 127.0.0.1:9050, names resolved by the proxy');
  await page.keyboard.press('ControlOrMeta+l');
  await expect(page.getByTestId('capture-route')).toContainText('SOCKS5 proxy 127.0.0.1:9050');
});
