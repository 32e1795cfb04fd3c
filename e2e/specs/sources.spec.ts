// Walkthrough steps 3–4 (../shared/scenarios/seed-walkthrough.md) through the UI: the publisher
// becomes a source and is rated; the people the article cites are added under it and rated from
// the keyboard; a re-rating joins the history instead of replacing it. Then the reliability matrix
// (library and case) opens exactly a cell's excerpts, and merging two sources can be undone.
import type { Page, TestInfo } from '@playwright/test';
import { invoke, seedRatedArticle } from '../api';
import { seedArticleBytes } from '../corpus';
import { ANALYST, expect, test, type RunningApp } from '../fixtures';
import { AppFrame } from '../pages/AppFrame';
import { CasesPage } from '../pages/CasesPage';
import { ArticlePage } from '../pages/ArticlePage';
import { ExcerptsPage } from '../pages/ExcerptsPage';
import { NewArticlePage } from '../pages/NewArticlePage';
import { SourcesPage } from '../pages/SourcesPage';
import { saveScreenshotsInBothThemes } from '../screenshot';

const shoot = (page: Page, testInfo: TestInfo, name: string) => saveScreenshotsInBothThemes(page, testInfo, name);

const TITLE = 'Kimbongsokyong Trading Company smuggles masks and appliances through Hyesan';
const DAILY_NK_RATIONALE = 'long record on DPRK border trade; anonymous sourcing';
const RYANGGANG = 'Daily NK source (Ryanggang Province)';
const HUMAN_SOURCES = [RYANGGANG, 'another source', 'a Chinese trader', 'Daily NK sources in North Pyongan Province'];
const MASKS_QUOTE =
  'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks and Japanese-made electronic appliances through a Hyesan customs office (Ryanggang Province)';
const TRADER_QUOTE = 'They’re attracted to the company because it’s backed by Kim, which means stable business.';

test('steps 3–4: rate Daily NK, add and rate its human sources from the keyboard, re-rate one and read its history', async ({
  page,
}) => {
  const frame = new AppFrame(page);
  const capture = new NewArticlePage(page);
  const sources = new SourcesPage(page);

  await capture.open();
  await capture.fill({
    text: seedArticleBytes().toString('utf8'),
    title: TITLE,
    publisher: 'Daily NK',
    published: 'March 2020',
    language: 'en',
  });
  await capture.save();
  await new ArticlePage(page).waitFor(TITLE);

  // 3. The publisher became a source; rate it B with the dialog.
  await frame.goTo('Sources');
  await sources.showView('Tree');
  await sources.select('Daily NK');
  await expect(sources.detail).toContainText('Publication · not rated yet');
  await sources.rateWithDialog('B', DAILY_NK_RATIONALE);
  await expect(sources.detail).toContainText('Publication · Usually reliable');
  await expect(sources.history).toHaveCount(1);
  await expect(sources.history.first()).toContainText(DAILY_NK_RATIONALE);
  await expect(sources.detail.getByTestId('source-machine-tag')).toHaveText('admiralty-scale:source-reliability="b"');
  await expect(sources.node('Daily NK').getByLabel('B – Usually reliable')).toBeVisible();

  // 4. The people the article cites, under Daily NK.
  for (const name of HUMAN_SOURCES) {
    await sources.select('Daily NK');
    await sources.addUnderSelected(name);
    await expect(sources.detail).toContainText('Human source · not rated yet');
    await expect(sources.detail.getByText('Under Daily NK')).toBeVisible();
  }
  await sources.select('Daily NK');
  for (const name of HUMAN_SOURCES) await expect(sources.detail.getByRole('link', { name, exact: true })).toBeVisible();

  // Rated from the keyboard: select, press the letter, type the rationale, Enter.
  const ratings: [string, 'C' | 'F', string][] = [
    [RYANGGANG, 'C', 'first report from this source; details check out against Hyesan customs reporting'],
    ['another source', 'F', 'a single anonymous mention'],
    ['a Chinese trader', 'F', 'hearsay from a trader across the border'],
    ['Daily NK sources in North Pyongan Province', 'F', 'cited only in passing'],
  ];
  for (const [name, letter, rationale] of ratings) {
    await sources.select(name);
    await sources.rateWithKeyboard(letter, rationale);
    await expect(sources.history.first()).toContainText(rationale);
    await expect(
      sources.node(name).getByLabel(letter === 'C' ? 'C – Fairly reliable' : 'F – Reliability cannot be judged'),
    ).toBeVisible();
  }

  // Later, re-rate the Ryanggang source B: both ratings stay, newest first, with who, when and why.
  await sources.select(RYANGGANG);
  await sources.rateWithKeyboard('B', 'second report corroborated by satellite imagery of the Hyesan customs yard');
  await expect(sources.history).toHaveCount(2);
  const [newest, oldest] = [sources.history.nth(0), sources.history.nth(1)];
  await expect(newest).toHaveAttribute('data-letter', 'B');
  await expect(newest).toContainText('current');
  await expect(newest).toContainText('second report corroborated by satellite imagery');
  await expect(oldest).toHaveAttribute('data-letter', 'C');
  await expect(oldest).toContainText('first report from this source');
  for (const entry of [newest, oldest]) {
    await expect(entry).toContainText(ANALYST);
    await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT\d\d:\d\d/);
  }
  const newestAt = await newest.locator('time').getAttribute('datetime');
  const oldestAt = await oldest.locator('time').getAttribute('datetime');
  expect(Date.parse(newestAt!)).toBeGreaterThanOrEqual(Date.parse(oldestAt!));
  await expect(sources.node(RYANGGANG).getByLabel('B – Usually reliable')).toBeVisible();
});

