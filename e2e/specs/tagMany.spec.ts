// Tagging a multi-selection with an entity (issue 15 item 2): the Library's selected articles and
// the Excerpts list's selected excerpts get one mention each from one choice, undone in one step.
import type { Page } from '@playwright/test';
import { invoke, seedRatedArticle } from '../api';
import { expect as baseExpect, test } from '../fixtures';
import { AppFrame } from '../pages/AppFrame';
import { LibraryPage } from '../pages/LibraryPage';
import { saveScreenshot } from '../screenshot';

const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 180_000 });

const NAME = 'Kimbongsokyong Trading Company';

async function tagWith(page: Page, name: string): Promise<void> {
  await page.getByTestId('bulk-tag-entity').click();
  const form = page.getByTestId('bulk-tag-entity-form');
  await form.getByRole('combobox', { name: 'Entity' }).fill(name);
  await page.getByRole('option', { name }).click();
  await form.getByRole('button', { name: 'Tag', exact: true }).click();
  await expect(form).toBeHidden();
}

test('a Library or Excerpts selection is tagged with an entity in one action, and untagged by Undo', async ({
  app,
  page,
}, testInfo) => {
  const { article: seed } = await seedRatedArticle(app, { title: 'Masks via Hyesan' });
  const { article: later } = await invoke(app, 'articles.createFromText', {
    text: `Later: the ${NAME} moved clinker across the Yalu.`,
    title: 'Clinker',
  });
  const entity = await invoke(app, 'entities.create', { name: NAME, type: 'organization' });
  const mentions = async () =>
    (await invoke(app, 'mentions.list', { entityId: entity.id })).items
      .filter((m) => m.status === 'accepted')
      .map((m) => `${m.articleId === seed.id ? 'seed' : 'later'}:${m.excerptId ? 'excerpt' : 'article'}`)
      .sort();
  const frame = new AppFrame(page);
  const library = new LibraryPage(page);
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.reload();

  // Library: both articles, one choice; Undo takes both mentions back.
  await frame.goTo('Library');
  await expect(library.count).toHaveText('2 articles');
  await library.row('Clinker').click();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(library.count).toContainText('2 selected');
  for (const theme of ['dark', 'light'] as const) {
    await frame.setTheme(theme); // a click elsewhere: closes the form
    await page.getByTestId('bulk-tag-entity').click();
    await expect(page.getByTestId('bulk-tag-entity-form')).toBeVisible();
    await saveScreenshot(page, testInfo, `tag-many-${theme}`, { folder: '.' });
    await page.getByTestId('bulk-tag-entity').click();
    await expect(page.getByTestId('bulk-tag-entity-form')).toBeHidden();
  }
  await tagWith(page, NAME);
  await expect.poll(mentions).toEqual(['later:article', 'seed:article']);
  await page.getByTestId('undo-button').first().click();
  await expect.poll(mentions).toEqual([]);
  await frame.dismissToasts();

  // Excerpts: each selected excerpt's span.
  const quote = 'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks';
  const at = [...seed.text.slice(0, seed.text.indexOf(quote))].length;
  await invoke(app, 'excerpts.create', { articleId: seed.id, start: at, end: at + [...quote].length, credibility: 3 });
  const laterAt = [...later.text.slice(0, later.text.indexOf(NAME))].length;
  await invoke(app, 'excerpts.create', { articleId: later.id, start: laterAt, end: laterAt + NAME.length });
  await frame.goTo('Excerpts');
  await expect(page.getByTestId('excerpts-count')).toHaveText('2 excerpt(s)');
  await page.getByTestId('excerpt-row').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await tagWith(page, NAME);
  await expect.poll(mentions).toEqual(['later:excerpt', 'seed:excerpt']);
});
