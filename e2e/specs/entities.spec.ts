// Walkthrough steps 9–11 (../shared/scenarios/seed-walkthrough.md) through the UI: create the
// entities the seed article talks about, accept their suggestions in the text (one dismissed and
// still dismissed after a reload), write a second article with alias variants and accept a
// suggestion there, and read Kim Yo Jong's page with both articles' mentions and their grades.
// Then: merge a duplicate with undo, split an alias out, and a relationship backed by an excerpt.
import type { Page, TestInfo } from '@playwright/test';
import { invoke, seedRatedArticle } from '../api';
import { expect, test, type RunningApp } from '../fixtures';
import { AppFrame } from '../pages/AppFrame';
import { ArticlePage } from '../pages/ArticlePage';
import { EntitiesPage } from '../pages/EntitiesPage';
import { ExcerptPanel } from '../pages/ExcerptPanel';
import { MentionsPanel } from '../pages/MentionsPanel';
import { NewArticlePage } from '../pages/NewArticlePage';
import { saveScreenshotsInBothThemes } from '../screenshot';

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.mouse.move(640, 5); // no tooltip in the picture
  await saveScreenshotsInBothThemes(page, testInfo, name);
}

const SEED_TITLE = 'Kimbongsokyong Trading Company smuggles masks through Hyesan';
const SECOND_TITLE = 'Officials meet at Hyesan';
const SECOND_TEXT = 'KIM Yo-jong met officials at the Hyesan customs office. 김여정이 지시했다.';
const KIM_QUOTE = 'the trading company is working under the direction of Kim Yo Jong';
const MPAF = 'Ministry of People’s Armed Forces (MPAF)';

/** The seed article, its publisher rated B and an excerpt graded 3 about Kim Yo Jong (set-up, not under test). */
async function seedArticle(app: RunningApp): Promise<{ articleId: string; excerptId: string }> {
  const { article, dailyNk } = await seedRatedArticle(app, { title: SEED_TITLE });
  const excerpt = await invoke(app, 'excerpts.create', {
    articleId: article.id,
    quote: KIM_QUOTE,
    sourceId: dailyNk.id,
    credibility: 3,
    eventDate: { value: '2020-03', qualifier: '' },
  });
  return { articleId: article.id, excerptId: excerpt.id };
}