/** The seed article, Daily NK rated B, a Chinese trader rated F, and one excerpt attributed to each. */
async function seedGradedExcerpts(app: RunningApp) {
  const { article, dailyNk } = await seedRatedArticle(app, { title: TITLE, published: undefined }, DAILY_NK_RATIONALE);
  const trader = await invoke(app, 'sources.create', {
    name: 'a Chinese trader',
    kind: 'human-source',
    parentId: dailyNk.id,
  });
  await invoke(app, 'sources.rate', { id: trader.id, reliability: 'F', rationale: 'hearsay' });
  const masks = await invoke(app, 'excerpts.create', {
    articleId: article.id,
    quote: MASKS_QUOTE,
    sourceId: dailyNk.id,
    credibility: 3,
  });
  await invoke(app, 'excerpts.create', {
    articleId: article.id,
    quote: TRADER_QUOTE,
    sourceId: trader.id,
    credibility: 6,
  });
  return { masks, dailyNk };
}

test('the reliability matrix counts excerpts by grade, and a cell opens exactly its excerpts', async ({
  app,
  page,
}) => {
  const { masks } = await seedGradedExcerpts(app);
  const caseTitle = 'Kimbongsokyong Trading Company — border smuggling';
  const kase = await invoke(app, 'cases.create', { title: caseTitle });
  await invoke(app, 'cases.addItems', { id: kase.id, itemIds: [masks.id] });
  const frame = new AppFrame(page);
  const sources = new SourcesPage(page);
  const excerpts = new ExcerptsPage(page);

  await frame.goTo('Sources');
  await sources.showView('Matrix');
  await expect(sources.matrix).toContainText('2 excerpts by grade');
  await expect(sources.matrixCell('B3: 1 excerpt')).toBeVisible();
  await expect(sources.matrixCell('F6: 1 excerpt')).toBeVisible();
  await expect(sources.matrix.getByRole('link', { name: /^B6:/ })).toHaveCount(0); // empty cells are not links

  await sources.matrixCell('B3: 1 excerpt').click();
  await expect(excerpts.root).toBeVisible();
  await expect(excerpts.routeFilters).toHaveText(['Reliability B – Usually reliable', 'Credibility 3 – Possibly true']);
  await expect(excerpts.rows).toHaveCount(1);
  await expect(excerpts.rows.first()).toContainText(MASKS_QUOTE.slice(0, 40));
  await expect(excerpts.rows.first()).toContainText('B3');

  // Removing a chip widens the list; Back returns to the cell.
  await excerpts.removeFilter('Reliability B – Usually reliable');
  await expect(excerpts.routeFilters).toHaveText(['Credibility 3 – Possibly true']);
  await expect(excerpts.rows).toHaveCount(1);
  await excerpts.removeFilter('Credibility 3 – Possibly true');
  await expect(excerpts.routeFilters).toHaveCount(0);
  await expect(excerpts.rows).toHaveCount(2);
  await page.goBack();
  await page.goBack();
  await expect(excerpts.rows).toHaveCount(1);

  // The case page has its own matrix, of the case's excerpts only.
  await frame.goTo('Cases');
  await page.getByTestId('case-row').getByRole('link', { name: caseTitle }).click();
  await new CasesPage(page).showTab('Matrix');
  const caseMatrix = page.getByTestId('reliability-matrix');
  await expect(caseMatrix).toContainText('1 excerpt by grade in this case');
  await expect(caseMatrix.getByRole('link', { name: /^F6:/ })).toHaveCount(0);
  await caseMatrix.getByRole('link', { name: 'B3: 1 excerpt', exact: true }).click();
  await expect(excerpts.routeFilters).toHaveText([
    'Reliability B – Usually reliable',
    'Credibility 3 – Possibly true',
    `Case: ${caseTitle}`,
  ]);
  await expect(excerpts.rows).toHaveCount(1);
  await expect(excerpts.rows.first()).toContainText(MASKS_QUOTE.slice(0, 40));
});

