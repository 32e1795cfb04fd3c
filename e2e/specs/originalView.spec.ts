// A saved web page and a PDF imported through the file picker: detected title and byline applied,
// provenance with both fingerprints, the sanitised Original view, the PDF page by page, and "Save
// original…" handing back the exact bytes. Screenshots go to e2e/artifacts/capture/ for people.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { makePdf } from '../../electron/backend/testing/makePdf';
import { STATIC_DIR } from '../globalSetup';
import { AppFrame } from '../pages/AppFrame';
import { ArticlePage } from '../pages/ArticlePage';
import { LibraryPage } from '../pages/LibraryPage';
import { expect, test } from '../fixtures';
import { saveScreenshot } from '../screenshot';

const shoot = (page: Page, testInfo: TestInfo, name: string, clip?: { locator: Locator }) =>
  saveScreenshot(page, testInfo, name, { folder: 'capture', ...(clip ? { of: clip.locator } : {}) });

const REPO_ROOT = path.resolve(STATIC_DIR, '../..');
const NYTIMES = path.resolve(REPO_ROOT, '../shared/corpus/web-pages/nytimes-1/source.html');

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test('a saved web page and a PDF: metadata applied, provenance, Original view, pages, exact bytes saved', async ({
  page,
}, testInfo) => {
  const html = fs.readFileSync(NYTIMES);
  const pdf = makePdf(
    [
      ['Border trade report, page one.', 'Trucks crossed at Hyesan on 6 March.'],
      ['Page two lists the cargo.', 'Masks and Japanese electronics.'],
      ['Page three: sources and methods.'],
    ],
    { title: 'Hyesan Border Trade Report', author: 'Jane Analyst', created: '20200306120000Z' },
  );

  const library = new LibraryPage(page);
  await expect(library.empty).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await library.root.getByRole('button', { name: 'Import files…' }).first().click();
  const picker = await chooser;
  // The picker offers every importable type, web pages and PDFs included.
  const accept = await picker.element().getAttribute('accept');
  for (const ext of ['.html', '.htm', '.pdf', '.md', '.txt']) expect(accept?.split(',')).toContain(ext);
  await picker.setFiles([
    { name: 'sudan-sanctions.html', mimeType: 'text/html', buffer: html },
    { name: 'hyesan-report.pdf', mimeType: 'application/pdf', buffer: pdf },
  ]);
  const summary = page.getByTestId('import-summary');
  // The first web page and PDF load jsdom and pdf.js in the backend; allow for a busy machine.
  await expect(summary).toContainText('2 imported · 0 already in the library · 0 failed', { timeout: 60_000 });

  // The web page: Readability's title and byline applied at import.
  await summary.getByRole('link', { name: 'United States to Lift Sudan Sanctions' }).click();
  const article = new ArticlePage(page);
  await article.waitFor('United States to Lift Sudan Sanctions');
  await expect(article.details).toContainText('Jeffrey Gettleman');
  await expect(article.originalSha256).toHaveText(sha256(html));
  await expect(article.textSha256).toHaveText(/^[0-9a-f]{64}$/);
  const provenance = page.getByTestId('provenance');
  await expect(provenance).toContainText('Web page (HTML)');
  await expect(provenance).toContainText(/UTC/);
  await expect(provenance.getByTestId('extractor')).toHaveText(/^@mozilla\/readability \d/);
  await expect(provenance).toContainText('sudan-sanctions.html');

  // Detected values stay on offer: clear the byline, and the detected one can be put back in a click.
  await page.getByRole('button', { name: 'Edit metadata' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit metadata' });
  await editor.getByLabel('Byline').fill('');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  const offer = page.getByTestId('detected-offer').filter({ hasText: 'Byline' });
  await expect(offer).toContainText('Jeffrey Gettleman');
  await shoot(page, testInfo, 'detected-offer-light', { locator: article.details });
  await offer.getByRole('button', { name: 'Use the detected byline' }).click();
  await expect(offer).toHaveCount(0);
  await expect(article.details).toContainText('Jeffrey Gettleman');

  // The URL is text with an "Open link" action that asks first; cancelling opens nothing.
  await expect(page.getByTestId('article-url')).toHaveText(/^https?:\/\/www\.nytimes\.com\//);
  await article.details.getByRole('button', { name: 'Open link' }).first().click();
  const confirm = page.getByRole('dialog', { name: 'Open this link in your web browser?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();

  // The Original view: the sanitised page in an empty-sandbox frame.
  await article.show('Original');
  await expect(article.originalFrame).toHaveAttribute('sandbox', '');
  await expect(page.frameLocator('[data-testid="original-frame"]').locator('body')).toContainText('Sudan');
  await expect(page.getByTestId('original-note')).toContainText(/\d+ elements removed/);

  // Save original… gives back the exact bytes, under the file's own name.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save original…' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('sudan-sanctions.html');
  expect(sha256(fs.readFileSync(await saved.path()))).toBe(sha256(html));

  const frame = new AppFrame(page);
  for (const theme of ['light', 'dark'] as const) {
    await frame.setTheme(theme);
    await shoot(page, testInfo, `original-view-${theme}`);
  }
  await shoot(page, testInfo, 'provenance-dark', { locator: article.details });
  await frame.setTheme('light');
  await shoot(page, testInfo, 'provenance-light', { locator: article.details });

  // The PDF: title and author from its info, and its text page by page.
  await page.getByRole('link', { name: 'Library' }).first().click();
  await library.open('Hyesan Border Trade Report');
  await article.waitFor('Hyesan Border Trade Report');
  await expect(article.details).toContainText('Jane Analyst');
  await expect(article.originalSha256).toHaveText(sha256(pdf));
  await expect(page.getByTestId('provenance').getByTestId('extractor')).toHaveText(/^pdfjs-dist \d/);
  await article.show('Original');
  const pages = page.getByTestId('pdf-page');
  await expect(pages).toHaveCount(3);
  await expect(pages.nth(0)).toContainText('Page 1');
  await expect(pages.nth(0)).toContainText('Trucks crossed at Hyesan');
  await expect(pages.nth(1)).toContainText('Page 2');
  await expect(pages.nth(1)).toContainText('Masks and Japanese electronics');
  await expect(pages.nth(1)).not.toContainText('Trucks crossed');
  await expect(pages.nth(2)).toContainText('Page 3');
  await expect(pages.nth(2)).toContainText('sources and methods');
  await shoot(page, testInfo, 'pdf-pages-light');
});
