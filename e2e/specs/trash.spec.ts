// The Trash (issue 15 item 5): an article deleted from the Library comes back with Ctrl/Cmd+Z;
// deleted from its own page it waits in the Trash and is restored from there with its excerpt and
// case item; deleted again and the Trash emptied (after a confirm), it is gone and verify holds.
import { invoke } from '../api';
import { seedArticleBytes } from '../corpus';
import { expect as baseExpect, test } from '../fixtures';
import { AppFrame } from '../pages/AppFrame';
import { LibraryPage } from '../pages/LibraryPage';
import { saveScreenshot } from '../screenshot';

// Engineers share two cores while these run: states are waited for longer, never slept on.
const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 300_000 });

const TITLE = 'Kimbongsokyong Trading Company smuggles masks via Hyesan';
const OTHER = 'Clinker shipments on the Yalu';

test('delete → undo → delete → restore from the Trash → delete → empty the Trash', async ({ app, page }, testInfo) => {
  const { article } = await invoke(app, 'articles.createFromText', {
    text: seedArticleBytes().toString('utf8'),
    title: TITLE,
    publisher: 'Daily NK',
  });
  await invoke(app, 'articles.createFromText', { text: 'Clinker went north on the Yalu.', title: OTHER });
  const excerpt = await invoke(app, 'excerpts.create', {
    articleId: article.id,
    quote: 'they were sterilized immediately',
    credibility: 3,
  });
  const kase = await invoke(app, 'cases.create', { title: 'Border smuggling' });
  await invoke(app, 'cases.addItems', { id: kase.id, itemIds: [article.id, excerpt.id] });
  const caseItems = async () => (await invoke(app, 'cases.get', { id: kase.id })).items.map((i) => i.itemId).sort();
  const trashed = async () => (await invoke(app, 'trash.list', {})).items.map((i) => i.articleId);

  const frame = new AppFrame(page);
  const library = new LibraryPage(page);
  await page.reload();
  await frame.goTo('Library');
  await expect(library.count).toHaveText('2 articles');

  // 1. Delete from the Library's toolbar, then Ctrl/Cmd+Z brings it back.
  await library.row(TITLE).click();
  await page.getByTestId('library-delete').click();
  await expect(library.count).toHaveText('1 article');
  await expect(library.row(TITLE)).toHaveCount(0);
  await expect(page.getByTestId('article-deleted-notice').first()).toContainText('moved to the Trash');
  await page.locator('body').click({ position: { x: 600, y: 5 } }); // out of any field
  await page.keyboard.press('ControlOrMeta+z');
  await expect(library.count).toHaveText('2 articles');
  await expect(library.row(TITLE)).toHaveCount(1);
  expect(await caseItems()).toEqual([article.id, excerpt.id].sort());
  await frame.dismissToasts();

  // 2. Delete from the article's own page: back in the Library, without it.
  await library.open(TITLE);
  await expect(page.getByTestId('article-page')).toBeVisible();
  await page.getByTestId('article-delete').click();
  await expect(page.locator('main[data-screen="library"]')).toBeVisible();
  await expect(library.count).toHaveText('1 article');
  await expect.poll(trashed).toEqual([article.id]);
  expect(await caseItems()).toEqual([]);
  await frame.dismissToasts();

  // 3. The Trash lists it with what went with it; Restore puts it back, case items included.
  await page
    .getByRole('navigation', { name: 'Screens' })
    .getByRole('link', { name: /^Trash/ })
    .click();
  const row = page.getByTestId('trash-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(TITLE);
  await expect(row).toContainText('1 excerpt, 2 case items');
  await saveScreenshot(page, testInfo, 'trash', { folder: '.' });
  await row.getByTestId('trash-restore').click();
  await expect(page.getByTestId('trash-empty')).toBeVisible();
  await expect.poll(caseItems).toEqual([article.id, excerpt.id].sort());
  await frame.goTo('Library');
  await expect(library.count).toHaveText('2 articles');

  // 4. Delete again (the Delete key on the list), then empty the Trash after its confirm.
  await library.row(TITLE).click();
  await page.keyboard.press('Delete');
  await expect(library.count).toHaveText('1 article');
  await frame.dismissToasts();
  await page
    .getByRole('navigation', { name: 'Screens' })
    .getByRole('link', { name: /^Trash/ })
    .click();
  await expect(page.getByTestId('trash-row')).toHaveCount(1);
  await page.getByTestId('empty-trash').click();
  await expect(page.getByTestId('empty-trash-confirm')).toBeVisible();
  await saveScreenshot(page, testInfo, 'trash-confirm', { folder: '.' });
  await page.getByTestId('empty-trash-confirm-button').click();
  await expect(page.getByTestId('trash-empty')).toBeVisible();
  expect(await trashed()).toEqual([]);
  await expect(invoke(app, 'articles.get', { id: article.id })).rejects.toThrow(/No article/);
  const report = await invoke(app, 'library.verify', {});
  expect(report.checks.filter((c) => !c.ok)).toEqual([]);
  await frame.goTo('Library');
  await expect(library.count).toHaveText('1 article');
});
