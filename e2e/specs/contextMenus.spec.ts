// Right-click menus (issue 15 item 3): on a highlight in the article reader, the excerpt's actions
// (open it and its note, credibility, tag an entity, add to a case, delete with undo); on Sources and
// Entities rows, the selection's actions and one record's own. Every menu stays inside a 1024×700
// window.
import type { Locator, Page, TestInfo } from '@playwright/test';
import { invoke, seedRatedArticle } from '../api';
import { expect as baseExpect, test } from '../fixtures';
import { AppFrame } from '../pages/AppFrame';
import { saveScreenshot } from '../screenshot';

const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 180_000 });

const VIEWPORT = { width: 1024, height: 700 };
const QUOTE = 'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks';

async function openRoute(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
}

async function expectInsideWindow(menu: Locator): Promise<void> {
  await expect(menu).toBeVisible();
  const box = (await menu.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
  expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
}

/** Opens the menu in each theme (changing the theme closes it), shoots it, and closes it again. */
async function shootBoth(page: Page, testInfo: TestInfo, name: string, open: () => Promise<void>): Promise<void> {
  const frame = new AppFrame(page);
  for (const theme of ['dark', 'light'] as const) {
    await frame.setTheme(theme);
    await open();
    await saveScreenshot(page, testInfo, `context-menu-${name}-${theme}`, { folder: '.' });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('context-menu')).toBeHidden();
  }
}

test('a highlight’s right-click menu does what the excerpt panel does, inside the window', async ({
  app,
  page,
}, testInfo) => {
  const { article, dailyNk } = await seedRatedArticle(app, { title: 'Masks via Hyesan' });
  const text = article.text;
  const start = [...text.slice(0, text.indexOf(QUOTE))].length;
  const excerpt = await invoke(app, 'excerpts.create', {
    articleId: article.id,
    start,
    end: start + [...QUOTE].length,
    sourceId: dailyNk.id,
    credibility: 3,
  });
  await page.setViewportSize(VIEWPORT);
  await page.reload();
  await openRoute(page, `#/article/${article.id}`);
  const highlight = page.getByTestId('article-text').locator(`[data-marks~="${excerpt.id}"]`).first();
  const menu = page.getByTestId('context-menu');
  const grade = async () => (await invoke(app, 'excerpts.get', { id: excerpt.id })).credibility;

  // Credibility from the menu, undone with Undo.
  const credibility = page.getByTestId('highlight-credibility-menu');
  const openCredibility = async () => {
    await highlight.click({ button: 'right' });
    await expectInsideWindow(menu);
    await menu.getByRole('menuitem', { name: 'Credibility' }).hover();
    await expectInsideWindow(credibility);
  };
  await shootBoth(page, testInfo, 'highlight', openCredibility);
  await openCredibility();
  await expect(menu).toContainText('B3');
  await credibility.getByRole('menuitem', { name: /^5 – / }).click();
  await expect.poll(grade).toBe(5);
  await page.getByTestId('undo-button').first().click();
  await expect.poll(grade).toBe(3);
  await new AppFrame(page).dismissToasts();

  // Open the excerpt with its note ready for typing.
  await highlight.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Open excerpt and note' }).click();
  await expect(page.getByTestId('excerpt-detail')).toHaveAttribute('data-excerpt-id', excerpt.id);
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();

  // Tag an entity on the excerpt's span; add it to a case.
  await highlight.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Tag entity…' }).click();
  const tagDialog = page.getByRole('dialog', { name: `Tag “${QUOTE}”` });
  await expect(tagDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tagDialog).toBeHidden();
  await highlight.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Add to case…' }).click();
  const caseDialog = page.getByRole('dialog', { name: 'Add 1 item(s) to a case' });
  await expect(caseDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(caseDialog).toBeHidden();

  // Delete, and Undo brings it back.
  await highlight.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Delete excerpt' }).click();
  await expect(page.getByTestId('excerpt-count')).toHaveText('0 excerpts');
  await page.getByTestId('undo-button').first().click();
  await expect(page.getByTestId('excerpt-count')).toHaveText('1 excerpt');
});

test('Sources and Entities rows open the selection’s menu on a right-click, inside the window', async ({
  app,
  page,
}, testInfo) => {
  const { dailyNk } = await seedRatedArticle(app, { title: 'Masks via Hyesan' });
  await invoke(app, 'sources.create', { name: 'A Chinese trader', kind: 'human-source', parentId: dailyNk.id });
  await invoke(app, 'entities.create', { name: 'Kim Yo Jong', type: 'person' });
  await invoke(app, 'entities.create', { name: 'Kim Jong Un', type: 'person' });
  await page.setViewportSize(VIEWPORT);
  await page.reload();
  const menu = page.getByTestId('context-menu');

  // One source: its own actions; Rate… opens its rating dialog.
  await openRoute(page, '#/sources');
  await page.getByRole('radiogroup', { name: 'View' }).locator('label').filter({ hasText: 'Table' }).click();
  const rows = page.getByTestId('source-row');
  await expect(rows).toHaveCount(2);
  const openOne = async () => {
    await rows.filter({ hasText: 'Daily NK' }).click({ button: 'right' });
    await expectInsideWindow(menu);
  };
  await shootBoth(page, testInfo, 'source', openOne);
  await openOne();
  await expect(menu.getByRole('menuitem', { name: 'Merge into…' })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Rate…' }).click();
  await expect(page.getByRole('dialog', { name: 'Rate Daily NK' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Two sources: the selection bar's actions; Rate… rates both with one rationale.
  await rows.filter({ hasText: 'Daily NK' }).click();
  await rows.filter({ hasText: 'A Chinese trader' }).click({ modifiers: ['ControlOrMeta'] });
  await rows.filter({ hasText: 'A Chinese trader' }).click({ button: 'right' });
  await expectInsideWindow(menu);
  await expect(menu).toContainText('2 sources');
  await expect(menu.getByRole('menuitem', { name: 'Merge into…' })).toHaveCount(0);
  await menu.getByRole('menuitem', { name: 'Rate…' }).click();
  const rateMany = page.getByRole('dialog', { name: 'Rate the selected sources' });
  await rateMany.locator('label').filter({ hasText: /^C$/ }).click();
  await rateMany.getByRole('textbox', { name: 'Rationale' }).fill('one anonymous chain');
  await rateMany.getByRole('button', { name: 'Save ratings' }).click();
  await expect(rateMany).toBeHidden();
  await expect
    .poll(async () => (await invoke(app, 'sources.list', {})).items.map((s) => s.reliability).sort())
    .toEqual(['C', 'C']);

  // Entities: one row's menu merges; the menu stays inside the window.
  await openRoute(page, '#/entities');
  const entity = page.getByTestId('entity-row').filter({ hasText: 'Kim Yo Jong' });
  const openEntity = async () => {
    await entity.click({ button: 'right' });
    await expectInsideWindow(menu);
  };
  await shootBoth(page, testInfo, 'entity', openEntity);
  await openEntity();
  await expect(menu.getByRole('menuitem', { name: 'Add to case…' })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Merge into…' }).click();
  const mergeDialog = page.getByRole('dialog', { name: 'Merge “Kim Yo Jong” into…' });
  await expect(mergeDialog).toBeVisible();
  await mergeDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(mergeDialog).toBeHidden();
  await page.getByTestId('entity-row').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.getByTestId('entity-row').first().click({ button: 'right' });
  await expect(menu).toContainText('2 entities');
  await menu.getByRole('menuitem', { name: 'Add to case…' }).click();
  await expect(page.getByRole('dialog', { name: 'Add 2 item(s) to a case' })).toBeVisible();
});
