// The Excerpts screen at volume (issues 14 and 15): rows load a page at a time as the list scrolls,
// the filters, text and sort live in the URL so reload and Back keep them, and a text query shows
// each quote's matching sentence with the match marked.
import { invoke } from '../api';
import { seedArticleBytes } from '../corpus';
import { expect as baseExpect, test } from '../fixtures';
import { AppFrame } from '../pages/AppFrame';
import { ExcerptsPage } from '../pages/ExcerptsPage';
import { saveScreenshot } from '../screenshot';

// Agents share two cores while these run: states are waited for longer, never slept on.
const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 300_000 });

const QUOTE = 'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks';
const COUNT = 450;

test('excerpts page in as the list scrolls; filters, text and sort survive reload and Back', async ({
  app,
  page,
}, testInfo) => {
  const { article } = await invoke(app, 'articles.createFromText', {
    text: seedArticleBytes().toString('utf8'),
    title: 'Border report', // words of the title match every excerpt of the article
    publisher: 'Daily NK',
  });
  for (let i = 0; i < COUNT; i++)
    await invoke(app, 'excerpts.create', {
      articleId: article.id,
      // Four characters each: too short to hold a whole word the text queries below look for.
      start: 400 + i * 7,
      end: 404 + i * 7,
      credibility: ((i % 6) + 1) as 1,
    });
  await invoke(app, 'excerpts.create', { articleId: article.id, quote: QUOTE, credibility: 2, tags: ['masks'] });

  const frame = new AppFrame(page);
  const excerpts = new ExcerptsPage(page);
  await page.reload();
  await frame.goTo('Excerpts');
  await expect(excerpts.count).toHaveText(`${COUNT + 1} excerpt(s), 200 loaded`);
  // Only the rows in view are in the DOM; scrolling to the end loads the rest, a page at a time.
  expect(await excerpts.rows.count()).toBeLessThan(100);
  const list = page.getByTestId('excerpts-list');
  await expect
    .poll(async () => {
      await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      return excerpts.count.textContent();
    })
    .toBe(`${COUNT + 1} excerpt(s)`);

  // A text query, a credibility and a sort: all in the URL.
  await page.getByLabel('Filter by text').fill('smuggl');
  await expect(excerpts.count).toHaveText('1 excerpt(s)');
  await expect(page.getByTestId('excerpt-kwic').locator('mark')).toHaveText('smuggl');
  await page.getByLabel('Filter by text').fill('');
  await expect(excerpts.count).toHaveText(new RegExp(`^${COUNT + 1} excerpt`));
  await page.getByRole('combobox', { name: 'Credibility' }).click();
  await page.getByRole('option', { name: /^2 – / }).click();
  await expect(excerpts.count).toHaveText('76 excerpt(s)');
  await page.getByRole('columnheader', { name: 'Quote' }).getByRole('button').click();
  await page.getByRole('columnheader', { name: 'Quote' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Quote' })).toHaveAttribute('aria-sort', 'descending');
  await page.getByLabel('Filter by text').fill('kimbong');
  await expect(excerpts.count).toHaveText('1 excerpt(s)');
  await expect(page).toHaveURL(/#\/excerpts\?.*credibility=2/);
  expect(page.url()).toMatch(/q=kimbong/);
  expect(page.url()).toMatch(/sort=quote&dir=desc/);
  for (const scheme of ['light', 'dark'] as const) {
    await frame.setTheme(scheme);
    await page.mouse.move(0, 0);
    await saveScreenshot(page, testInfo, `excerpts-kwic-${scheme}`);
  }

  // Reload: the same list, the same inputs.
  await page.reload();
  await expect(excerpts.count).toHaveText('1 excerpt(s)');
  await expect(page.getByLabel('Filter by text')).toHaveValue('kimbong');
  await expect(page.getByRole('combobox', { name: 'Credibility' })).toHaveValue(/^2 – /);
  await expect(page.getByRole('columnheader', { name: 'Quote' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByTestId('excerpt-kwic').locator('mark')).toHaveText('Kimbong');

  // Open the excerpt in its article, then Back: the list as it was left.
  // (A click selects and shows the selection bar above the list, so the row moves: Enter opens it.)
  await excerpts.rows.first().click();
  await page.keyboard.press('Enter');
  await expect(page.locator('main[data-screen="article"]')).toBeVisible();
  await page.goBack();
  await expect(excerpts.count).toHaveText('1 excerpt(s)');
  await expect(page.getByLabel('Filter by text')).toHaveValue('kimbong');

  // Clear filters keeps the sort and shows everything again.
  await page.getByLabel('Filter by text').fill('no such words anywhere');
  await expect(page.getByText('No excerpt matches these filters')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(excerpts.count).toHaveText(new RegExp(`^${COUNT + 1} excerpt`));
  await expect(page.getByLabel('Filter by text')).toHaveValue('');
  await expect(page.getByRole('columnheader', { name: 'Quote' })).toHaveAttribute('aria-sort', 'descending');
});