test('steps 9–11: entities from the seed article, suggestions in two articles, the entity page with grades', async ({
  app,
  page,
}) => {
  test.slow();
  const { articleId } = await seedArticle(app);
  const entities = new EntitiesPage(page);
  const panel = new MentionsPanel(page);
  const article = new ArticlePage(page);

  // Step 9: the entities, through the New entity dialog.
  await entities.open();
  await entities.create('Kimbongsokyong Trading Company', 'Organization');
  await entities.create(MPAF, 'Organization');
  await entities.create('Hyesan customs office', 'Facility');
  await entities.create('Ryanggang Province', 'Location');
  await entities.create('Kim Yo Jong', 'Person', ['Kim Yo-jong']);
  await entities.create('masks', 'Commodity');
  // Step 10: an alias on the entity page; the library scan offered afterwards finds the seed article.
  await entities.select(MPAF);
  await entities.addAlias('MPAF');
  await page.getByRole('button', { name: 'Scan the library for this alias' }).click();
  await expect(page.getByTestId('alias-scan-summary')).toContainText('in 1 article(s)');
  // Each article found shows its first undecided occurrence in its sentence, the alias marked.
  await expect(page.getByTestId('alias-scan-article').getByTestId('kwic').locator('mark')).toHaveText(
    /^(MPAF|Ministry of People’s Armed Forces)/,
  );
  await page.getByTestId('alias-scan').getByRole('link', { name: SEED_TITLE }).click();
  await article.waitFor(SEED_TITLE);

  // Suggestions in the seed article, grouped by entity. One "masks" is dismissed first.
  await expect(panel.group('Kim Yo Jong')).toBeVisible();
  const masks = panel.group('masks').getByTestId('suggestion');
  const maskCount = await masks.count();
  expect(maskCount).toBeGreaterThan(1);
  await masks
    .first()
    .getByRole('button', { name: /^Dismiss “masks” as masks/i })
    .click();
  await expect(masks).toHaveCount(maskCount - 1);
  await page.reload();
  await expect(panel.group('masks').getByTestId('suggestion')).toHaveCount(maskCount - 1);
  for (const name of [
    'Kimbongsokyong Trading Company',
    MPAF,
    'Hyesan customs office',
    'Ryanggang Province',
    'Kim Yo Jong',
    'masks',
  ]) {
    await panel.acceptAll(name);
    await expect(panel.taggedGroup(name)).toBeVisible();
  }
  await expect(panel.group('masks')).toHaveCount(0);
  // The dismissed one stays dismissed: "Accept all" took only the others.
  await expect(panel.taggedGroup('masks').getByTestId('tagged-mention')).toHaveCount(maskCount - 1);
  // A candidate becomes an entity and is tagged at its span.
  await panel.candidate('Yalu River').getByRole('button', { name: 'Create entity Yalu River' }).click();
  await expect(page.getByRole('dialog').getByLabel('Type', { exact: true })).toHaveValue('Location');
  await page.getByRole('dialog').getByRole('button', { name: 'Create entity' }).click();
  await expect(panel.taggedGroup('Yalu River')).toBeVisible();
  await expect(panel.candidate('Yalu River')).toHaveCount(0);

  // Tagging from the text: select a name, "Tag entity", a new entity of the right type.
  await new ExcerptPanel(page).selectWithMouse('Changbai');
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Tag entity' }).click();
  const tagDialog = page.getByRole('dialog', { name: 'Tag “Changbai”' });
  await expect(tagDialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Changbai');
  await entities.chooseOption(tagDialog.getByLabel('Type', { exact: true }), 'Location');
  await tagDialog.getByRole('button', { name: 'Create and tag' }).click();
  await expect(panel.taggedGroup('Changbai')).toBeVisible();
  await expect(panel.taggedGroup('Changbai').locator('[data-entity-type="location"]')).toBeVisible();

  // Removing a tag can be undone.
  const hyesan = panel.taggedGroup('Hyesan customs office').getByTestId('tagged-mention');
  const hyesanCount = await hyesan.count();
  await hyesan
    .first()
    .getByRole('button', { name: /^Remove tag/ })
    .click();
  await expect(hyesan).toHaveCount(hyesanCount - 1);
  await page.getByTestId('mention-removed-notice').getByRole('button', { name: 'Undo' }).click();
  await expect(hyesan).toHaveCount(hyesanCount);

  // A second article, written with alias variants, captured through the UI.
  const capture = new NewArticlePage(page);
  await capture.open();
  await capture.fill({ text: SECOND_TEXT, title: SECOND_TITLE, language: 'en' });
  // Toasts sit over the Save button; close them.
  await new AppFrame(page).dismissToasts();
  await capture.save();
  await article.waitFor(SECOND_TITLE);
  const kim = panel.group('Kim Yo Jong').getByTestId('suggestion');
  await expect(kim).toHaveCount(1); // KIM Yo-jong; 김여정 is not an alias yet
  // The suggestion reads in its sentence, the name marked.
  await expect(kim.getByTestId('kwic')).toContainText('KIM Yo-jong met officials at the Hyesan customs office.');
  await expect(kim.getByTestId('kwic').locator('mark')).toHaveText('KIM Yo-jong');
  await expect(panel.group('Hyesan customs office')).toBeVisible();

  // Step 10 again: the Hangul alias, and a scan that finds the second article.
  await entities.open();
  await entities.select('Kim Yo Jong');
  await entities.addAlias('김여정');
  await expect(entities.aliases.getByTestId('alias').filter({ hasText: '김여정' })).toContainText('Hang');
  await page.getByRole('button', { name: 'Scan the library for this alias' }).click();
  await expect(page.getByTestId('alias-scan-summary')).toContainText('2 undecided mention(s) in 1 article(s)');
  await expect(page.getByTestId('alias-scan-article').getByTestId('kwic')).toContainText(SECOND_TEXT.split('. ')[0]!);
  await page.getByTestId('alias-scan').getByRole('link', { name: SECOND_TITLE }).click();
  await article.waitFor(SECOND_TITLE);
  await expect(kim).toHaveCount(2);
  await kim
    .filter({ hasText: 'KIM Yo-jong' })
    .getByRole('button', { name: 'Accept “KIM Yo-jong” as Kim Yo Jong' })
    .click();
  await kim.filter({ hasText: '김여정' }).getByRole('button', { name: 'Accept “김여정” as Kim Yo Jong' }).click();
  await expect(panel.group('Kim Yo Jong')).toHaveCount(0);
  await expect(panel.taggedGroup('Kim Yo Jong').getByTestId('tagged-mention')).toHaveCount(2);

  // Step 11: Kim Yo Jong's page lists both articles; the seed mention carries its excerpt's grade.
  await panel.taggedGroup('Kim Yo Jong').getByRole('link', { name: 'Kim Yo Jong' }).click();
  await entities.waitFor('Kim Yo Jong');
  // From an article's tagged mentions, the entity's page opens on its Mentions tab.
  await expect(entities.tabs.getByRole('tab', { name: /^Mentions/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\?tab=mentions$/);
  await expect(entities.mentionArticle(SEED_TITLE)).toBeVisible();
  await expect(entities.mentionArticle(SECOND_TITLE).getByTestId('entity-mention')).toHaveCount(2);
  const graded = entities.mentionArticle(SEED_TITLE).getByTestId('entity-mention').filter({ hasText: 'B3' });
  await expect(graded).toHaveCount(1);
  await expect(page.getByTestId('entity-sources')).toContainText('Daily NK');
  await expect(page.getByTestId('entity-co-mentioned')).toContainText('Kimbongsokyong Trading Company');
  // The description is rich text, autosaved, and still there after a reload.
  const description = page.getByRole('textbox', { name: 'Description' });
  await description.click();
  await page.keyboard.type('Sister of Kim Jong Un; vice department director of the WPK.');
  await expect(entities.detail.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Description' })).toContainText('Sister of Kim Jong Un');
  await expect(entities.tabs.getByRole('tab', { name: /^Mentions/ })).toHaveAttribute('aria-selected', 'true'); // the tab is in the URL
  // Filtering by grade keeps only mentions inside excerpts from sources rated B or better.
  await entities.chooseOption(
    entities.mentions.getByRole('combobox', { name: 'Source reliability' }),
    'At least B – Usually reliable',
  );
  await expect(entities.mentions.getByTestId('entity-mention-article')).toHaveCount(1);
  await expect(entities.mentionArticle(SEED_TITLE)).toBeVisible();
  await entities.chooseOption(
    entities.mentions.getByRole('combobox', { name: 'Source reliability' }),
    'At least A – Completely reliable',
  );
  await expect(entities.mentions.getByTestId('entity-mention-article')).toHaveCount(0);
  // The graded mention opens the article at its excerpt.
  await entities.chooseOption(
    entities.mentions.getByRole('combobox', { name: 'Source reliability' }),
    'Any reliability',
  );
  await graded.getByRole('link').click();
  await article.waitFor(SEED_TITLE);
  expect(page.url()).toContain(`#/article/${articleId}?excerpt=`);
});

test('merge a duplicate with undo, split an alias out, and a relationship backed by an excerpt', async ({
  app,
  page,
}) => {
  const { articleId, excerptId } = await seedArticle(app);
  const kim = await invoke(app, 'entities.create', { name: 'Kim Yo Jong', type: 'person', aliases: ['Kim Yo-jong'] });
  await invoke(app, 'entities.create', { name: 'KIM Yojong', type: 'person', aliases: ['Kim Yeo-jeong'] });
  const company = await invoke(app, 'entities.create', {
    name: 'Kimbongsokyong Trading Company',
    type: 'organization',
  });
  await invoke(app, 'mentions.acceptAll', { entityId: kim.id, articleId });
  await invoke(app, 'mentions.acceptAll', { entityId: company.id, articleId });
  const entities = new EntitiesPage(page);
  await entities.open();

  // Merge the duplicate into Kim Yo Jong, then undo.
  await entities.select('KIM Yojong');
  await entities.detail.getByRole('button', { name: 'Merge into…' }).click();
  await entities.pickEntity(
    entities.dialog.getByRole('combobox', { name: 'Entity to keep' }),
    'yo-jong',
    'Kim Yo Jong',
  );
  await entities.dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await entities.waitFor('Kim Yo Jong');
  await expect(entities.aliases.getByTestId('alias').filter({ hasText: 'Kim Yeo-jeong' })).toBeVisible();
  await page.getByTestId('entity-merge-notice').getByRole('button', { name: 'Undo' }).click();
  await entities.waitFor('KIM Yojong');
  await expect(entities.aliases.getByTestId('alias').filter({ hasText: 'Kim Yeo-jeong' })).toBeVisible();
  await entities.select('Kim Yo Jong');
  await expect(entities.aliases.getByTestId('alias').filter({ hasText: 'Kim Yeo-jeong' })).toHaveCount(0);

  // An alias that names someone else is split out into an entity of its own.
  await entities.select('KIM Yojong');
  await entities.aliases.getByRole('button', { name: 'Alias actions Kim Yeo-jeong' }).click();
  await page.getByRole('menuitem', { name: 'Split into its own entity' }).click();
  await entities.waitFor('Kim Yeo-jeong');
  await expect(entities.detail).toContainText('Person');
  await entities.select('KIM Yojong');
  await expect(entities.aliases.getByTestId('alias')).toHaveCount(0);

  // A relationship from Kim Yo Jong's page, backed by the excerpt that mentions her; both pages
  // show it with the excerpt's grade.
  await entities.select('Kim Yo Jong');
  await entities.showTab('Relationships');
  await entities.relationships.getByRole('button', { name: 'Add relationship' }).click();
  const form = page.getByTestId('relationship-form');
  await entities.chooseOption(form.getByLabel('Kim Yo Jong is…'), 'controls');
  await entities.pickEntity(
    form.getByRole('combobox', { name: 'Other entity' }),
    'kimbong',
    'Kimbongsokyong Trading Company',
  );
  await form.getByRole('textbox', { name: 'Label (optional)' }).fill('directs, as Chinese traders understand it');
  // The form sits at the foot of a long, scrolling page, where a pointer click on a dropdown
  // option races the scroll; choose the excerpt from the keyboard, as an analyst could.
  const backing = form.getByLabel('Backed by excerpts');
  await backing.fill('the trading company');
  await expect(page.getByRole('option', { name: /^B3 · / })).toBeVisible();
  await backing.press('ArrowDown');
  await backing.press('Enter');
  await expect(form.getByText(/^B3 · the trading company/)).toBeVisible();
  await page.keyboard.press('Escape'); // the list stays open for more choices
  await form.getByRole('button', { name: 'Add relationship' }).click();
  const relationship = entities.relationships.getByTestId('relationship');
  await expect(relationship).toContainText('controls');
  await expect(relationship).toContainText('directs, as Chinese traders understand it');
  await expect(relationship).toContainText('B3');
  await relationship.getByRole('link', { name: 'Kimbongsokyong Trading Company' }).click();
  await entities.waitFor('Kimbongsokyong Trading Company');
  await entities.showTab('Relationships');
  await expect(relationship.getByRole('img', { name: 'incoming' })).toBeVisible();
  await expect(relationship.getByRole('link', { name: 'Kim Yo Jong', exact: true })).toBeVisible();
  await expect(relationship.getByRole('link', { name: new RegExp(KIM_QUOTE) })).toHaveAttribute(
    'href',
    `#/article/${articleId}?excerpt=${excerptId}`,
  );
  // Deleting it removes it from both pages.
  await relationship.getByRole('button', { name: 'Delete relationship with Kim Yo Jong' }).click();
  await expect(relationship).toHaveCount(0);
});

test(`the entity page and the article's entity panel, pictured in both themes`, async ({ app, page }, testInfo) => {
  const { articleId } = await seedArticle(app);
  const kim = await invoke(app, 'entities.create', {
    name: 'Kim Yo Jong',
    type: 'person',
    aliases: ['Kim Yo-jong', '김여정'],
    externalIds: [{ key: 'wikidata', value: 'Q4982497' }],
    tags: ['dprk-leadership'],
  });
  const company = await invoke(app, 'entities.create', {
    name: 'Kimbongsokyong Trading Company',
    type: 'organization',
  });
  await invoke(app, 'entities.create', { name: 'Hyesan customs office', type: 'facility' });
  await invoke(app, 'entities.create', { name: 'masks', type: 'commodity' });
  await invoke(app, 'mentions.acceptAll', { entityId: kim.id, articleId });
  await invoke(app, 'mentions.acceptAll', { entityId: company.id, articleId });
  const excerptId = (await invoke(app, 'excerpts.list', { articleId })).items[0]!.id;
  await invoke(app, 'relationships.create', {
    fromEntityId: kim.id,
    toEntityId: company.id,
    type: 'controls',
    label: 'directs, as Chinese traders understand it',
    excerptIds: [excerptId],
  });

  await page.evaluate((id) => (window.location.hash = `#/entities/${id}`), kim.id);
  const entities = new EntitiesPage(page);
  await entities.waitFor('Kim Yo Jong');
  await shoot(page, testInfo, 'entity-page');
  await entities.showTab('Mentions');
  await expect(entities.mentions.getByTestId('entity-mention')).toHaveCount(1);
  await shoot(page, testInfo, 'entity-page-mentions');
  await saveScreenshotsInBothThemes(page, testInfo, 'entity-tabs', { of: entities.tabs });

  await page.evaluate((id) => (window.location.hash = `#/article/${id}`), articleId);
  const panel = new MentionsPanel(page);
  await expect(panel.group('masks')).toBeVisible();
  await panel.suggestions.scrollIntoViewIfNeeded();
  await shoot(page, testInfo, 'article-mentions');
});
