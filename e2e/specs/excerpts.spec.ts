// Walkthrough steps 5–8 (../shared/scenarios/seed-walkthrough.md) on the seed article, with the real
// mouse: select passages and make them excerpts, attribute one to a source created on the spot and
// grade it, write a note with formatting and an @-mention that survives a reload exactly, open
// excerpts from their highlights, move between them by keyboard, delete one and undo, export W3C.
import fs from 'node:fs';
import { invoke } from '../api';
import { seedArticleBytes } from '../corpus';
import { expect, test } from '../fixtures';
import { AppFrame } from '../pages/AppFrame';
import { ExcerptPanel } from '../pages/ExcerptPanel';

const TITLE = 'Kimbongsokyong Trading Company smuggles masks and appliances through Hyesan';
const HYESAN =
  'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks and Japanese-made electronic appliances through a Hyesan customs office (Ryanggang Province)';
const CLINKER = 'The trading company transports quartz, magnesia clinker and other rare minerals';
const CASH = 'receiving cash payments (USD and CNY)';
const RYANGGANG_SOURCE = 'Daily NK source (Ryanggang Province)';

test('make, grade, annotate, revisit and undo excerpts of the seed article', async ({ page, app }) => {
  test.slow(); // one long walk through four steps, on a machine other suites share
  const { article } = await invoke(app, 'articles.createFromText', {
    text: seedArticleBytes().toString('utf8'),
    title: TITLE,
    publisher: 'Daily NK',
    published: { value: '2020-03', qualifier: '' },
    language: 'en',
  });
  const kim = await invoke(app, 'entities.create', {
    name: 'Kim Yo Jong',
    type: 'person',
    aliases: ['Kim Yo-jong', '김여정'],
  });
  await page.evaluate((id) => (window.location.hash = `#/article/${id}`), article.id);
  const x = new ExcerptPanel(page);
  await expect(page.getByTestId('article-title')).toHaveText(TITLE);
  await expect(x.count).toHaveText('0 excerpts');

  // Step 5: select the Hyesan sentence, make it an excerpt, attribute it to a source created inline, credibility 3.
  await x.selectWithMouse(HYESAN);
  await x.toolbar.getByRole('button', { name: /Excerpt/ }).click();
  await expect(x.form.getByTestId('excerpt-quote')).toHaveText(HYESAN);
  await x.chooseNewSource(RYANGGANG_SOURCE);
  await x.setCredibility(x.form, 3);
  await expect(x.form.getByTestId('credibility-help')).toContainText('3 – Possibly true');
  await x.form.getByRole('textbox', { name: 'Event date' }).fill('2020-03-06');
  await expect(x.form.getByText('Read as: 6 March 2020')).toBeVisible();
  const hyesanId = await x.create();
  await expect(x.detail.getByText('?3', { exact: true })).toBeVisible(); // the new source is not rated yet
  const sources = await invoke(app, 'sources.list', {});
  const ryanggang = sources.items.find((s) => s.name === RYANGGANG_SOURCE)!;
  expect(ryanggang).toMatchObject({ kind: 'human-source', parentId: article.publisherSourceId });
  await invoke(app, 'sources.rate', {
    id: ryanggang.id,
    reliability: 'B',
    rationale: 'Named province, consistent detail',
  });
  await expect(x.detail.getByText('B3', { exact: true })).toBeVisible(); // the library-changed event refreshes it
  await expect(x.highlight(hyesanId).first()).toBeVisible();

  // Step 6: more excerpts — with the E shortcut and a partial date, and from the context menu.
  await x.detail.getByRole('button', { name: 'All excerpts' }).click();
  await x.selectWithMouse(CLINKER);
  await page.keyboard.press('e');
  await expect(x.form).toBeVisible();
  await x.chooseSource('Daily NK');
  await x.setCredibility(x.form, 2);
  await x.form.getByRole('textbox', { name: 'Event date' }).fill('early February 2020');
  await expect(x.form.getByText('Read as: early February 2020')).toBeVisible();
  const clinkerId = await x.create();
  const clinker = await invoke(app, 'excerpts.get', { id: clinkerId });
  expect(clinker).toMatchObject({
    exact: CLINKER,
    eventDate: { value: '2020-02', qualifier: 'early' },
    credibility: 2,
  });

  const end = await x.selectWithMouse(CASH);
  await page.mouse.click(end.x, end.y, { button: 'right' });
  await expect(x.toolbar).toBeVisible();
  await x.toolbar.getByRole('button', { name: /Excerpt/ }).click();
  await x.chooseSource('Daily NK');
  await x.setCredibility(x.form, 3);
  const cashId = await x.create();
  expect((await invoke(app, 'excerpts.get', { id: cashId })).exact).toBe(CASH);

  // Step 7: a note with bold, a bulleted list and an @-mention, autosaved.
  await x.note.getByRole('textbox', { name: 'Note' }).click();
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('Paid in cash');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type(' outside the banks.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- USD');
  await page.keyboard.press('Enter');
  await page.keyboard.type('CNY');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Reportedly directed by @Kim Yo');
  await expect(page.getByRole('option', { name: /Kim Yo Jong/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.type('.');
  await expect(x.note.getByTestId('save-status')).toHaveText('Saved');
  const saved = await invoke(app, 'excerpts.get', { id: cashId });
  expect(saved.note.json).toContain(kim.id);
  expect(saved.note.text).toContain('Reportedly directed by Kim Yo Jong');

  // The note survives a reload exactly as written.
  await page.reload();
  await expect(x.detail).toHaveAttribute('data-excerpt-id', cashId);
  const note = x.note.getByRole('textbox', { name: 'Note' });
  await expect(note.locator('.cf-bold')).toHaveText('Paid in cash');
  await expect(note.locator('ul > li')).toHaveText(['USD', 'CNY']);
  await expect(note.getByTestId('entity-mention')).toHaveText('@Kim Yo Jong');
  await expect(note.getByTestId('entity-mention')).toHaveAttribute('data-entity-id', kim.id);
  expect((await invoke(app, 'excerpts.get', { id: cashId })).note).toEqual(saved.note);

  // Step 8: every excerpt is highlighted; hovering tells grade and source; clicking opens it.
  await expect(x.count).toHaveText('3 excerpts');
  await x.highlight(hyesanId).first().hover();
  await expect(page.getByTestId('mark-hover')).toContainText(`B3 · ${RYANGGANG_SOURCE}`);
  await x.highlight(hyesanId).first().click();
  await expect(x.detail).toHaveAttribute('data-excerpt-id', hyesanId);
  await expect(x.detail.getByTestId('excerpt-quote')).toHaveText(HYESAN);

  // Keyboard: j and k walk the excerpts in text order.
  await page.keyboard.press('j');
  await expect(x.detail).toHaveAttribute('data-excerpt-id', clinkerId);
  await page.keyboard.press('j');
  await expect(x.detail).toHaveAttribute('data-excerpt-id', cashId);
  await page.keyboard.press('k');
  await expect(x.detail).toHaveAttribute('data-excerpt-id', clinkerId);

  // The list is in text order with grades.
  await x.detail.getByRole('button', { name: 'All excerpts' }).click();
  await expect(x.rows).toHaveCount(3);
  await expect(x.rows.nth(0)).toContainText('B3');
  await expect(x.rows.nth(0)).toContainText(RYANGGANG_SOURCE);
  await expect(x.rows.nth(1)).toContainText('early February 2020');

  // W3C export: a JSON-LD download with one annotation per excerpt.
  const downloading = page.waitForEvent('download');
  await x.panel.getByRole('button', { name: 'Export annotations (W3C)' }).click();
  const file = await (await downloading).path();
  const annotations = JSON.parse(fs.readFileSync(file, 'utf8')) as { type: string }[];
  expect(annotations).toHaveLength(3);

  // Delete asks nothing and offers Undo, which brings the excerpt back (with its note).
  await x.rows.nth(2).click();
  await x.detail.getByRole('button', { name: 'Delete' }).click();
  await expect(x.count).toHaveText('2 excerpts');
  await expect(x.highlight(cashId)).toHaveCount(0);
  await page.getByTestId('excerpt-deleted-notice').getByRole('button', { name: 'Undo' }).click();
  await expect(x.count).toHaveText('3 excerpts');
  await expect(x.detail.getByTestId('excerpt-quote')).toHaveText(CASH);
  await expect(x.note.getByTestId('entity-mention')).toHaveText('@Kim Yo Jong');

  // Screenshots for review (e2e/artifacts is not committed).
  const frame = new AppFrame(page);
  for (const scheme of ['light', 'dark'] as const) {
    await frame.setTheme(scheme);
    await page.mouse.move(0, 0);
    fs.mkdirSync('e2e/artifacts/screens', { recursive: true });
    await page.screenshot({ path: `e2e/artifacts/screens/web-${scheme}-article-excerpts.png`, animations: 'disabled' });
    await x.note.screenshot({ path: `e2e/artifacts/screens/web-${scheme}-note-editor.png`, animations: 'disabled' });
  }
});
