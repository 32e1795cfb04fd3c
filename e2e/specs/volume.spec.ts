// Work at volume (issue 15): many items selected and acted on at once in every list, one undo,
// nothing typed lost to a reload, mentions in their sentence, and the keyboard help screen.
import type { Page, TestInfo } from '@playwright/test';
import { invoke } from '../api';
import { seedArticleBytes } from '../corpus';
import { expect as baseExpect, test, type RunningApp } from '../fixtures';
import { AppFrame } from '../pages/AppFrame';
import { saveScreenshot, saveScreenshotsInBothThemes } from '../screenshot';

// Eight engineers share two cores while these run: states are waited for longer, never slept on.
const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 300_000 });

const TITLE = 'Kimbongsokyong Trading Company smuggles masks via Hyesan';
const CASE = 'Fifty excerpts';

/** The seed article and `count` excerpts cut from it, ten characters each, in text order. */
async function seedExcerpts(app: RunningApp, count: number) {
  const { article } = await invoke(app, 'articles.createFromText', {
    text: seedArticleBytes().toString('utf8'),
    title: TITLE,
    publisher: 'Daily NK',
    language: 'en',
  });
  const ids: string[] = [];
  for (let i = 0; i < count; i++)
    ids.push(
      (
        await invoke(app, 'excerpts.create', {
          articleId: article.id,
          start: 100 + i * 20,
          end: 110 + i * 20,
          credibility: 3,
        })
      ).id,
    );
  return { article, ids };
}

/** Opens a route in the running app (the token stays where the app keeps it). */
async function openRoute(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
}

const shoot = (page: Page, testInfo: TestInfo, name: string) =>
  saveScreenshot(page, testInfo, `volume-${name}`, { folder: '.' });

test('50 excerpts selected at once go into a case in one action; bulk credibility undoes with Ctrl+Z', async ({
  app,
  page,
}, testInfo) => {
  const { ids } = await seedExcerpts(app, 50);
  const kase = await invoke(app, 'cases.create', { title: CASE });
  const frame = new AppFrame(page);
  await page.reload();
  await frame.goTo('Excerpts');
  const rows = page.getByTestId('excerpt-row');
  await expect(page.getByTestId('excerpts-count')).toHaveText('50 excerpt(s)');

  // Click selects one (it does not open), Shift-click extends, Ctrl-click toggles.
  await rows.nth(0).click();
  await expect(page.locator('main[data-screen="excerpts"]')).toBeVisible();
  await expect(page.getByTestId('selection-count')).toHaveText('1 excerpt selected');
  await rows.nth(4).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('selection-count')).toHaveText('5 excerpts selected');
  await rows.nth(2).click({ modifiers: ['ControlOrMeta'] });
  await expect(page.getByTestId('selection-count')).toHaveText('4 excerpts selected');

  // Ctrl+A selects all fifty; one menu choice adds them all to the case.
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.getByTestId('selection-count')).toHaveText('50 excerpts selected');
  await shoot(page, testInfo, 'excerpts-selected');
  const bar = page.getByTestId('selection-bar');
  await bar.getByRole('button', { name: 'Add to case' }).click();
  await page.getByTestId('add-to-case-menu').getByRole('menuitem', { name: CASE }).click();
  await expect.poll(async () => (await invoke(app, 'cases.get', { id: kase.id })).items.length).toBe(50);
  expect((await invoke(app, 'cases.get', { id: kase.id })).items.map((i) => i.itemId).sort()).toEqual([...ids].sort());

  // Credibility for three at once, then Ctrl+Z puts every one back, Shift+Ctrl+Z sets it again.
  await page.getByTestId('excerpts-list').focus();
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await rows.nth(0).click();
  await rows.nth(2).click({ modifiers: ['Shift'] });
  await bar.getByRole('button', { name: 'Credibility' }).click();
  await page.getByTestId('bulk-credibility-menu').getByRole('menuitem', { name: /^5 – / }).click();
  const credibilities = async () =>
    (await invoke(app, 'excerpts.list', { offset: 0, limit: 500 })).items.filter((e) => e.credibility === 5).length;
  await expect.poll(credibilities).toBe(3);
  await expect(page.getByTestId('undo-toast').first()).toContainText('Credibility 5 set on 3 excerpt(s).');
  await page.locator('body').click({ position: { x: 600, y: 5 } }); // out of any field
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(credibilities).toBe(0);
  await expect(page.getByTestId('undo-toast').first().getByTestId('undo-button')).toHaveText('Redo');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect.poll(credibilities).toBe(3);

  // Delete two with undo: the same toast, and they come back.
  await rows.nth(0).click();
  await rows.nth(1).click({ modifiers: ['Shift'] });
  await bar.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('excerpts-count')).toHaveText('48 excerpt(s)');
  const notice = page.getByTestId('excerpt-deleted-notice').first();
  await expect(notice).toContainText('2 excerpts deleted.');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('excerpts-count')).toHaveText('50 excerpt(s)');
});

