// Search as an analyst uses it (issue 14 item 3): results follow the typing; a search for an
// entity's name finds the article that only writes its Hangul alias and says so; filters (language,
// entity, case, grade) narrow the results and live in the URL, so a reload and Back keep them; a
// search is saved under a name, opened again, renamed and deleted.
import { invoke, seedRatedArticle } from '../api';
import { expect as baseExpect, test } from '../fixtures';
import { AppFrame } from '../pages/AppFrame';
import { saveScreenshot } from '../screenshot';

// Engineers share two cores while these run: states are waited for longer, never slept on.
const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 300_000 });

const SEED_TITLE = 'Kimbongsokyong Trading Company smuggles masks via Hyesan';
const KOREAN_TITLE = '김여정 담화';

test('filters and saved searches on the Search screen', async ({ app, page }, testInfo) => {
  const frame = new AppFrame(page);
  await seedRatedArticle(app, { title: SEED_TITLE });
  const { article: korean } = await invoke(app, 'articles.createFromText', {
    text: '김여정 부부장이 담화를 발표했다. 혜산 세관 단속이 강화되었다.',
    title: KOREAN_TITLE,
    language: 'ko',
  });
  const entity = await invoke(app, 'entities.create', {
    name: 'Kim Yo-jong',
    type: 'person',
    aliases: ['Kim Yo Jong', '김여정'],
  });
  await invoke(app, 'mentions.create', { entityId: entity.id, articleId: korean.id, quote: '김여정' });
  const border = await invoke(app, 'cases.create', { title: 'Border smuggling' });
  await invoke(app, 'cases.addItems', { id: border.id, itemIds: [korean.id] });

  await frame.goTo('Search');
  const field = page.getByRole('textbox', { name: 'Search', exact: true });
  const results = page.getByTestId('search-result');
  const titles = () => results.getByTestId('search-result-title');

  // Typing searches by itself: the two articles and the entity. The entity's Hangul alias finds the
  // Korean article, which says so.
  await field.fill('Kim Yo-jong');
  await expect(results).toHaveCount(3);
  await expect(page).toHaveURL(/q=Kim\+Yo-jong/);
  const koreanHit = results.filter({ hasText: KOREAN_TITLE });
  await expect(koreanHit.getByTestId('matched-alias')).toHaveText('matched alias 김여정');
  await expect(koreanHit.locator('mark')).toHaveText('김여정');
  await expect(results.filter({ hasText: SEED_TITLE }).getByTestId('matched-alias')).toHaveCount(0);

  // A language filter: only the Korean article; it is in the URL and survives a reload.
  await page.getByRole('textbox', { name: 'Language' }).fill('ko');
  await expect(results).toHaveCount(1);
  await expect(titles()).toHaveText([KOREAN_TITLE]);
  await expect(page).toHaveURL(/lang=ko/);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Language' })).toHaveValue('ko');
  await expect(results).toHaveCount(1);
  await expect(field).toHaveValue('Kim Yo-jong');

  // Save it under a name; it is listed beside the results.
  await page.getByRole('button', { name: 'Save search' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Kim Yo-jong in Korean');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  const saved = page.getByTestId('saved-search');
  await expect(saved).toHaveText(['Kim Yo-jong in Korean']);
  for (const theme of ['light', 'dark'] as const) {
    await frame.setTheme(theme);
    await saveScreenshot(page, testInfo, `${theme}-search-filters-saved`);
  }
  await frame.setTheme('light');

  // Clear the filters: all three again. Then a grade filter: Daily NK is B, the Korean article unrated.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(results).toHaveCount(3);
  await expect(page).not.toHaveURL(/lang=/);
  await page.getByRole('combobox', { name: 'Source reliability' }).click();
  await page.getByRole('option', { name: /^At least B/ }).click();
  await expect(titles()).toHaveText([SEED_TITLE]);
  await expect(page).toHaveURL(/rel=B/);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // The entity and case filters, chosen from pickers.
  await page.getByRole('combobox', { name: 'Mentions entity' }).fill('Kim Yo');
  await page.getByRole('option', { name: /Kim Yo-jong/ }).click();
  await expect(titles()).toHaveText([KOREAN_TITLE]);
  await expect(page).toHaveURL(new RegExp(`entity=${entity.id}`));
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(results).toHaveCount(3);
  await page.getByRole('combobox', { name: 'In case' }).click();
  await page.getByRole('option', { name: 'Border smuggling' }).click();
  await expect(titles()).toHaveText([KOREAN_TITLE]);
  await expect(page).toHaveURL(new RegExp(`case=${border.id}`));
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(results).toHaveCount(3);

  // Open the saved search: its query and filters come back; Back returns to the search before it.
  await field.fill('masks');
  await expect(titles()).toHaveText([SEED_TITLE]);
  await saved.getByRole('button', { name: 'Kim Yo-jong in Korean', exact: true }).click();
  await expect(field).toHaveValue('Kim Yo-jong');
  await expect(page.getByRole('textbox', { name: 'Language' })).toHaveValue('ko');
  await expect(titles()).toHaveText([KOREAN_TITLE]);
  await page.goBack();
  await expect(field).toHaveValue('masks');
  await expect(page.getByRole('textbox', { name: 'Language' })).toHaveValue('');
  await expect(titles()).toHaveText([SEED_TITLE]);

  // The command palette opens it by name too.
  await field.fill('masks');
  await expect(titles()).toHaveText([SEED_TITLE]);
  await frame.openPalette();
  await page.getByRole('textbox', { name: 'Command' }).fill('saved search kim');
  await frame.palette.getByRole('option', { name: /Saved search: Kim Yo-jong in Korean/ }).click();
  await expect(field).toHaveValue('Kim Yo-jong');
  await expect(page.getByRole('textbox', { name: 'Language' })).toHaveValue('ko');
  await expect(titles()).toHaveText([KOREAN_TITLE]);

  // Rename and delete it.
  await saved.getByRole('button', { name: 'More for Kim Yo-jong in Korean' }).click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('김여정 (ko)');
  await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
  await expect(saved).toHaveText(['김여정 (ko)']);
  await saved.getByRole('button', { name: 'More for 김여정 (ko)' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(saved).toHaveCount(0);

  // An unknown entity in a hand-edited link is a clear message, not a crash.
  await page.goto(page.url().replace(/#.*/, `#/search?q=masks&entity=${'0b6f3a9e-3c1f-4c59-9a3e-8f0d2b7c1a11'}`));
  await expect(page.getByText(/No entity has the id/)).toBeVisible();

  const report = await invoke(app, 'library.verify', {});
  expect(report.checks.filter((c) => !c.ok)).toEqual([]);
});
