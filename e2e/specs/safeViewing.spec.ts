// DESIGN rule 4, proven in Chromium: opening the Original view of hostile saved pages (trackers,
// script vectors, DOMPurify's XSS vectors) makes no request outside the app and runs no script.
// The pages are imported through the UI's file picker, like an analyst's own files.
import type { Frame, Page, Request } from '@playwright/test';
import { hostilePages, vectorCount } from '../hostile/pages';
import { ArticlePage } from '../pages/ArticlePage';
import { LibraryPage } from '../pages/LibraryPage';
import { expect, test } from '../fixtures';

/** The canary every script vector tries to set, in the frame itself, its parent (the app) and top. */
async function canaryIn(frame: Frame): Promise<unknown> {
  // A frame whose sandbox forbids scripts still lets the test harness look; if it ever refused,
  // the test would fail here rather than pass without checking.
  return frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

/** The harness checks itself: a value set in the sandboxed frame is seen there, and not in the app. */
async function expectCanaryVisibleInEvidenceFrame(page: Page): Promise<void> {
  const evidence = page.frames().find((f) => f !== page.mainFrame())!;
  await evidence.evaluate(() => ((window as unknown as { __pwned?: unknown }).__pwned = 'harness'));
  expect(await canaryIn(evidence)).toBe('harness');
  expect(await canaryIn(page.mainFrame())).toBeUndefined();
  await evidence.evaluate(() => delete (window as unknown as { __pwned?: unknown }).__pwned);
}

function watchRequests(page: Page): { all: Request[] } {
  const seen = { all: [] as Request[] };
  page.on('request', (request) => seen.all.push(request));
  return seen;
}

test('hostile pages in the Original view make no outside request and run no script', async ({
  page,
  app,
  offOriginRequests,
}) => {
  test.slow(); // many hostile pages, each opened in the Original view
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  const pages = hostilePages();
  expect(pages.length).toBeGreaterThanOrEqual(2 + Math.ceil(vectorCount() / 25));

  // Import every page through the picker, in one job.
  const library = new LibraryPage(page);
  await expect(library.empty).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await library.root.getByRole('button', { name: 'Import files…' }).first().click();
  await (
    await chooser
  ).setFiles(pages.map((p) => ({ name: p.name, mimeType: 'text/html', buffer: Buffer.from(p.html) })));
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText(`${pages.length} imported · 0 already in the library · 0 failed`, {
    timeout: 60_000,
  });
  const links = await summary
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  expect(links).toHaveLength(pages.length);
  await summary.getByRole('button', { name: 'Close' }).click();

  const article = new ArticlePage(page);
  const requests = watchRequests(page);
  for (const link of links) {
    const before = requests.all.length;
    await page.evaluate((hash) => (window.location.hash = hash), link);
    await expect(article.root).toBeVisible();
    await article.show('Original');
    const frameElement = article.originalFrame;
    await expect(frameElement).toBeVisible();
    // The strictest sandbox there is: the attribute present and empty.
    expect(await frameElement.getAttribute('sandbox')).toBe('');
    expect(await frameElement.getAttribute('srcdoc')).toBeTruthy();
    await expect(page.getByTestId('original-note')).toContainText(/\d+ elements? removed/);
    const body = page.frameLocator('[data-testid="original-frame"]').locator('body');
    await expect(body).toContainText('marker sentence');
    // Give timers, meta refreshes and lazy loads a moment to misbehave.
    await page.waitForTimeout(300);

    // No request from the evidence frame at all, and nothing but the app's own API while viewing.
    const during = requests.all.slice(before);
    const main = page.mainFrame();
    expect(
      during.filter((r) => r.frame() !== main).map((r) => r.url()),
      `requests from the Original view of ${link}`,
    ).toEqual([]);
    expect(
      during.map((r) => r.url()).filter((url) => !url.startsWith(app.origin || 'casefile-app://app/')),
      `requests while viewing ${link}`,
    ).toEqual([]);
    expect(offOriginRequests, `outside requests while viewing ${link}`).toEqual([]);

    // No script ran: not in the app, not in any frame.
    expect(page.frames().length).toBe(2); // the app and the one Original-view frame; no nested frames survive
    for (const frame of page.frames()) expect(await canaryIn(frame), `__pwned in ${frame.url()}`).toBeUndefined();
    if (link === links[0]) await expectCanaryVisibleInEvidenceFrame(page);
    expect(dialogs).toEqual([]);
    expect(sockets).toEqual([]);
  }
  expect(requests.all.length).toBeGreaterThan(0); // the watcher was live: the app itself made its API calls
});