test('many sources and entities selected at once: add to a case, rate', async ({ app, page }) => {
  const names = ['another source', 'a Chinese trader', 'Daily NK sources in North Pyongan Province'];
  for (const name of names) await invoke(app, 'sources.create', { name, kind: 'human-source' });
  for (const name of ['Kim Yo Jong', 'Kim Jong Un', 'Changbai'])
    await invoke(app, 'entities.create', { name, type: name === 'Changbai' ? 'location' : 'person' });
  const kase = await invoke(app, 'cases.create', { title: CASE });
  const frame = new AppFrame(page);
  await page.reload();

  await frame.goTo('Sources');
  await page.getByRole('radiogroup', { name: 'View' }).locator('label').filter({ hasText: 'Table' }).click();
  const sourceRows = page.getByTestId('source-row');
  await sourceRows.filter({ hasText: names[0] }).click();
  await sourceRows.filter({ hasText: names[1] }).click({ modifiers: ['ControlOrMeta'] });
  await sourceRows.filter({ hasText: names[2] }).click({ modifiers: ['ControlOrMeta'] });
  const bar = page.getByTestId('selection-bar');
  await expect(page.getByTestId('selection-count')).toHaveText('3 sources selected');
  await bar.getByRole('button', { name: 'Rate' }).click();
  const rate = page.getByTestId('bulk-rate');
  await rate.getByRole('button', { name: 'Save ratings' }).click();
  await expect(rate.getByText('Choose a letter A–F.')).toBeVisible(); // says what is missing
  await rate.locator('label').filter({ hasText: /^F$/ }).click();
  await rate.getByRole('textbox', { name: 'Rationale' }).fill('cannot be judged yet');
  await rate.getByRole('button', { name: 'Save ratings' }).click();
  await expect
    .poll(async () => (await invoke(app, 'sources.list', {})).items.filter((s) => s.reliability === 'F').length)
    .toBe(3);

  await frame.goTo('Entities');
  const entityRows = page.getByTestId('entity-row');
  await entityRows.filter({ hasText: 'Kim Yo Jong' }).click();
  await entityRows.filter({ hasText: 'Changbai' }).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('selection-count')).toHaveText('3 entities selected');
  await bar.getByRole('button', { name: 'Add to case' }).click();
  await page.getByTestId('add-to-case-menu').getByRole('menuitem', { name: CASE }).click();
  await expect.poll(async () => (await invoke(app, 'cases.get', { id: kase.id })).items.length).toBe(3);

  // The empty case page explains how to add items, with no ids to paste.
  const empty = await invoke(app, 'cases.create', { title: 'Empty case' });
  await openRoute(page, `#/cases/${empty.id}`);
  await expect(page.getByTestId('case-empty')).toContainText('drag them onto this case in the sidebar');
});