test('merging a duplicate source moves its history and attributions, and Undo puts them back', async ({
  app,
  page,
}) => {
  const { dailyNk } = await seedGradedExcerpts(app);
  const duplicate = await invoke(app, 'sources.create', { name: 'DailyNK', kind: 'publication' });
  await invoke(app, 'sources.rate', { id: duplicate.id, reliability: 'C', rationale: 'entered twice by mistake' });
  await invoke(app, 'sources.rate', { id: dailyNk.id, reliability: 'A', rationale: 'newest judgement' });
  const { article } = await invoke(app, 'articles.createFromText', {
    text: 'A short note citing DailyNK.',
    title: 'Note',
    publisher: 'DailyNK',
  });
  await invoke(app, 'excerpts.create', {
    articleId: article.id,
    quote: 'A short note',
    sourceId: duplicate.id,
    credibility: 2,
  });

  const frame = new AppFrame(page);
  const sources = new SourcesPage(page);
  await frame.goTo('Sources');
  await sources.showView('Tree');
  await sources.select('DailyNK');
  await expect(sources.detail).toContainText('1 article(s) · 1 excerpt(s) attributed');
  await sources.mergeSelectedInto('Daily NK');

  // The duplicate is gone; Daily NK has its name as an alias and the whole history in time order.
  const notice = page.getByTestId('merge-notice');
  await expect(notice).toContainText('“DailyNK” merged into “Daily NK”');
  await expect(sources.node('DailyNK')).toHaveCount(0);
  await expect(sources.detail.getByRole('heading', { name: 'Daily NK', exact: true })).toBeVisible();
  await expect(sources.detail).toContainText('Also known as');
  await expect(sources.detail).toContainText('DailyNK');
  await expect(sources.detail).toContainText('2 article(s) · 2 excerpt(s) attributed');
  await expect(sources.history).toHaveCount(3);
  for (const [i, letter] of ['A', 'C', 'B'].entries())
    await expect(sources.history.nth(i)).toHaveAttribute('data-letter', letter);

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toBeHidden();
  await expect(sources.node('DailyNK')).toBeVisible();
  await expect(sources.detail.getByRole('heading', { name: 'DailyNK', exact: true })).toBeVisible();
  await expect(sources.detail).toContainText('1 article(s) · 1 excerpt(s) attributed');
  await expect(sources.history).toHaveCount(1);
  await sources.select('Daily NK');
  await expect(sources.detail).not.toContainText('Also known as');
  await expect(sources.history).toHaveCount(2);
  for (const [i, letter] of ['A', 'B'].entries())
    await expect(sources.history.nth(i)).toHaveAttribute('data-letter', letter);
});

test(`sources, matrix, merge and filtered excerpts (screenshots in both themes)`, async ({ app, page }, testInfo) => {
  const { masks, dailyNk } = await seedGradedExcerpts(app);
  const kase = await invoke(app, 'cases.create', { title: 'Kimbongsokyong Trading Company — border smuggling' });
  await invoke(app, 'cases.addItems', { id: kase.id, itemIds: [masks.id, dailyNk.id] });
  await invoke(app, 'sources.rate', { id: dailyNk.id, reliability: 'C', rationale: 'an earlier, harsher view' });
  const frame = new AppFrame(page);
  const sources = new SourcesPage(page);

  await frame.goTo('Sources');
  await sources.showView('Tree');
  await sources.select('Daily NK');
  await expect(sources.history).toHaveCount(2);
  await shoot(page, testInfo, `sources-detail`);
  await page.keyboard.press('b');
  await expect(sources.dialog.getByRole('textbox', { name: 'Rationale' })).toBeFocused();
  await shoot(page, testInfo, `sources-rate`);
  await page.keyboard.press('Escape');
  await sources.select('a Chinese trader');
  await sources.detail.getByRole('button', { name: 'Merge into…' }).click();
  await sources.dialog.getByRole('combobox', { name: 'Source to keep' }).click();
  await expect(page.getByRole('option')).toHaveCount(1);
  await shoot(page, testInfo, `sources-merge`);
  await page.getByRole('option').click();
  await sources.dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  const notice = page.getByTestId('merge-notice');
  await expect(notice).toBeVisible();
  await expect(sources.node('a Chinese trader')).toHaveCount(0);
  await page.mouse.move(400, 300); // off the toast (hovering pauses its countdown), and out of the picture's way
  await shoot(page, testInfo, `sources-merged`);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(sources.node('a Chinese trader')).toBeVisible();
  await new AppFrame(page).dismissToasts();
  await page.mouse.move(400, 300); // out of the picture's way

  await sources.showView('Matrix');
  await expect(sources.matrix).toBeVisible();
  await shoot(page, testInfo, `sources-matrix`);
  await sources.matrixCell('C3: 1 excerpt').click();
  await expect(new ExcerptsPage(page).rows).toHaveCount(1);
  await shoot(page, testInfo, `excerpts-filtered`);

  await frame.goTo('Cases');
  await page
    .getByTestId('case-row')
    .getByRole('link', { name: 'Kimbongsokyong Trading Company — border smuggling' })
    .click();
  await new CasesPage(page).showTab('Matrix');
  await expect(page.getByTestId('reliability-matrix')).toBeVisible();
  await shoot(page, testInfo, `case-matrix`);
});

