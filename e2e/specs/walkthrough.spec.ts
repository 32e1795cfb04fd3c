// Walkthrough steps 1–2 (../shared/scenarios/seed-walkthrough.md) through the UI: capture the seed
// article with its metadata, find it in the Library, read it with its fingerprint, and be told when
// the same text is captured again.
import { createHash } from 'node:crypto';
import { AppFrame } from '../pages/AppFrame';
import { ArticlePage } from '../pages/ArticlePage';
import { LibraryPage } from '../pages/LibraryPage';
import { NewArticlePage } from '../pages/NewArticlePage';
import { seedArticleBytes } from '../corpus';
import { ANALYST, expect, test } from '../fixtures';

const TITLE = 'Kimbongsokyong Trading Company smuggles masks and appliances through Hyesan';

test('paste the seed article, find it, read it with its hash, and be told about a duplicate', async ({ page }) => {
  const bytes = seedArticleBytes();
  const text = bytes.toString('utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const frame = new AppFrame(page);
  const library = new LibraryPage(page);
  const capture = new NewArticlePage(page);
  const article = new ArticlePage(page);

  // An empty library says what to do next.
  await expect(library.empty).toContainText('Paste an article or drop files here');
  await library.empty.getByRole('button', { name: 'Paste an article' }).click();
  await expect(capture.root).toBeVisible();

  await capture.fill({ text, title: TITLE, publisher: 'Daily NK', published: 'March 2020', language: 'en' });
  await expect(capture.root.getByText('Read as: March 2020')).toBeVisible();
  // The translator is offered from the text's "Translated by" line.
  await capture.root.getByRole('button', { name: 'Use Translator: Violet Kim' }).click();
  await expect(capture.root.getByRole('textbox', { name: 'Translator', exact: true })).toHaveValue('Violet Kim');
  await capture.save();

  await article.waitFor(TITLE);
  await expect(article.text).toContainText('On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks');
  await expect(article.text).toHaveAttribute('lang', 'en');
  await expect(article.originalSha256).toHaveText(sha256);
  await expect(article.textSha256).toHaveText(sha256); // the text was already NFC with \n line ends
  for (const value of ['Daily NK', 'March 2020', 'Violet Kim', 'Pasted text', ANALYST]) {
    await expect(article.details).toContainText(value);
  }

  await frame.goTo('Library');
  await expect(library.count).toHaveText('1 article');
  const row = library.row(TITLE);
  await expect(row).toContainText('Daily NK');
  await expect(row).toContainText('March 2020');
  await library.open(TITLE);
  await article.waitFor(TITLE);
  await expect(article.originalSha256).toHaveText(sha256);

  // The same text again is recognised, not stored twice.
  await capture.open();
  await capture.fill({ text, title: 'A second copy' });
  await capture.save();
  await expect(capture.duplicateNotice).toContainText(`This text is already in the library as “${TITLE}”`);
  await capture.duplicateNotice.getByRole('link', { name: `“${TITLE}”` }).click();
  await article.waitFor(TITLE);
  await frame.goTo('Library');
  await expect(library.count).toHaveText('1 article');
});

test('a partial date that cannot be read is explained inline and nothing is saved', async ({ page }) => {
  const capture = new NewArticlePage(page);
  await capture.open();
  await capture.fill({ text: 'Some text.', published: 'Marchember 2020' });
  await expect(capture.root.getByText('is not a date Casefile understands')).toBeVisible();
  await capture.save();
  await expect(capture.root).toBeVisible();
  await expect(page.locator('main[data-screen="new-article"]')).toBeVisible();
});