test('nothing typed is lost to a reload: a new article and a note come back', async ({ app, page }) => {
  const frame = new AppFrame(page);
  const typed = 'Pasted article text 혜산 — every character, typed then reloaded at once.';
  await openRoute(page, '#/new-article');
  await page.getByRole('textbox', { name: 'Text' }).pressSequentially(typed);
  await page.reload();
  await expect(frame.main).toBeVisible();
  await expect(page.getByTestId('draft-offer')).toBeVisible();
  await page.getByTestId('draft-offer').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveValue(typed);

  // A note typed and reloaded at once, well inside the autosave's pause.
  const { ids } = await seedExcerpts(app, 1);
  const excerpt = await invoke(app, 'excerpts.get', { id: ids[0]! });
  await openRoute(page, `#/article/${excerpt.articleId}?excerpt=${excerpt.id}`);
  await expect(page.getByTestId('article-page')).toBeVisible();
  const note = page.getByRole('textbox', { name: 'Note' });
  await note.click();
  const words = 'Checked against the customs ledger; 김여정 named twice';
  await page.keyboard.type(words);
  await page.reload();
  await expect(frame.main).toBeVisible();
  // Either the save made it, or the draft is offered back; after Restore the library has every character.
  const offer = page.getByTestId('draft-offer');
  if (await offer.isVisible().catch(() => false)) await offer.getByRole('button', { name: 'Restore' }).click();
  await expect.poll(async () => (await invoke(app, 'excerpts.get', { id: excerpt.id })).note.text).toContain(words);
  await expect(note).toContainText(words);
});

test('mentions read in their sentence, grouped by article, and the keyboard help lists every shortcut', async ({
  app,
  page,
}) => {
  const { article } = await seedExcerpts(app, 0);
  const company = await invoke(app, 'entities.create', {
    name: 'Kimbongsokyong Trading Company',
    type: 'organization',
  });
  await invoke(app, 'mentions.acceptAll', { entityId: company.id, articleId: article.id });
  const frame = new AppFrame(page);
  await openRoute(page, `#/entities/${company.id}?tab=mentions`);
  await expect(frame.main).toBeVisible();
  const group = page.getByTestId('entity-mention-article');
  await expect(group).toHaveCount(1);
  await expect(group).toContainText(/\d+ mention\(s\)/);
  const first = page.getByTestId('kwic').first();
  await expect(first.locator('mark')).toHaveText('Kimbongsokyong Trading Company');
  await expect(first).toContainText('smuggled'); // the sentence, not just the name
  await page
    .getByRole('radiogroup', { name: 'Sort mentions' })
    .locator('label')
    .filter({ hasText: 'Best grade' })
    .click();

  await page.locator('body').click({ position: { x: 600, y: 5 } });
  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Undo the last change in this view');
  await expect(help).toContainText('Find in this article');
  await page.keyboard.press('Escape');
  await frame.openPalette();
  await page.keyboard.type('keyboard');
  await page.keyboard.press('Enter');
  await expect(help).toBeVisible();
});