test('a tree row’s right-click menu rates it, adds it to a case and adds a source under it; the keyboard opens it too', async ({
  app,
  page,
}, testInfo) => {
  const { dailyNk } = await seedGradedExcerpts(app);
  const kase = await invoke(app, 'cases.create', { title: 'Kimbongsokyong Trading Company — border smuggling' });
  const viewport = { width: 1024, height: 700 };
  await page.setViewportSize(viewport);
  const frame = new AppFrame(page);
  const sources = new SourcesPage(page);
  const menu = page.getByTestId('context-menu');
  const insideWindow = async () => {
    await expect(menu).toBeVisible();
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  };
  await frame.goTo('Sources');
  await sources.showView('Tree');

  // Right-click the trader: it is shown, and its menu has the detail's actions.
  await sources.node('a Chinese trader').click({ button: 'right' });
  await insideWindow();
  await expect(sources.detail.getByRole('heading', { name: 'a Chinese trader', exact: true })).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Open',
    'Rate…',
    'Add to case…',
    'Export CSV',
    'Edit…',
    'Add a source under it…',
    'Merge into…',
    'Delete…',
  ]);
  await page.mouse.move(5, 690); // no hover in the picture
  await saveScreenshotsInBothThemes(page, testInfo, 'sources-tree-context-menu');

  // Rate… opens the rating dialog for that source; the new rating joins its history.
  await menu.getByRole('menuitem', { name: 'Rate…' }).click();
  await sources.dialog.getByRole('radio', { name: /^E – / }).check();
  await sources.dialog.getByRole('textbox', { name: 'Rationale' }).fill('contradicted by two later reports');
  await sources.dialog.getByRole('button', { name: 'Save rating' }).click();
  await expect(sources.dialog).toBeHidden();
  await expect(sources.history.first()).toContainText('contradicted by two later reports');
  await expect(sources.node('a Chinese trader').getByLabel('E – Unreliable')).toBeVisible();

  // Add to case… on a row near the window's foot; the menu still fits.
  await sources.node('Daily NK').click({ button: 'right', position: { x: 40, y: 8 } });
  await insideWindow();
  await menu.getByRole('menuitem', { name: 'Add to case…' }).click();
  await new CasesPage(page).chooseInDialog('Kimbongsokyong Trading Company — border smuggling');
  await expect
    .poll(async () => (await invoke(app, 'cases.get', { id: kase.id })).items.map((i) => i.itemId))
    .toEqual([dailyNk.id]);

  // From the keyboard: the focused row, Shift+F10 (or the ContextMenu key), then the menu by keys.
  await sources.node('Daily NK').click();
  await page.keyboard.press('Shift+F10');
  await insideWindow();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await page.keyboard.press('ContextMenu');
  await insideWindow();
  await menu.getByRole('menuitem', { name: 'Add a source under it…' }).focus();
  await page.keyboard.press('Enter');
  await expect(sources.dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('a Hyesan customs official');
  await page.keyboard.press('Enter');
  await expect(sources.dialog).toBeHidden();
  await expect(sources.detail.getByText('Under Daily NK')).toBeVisible();
  await expect(
    page
      .locator('[role="treeitem"]', { has: sources.node('Daily NK') })
      .locator('[data-source-name="a Hyesan customs official"]'),
  ).toBeVisible();
});
