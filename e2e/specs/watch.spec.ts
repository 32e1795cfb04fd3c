// Watch terms (issue 15 item 7): a term added on the Watch screen flags the next article that
// contains it, in the Library (the Watch column) and in the notifications list with the hit in its
// sentence; the sidebar counts unseen hits until they are marked seen. A term added later is looked
// for in the articles already stored.
import { invoke } from '../api';
import { seedArticleBytes } from '../corpus';
import { expect as baseExpect, test } from '../fixtures';
import { AppFrame } from '../pages/AppFrame';
import { LibraryPage } from '../pages/LibraryPage';
import { NewArticlePage } from '../pages/NewArticlePage';
import { saveScreenshot } from '../screenshot';

// Engineers share two cores while these run: states are waited for longer, never slept on.
const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 300_000 });

const TITLE = 'Kimbongsokyong Trading Company smuggles masks via Hyesan';
const TERM = 'Kimbongsokyong Trading Company';

test('a watch term flags the capture that contains it, in the Library and in the notifications', async ({
  app,
  page,
}, testInfo) => {
  const frame = new AppFrame(page);
  const library = new LibraryPage(page);
  const watchLink = page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: /^Watch/ });

  // Add the term (an empty one is refused inline).
  await watchLink.click();
  await expect(page.getByTestId('watch-page')).toBeVisible();
  await page.getByTestId('watch-term-add').click();
  await expect(page.getByText('Type a name, alias or phrase to watch for.')).toBeVisible();
  await page.getByTestId('watch-term-input').fill(TERM);
  await page.getByTestId('watch-term-input').press('Enter');
  await expect(page.getByTestId('watch-term')).toContainText(TERM);
  await expect(page.getByTestId('watch-term')).toContainText('0 hits');
  await expect(page.getByTestId('watch-no-hits')).toBeVisible();

  // Paste the seed article, and one without the term.
  const capture = new NewArticlePage(page);
  await capture.open();
  await capture.fill({ text: seedArticleBytes().toString('utf8'), title: TITLE });
  await capture.save();
  await expect(page.getByTestId('article-page')).toBeVisible();
  await frame.dismissToasts();
  await capture.open();
  await capture.fill({ text: 'Clinker went north on the Yalu.', title: 'Clinker' });
  await capture.save();
  await expect(page.getByTestId('article-title')).toHaveText('Clinker');

  // The Library flags the one that contains it.
  await frame.goTo('Library');
  await expect(library.count).toHaveText('2 articles');
  await expect(library.row(TITLE)).toContainText('⚑');
  await expect(library.row('Clinker')).not.toContainText('⚑');
  await saveScreenshot(page, testInfo, 'watch-library', { folder: '.' });

  // The sidebar counts the unseen hits; the notifications show each in its sentence.
  const badge = page.getByTestId('watch-badge');
  await expect(badge).toBeVisible();
  await watchLink.click();
  const hits = page.getByTestId('watch-hit');
  await expect(hits.first()).toBeVisible();
  const count = await hits.count();
  await expect(badge).toHaveText(String(count));
  await expect(hits.first().getByTestId('kwic').locator('mark')).toHaveText(TERM);
  await expect(hits.first()).toContainText(TITLE);
  await expect(page.getByTestId('watch-term')).toContainText(`${count} hit`);
  await saveScreenshot(page, testInfo, 'watch', { folder: '.' });

  // Mark all seen: the badge goes; opening a hit opens its article.
  await page.getByTestId('watch-mark-all-seen').click();
  await expect(page.getByTestId('watch-unseen')).toHaveText('0 unseen');
  await expect(badge).toHaveCount(0);

  // A term added now is looked for in the articles already stored: its hits appear at once, unseen,
  // in their sentences, like a capture's; looking again (the job, with progress) finds nothing twice.
  await page.getByTestId('watch-term-input').fill('Hyesan customs office');
  await page.getByTestId('watch-term-input').press('Enter');
  const hyesan = page.getByTestId('watch-term').filter({ hasText: 'Hyesan customs office' });
  await expect(hyesan).toContainText('2 hits');
  await expect(page.getByTestId('watch-unseen')).toHaveText('2 unseen');
  await expect(badge).toHaveText('2');
  // The others were marked seen above: the unseen ones are the new term's.
  const lookedBack = page.locator('[data-testid="watch-hit"][data-seen="false"]');
  await expect(lookedBack).toHaveCount(2);
  await expect(lookedBack.first()).toContainText(TITLE);
  await expect(lookedBack.first().getByTestId('kwic').locator('mark')).toHaveText('Hyesan customs office');
  for (const theme of ['light', 'dark'] as const) {
    await frame.setTheme(theme);
    await saveScreenshot(page, testInfo, `watch-look-back-${theme}`, { folder: '.' });
  }
  await frame.setTheme('light');
  await hyesan.getByRole('button', { name: 'Look for Hyesan customs office in stored articles again' }).click();
  await expect(page.getByText('“Hyesan customs office”: no new hits in the stored articles.')).toBeVisible();
  await expect(lookedBack).toHaveCount(2);
  await frame.dismissToasts();

  await hits.first().getByRole('link', { name: TITLE }).click();
  await expect(page.getByTestId('article-title')).toHaveText(TITLE);
  const report = await invoke(app, 'library.verify', {});
  expect(report.checks.filter((c) => !c.ok)).toEqual([]);
});