test('selection bar and toast fit at 1024×700 and 1280×800, pictured in both themes', async ({
  app,
  page,
}, testInfo) => {
  await seedExcerpts(app, 6);
  const frame = new AppFrame(page);
  for (const [i, size] of [
    { width: 1024, height: 700 },
    { width: 1280, height: 800 },
  ].entries()) {
    await page.setViewportSize(size);
    await page.reload();
    await frame.goTo('Excerpts');
    await page.getByTestId('excerpt-row').first().click();
    await page.keyboard.press('ControlOrMeta+a');
    const bar = page.getByTestId('selection-bar');
    await bar.getByRole('button', { name: 'Credibility' }).click();
    const menu = page.getByTestId('bulk-credibility-menu');
    await expect(menu).toBeVisible();
    const box = (await menu.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    await menu.getByRole('menuitem', { name: new RegExp(`^${i + 2} – `) }).click();
    const undo = page.getByTestId('undo-button').first();
    await expect(undo).toBeVisible();
    const undoBox = (await undo.boundingBox())!;
    expect(undoBox.x + undoBox.width).toBeLessThanOrEqual(size.width);
    await saveScreenshotsInBothThemes(page, testInfo, `volume-excerpts-${size.width}`, { folder: '.' });
  }
});

test('find in the article, right-click menus, queued aliases, candidates once each, and the Library query in the URL', async ({
  app,
  page,
}) => {
  const { article, ids } = await seedExcerpts(app, 2);
  const kim = await invoke(app, 'entities.create', { name: 'Kim Yo Jong', type: 'person' });
  await page.reload();
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();

  // Ctrl/Cmd+F inside the reader finds in the article's text, with a count, next and previous.
  await openRoute(page, `#/article/${article.id}`);
  await expect(page.getByTestId('article-text')).toBeVisible();
  await page.getByTestId('article-text').click();
  await page.keyboard.press('ControlOrMeta+f');
  const find = page.getByRole('textbox', { name: 'Find in article' });
  await expect(find).toBeFocused();
  await page.keyboard.type('hyesan');
  const count = page.getByTestId('find-count');
  await expect(count).toHaveText(/^1 of [2-9]\d*$/);
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(/^2 of /);
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText(/^1 of /);
  await find.fill('no such words anywhere');
  await expect(count).toHaveText('No match');

  // Likely new entities: each text once, with how often it occurs; never a known name.
  const candidates = page.getByTestId('candidate');
  await expect(candidates.filter({ hasText: 'Daily NK' })).toHaveCount(1);
  await expect(candidates.filter({ hasText: 'Daily NK' }).getByTestId('candidate-count')).toHaveText(/^×\d+$/);
  await expect(candidates.filter({ hasText: 'Kim Yo Jong' })).toHaveCount(0);

  // Aliases typed and entered in quick succession all arrive.
  await openRoute(page, `#/entities/${kim.id}`);
  const alias = page.getByRole('textbox', { name: 'New alias' });
  await alias.click();
  await page.keyboard.type('Kim Yo-jong');
  await page.keyboard.press('Enter');
  await page.keyboard.type('김여정');
  await page.keyboard.press('Enter');
  await page.keyboard.type('KYJ');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await invoke(app, 'entities.get', { id: kim.id })).aliases.map((a) => a.text).sort())
    .toEqual(['KYJ', 'Kim Yo-jong', '김여정'].sort());

  // A right-click on a row offers the selection's actions, inside the window.
  await openRoute(page, '#/excerpts');
  await page.getByTestId('excerpt-row').first().click({ button: 'right' });
  const menu = page.getByTestId('context-menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Add to case…' })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(page.getByTestId('excerpts-count')).toHaveText('1 excerpt(s)');
  await page.locator('body').click({ position: { x: 600, y: 5 } });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByTestId('excerpts-count')).toHaveText('2 excerpt(s)');
  expect((await invoke(app, 'excerpts.list', { offset: 0, limit: 10 })).items).toHaveLength(ids.length);

  // The note editor's @-mention creates a new entity in place, typed from its words.
  const [current] = (await invoke(app, 'excerpts.list', { offset: 0, limit: 10 })).items; // undo gave it a new id
  await openRoute(page, `#/article/${article.id}?excerpt=${current!.id}`);
  await page.getByRole('textbox', { name: 'Note' }).click();
  await page.keyboard.type('Seen at @Hyesan customs office');
  await page.getByTestId('mention-create').filter({ hasText: 'as facility' }).click();
  await expect
    .poll(
      async () => (await invoke(app, 'entities.list', {})).items.find((e) => e.name === 'Hyesan customs office')?.type,
    )
    .toBe('facility');
  await expect(page.getByTestId('note-editor').locator('[data-entity-id]').first()).toContainText(
    'Hyesan customs office',
  );

  // The Library's filter lives in the URL: a reload and Back keep it.
  await openRoute(page, '#/library');
  await page.getByRole('textbox', { name: /Filter by title/ }).fill('nothing matches this');
  await expect(page).toHaveURL(/#\/library\?q=nothing/);
  await page.reload();
  await expect(page.getByText('No articles match these filters')).toBeVisible();
});
