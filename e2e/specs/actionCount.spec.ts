// Walkthrough steps 9–12 (../shared/scenarios/seed-walkthrough.md) done the way an analyst would, with
// every action counted (issue 15: "the seed walkthrough's steps 9–12 take fewer actions than today").
// An action is one click, one key press or shortcut, one typed field or one drag (a text selection
// with the mouse is a drag); scrolling and waiting are not actions. Each step's outcome is checked in
// the library's state, and the whole walk must fit in BUDGET. (The file's name sorts early on
// purpose: Playwright starts files in name order, and this long test started last kept one worker
// busy half a minute after the other had finished.)
//
// BASELINE is the same walk before the volume features of issue 15 (multi-select, right-click menus,
// tagging a selection with an entity, adding a selection to a case, candidates typed from cues).
// It was measured by running this very spec with CASEFILE_WALKTHROUGH_PATH=before on commit 0ca1b57
// (main just before "Merge issue 15"), in a scratch worktree:
//   git worktree add --detach ../actions-old 0ca1b57 && cp -al node_modules ../actions-old/
//   cp e2e/specs/actionCount.spec.ts ../actions-old/e2e/specs/ && cd ../actions-old
//   npm run build && CASEFILE_WALKTHROUGH_PATH=before npx playwright test e2e/specs/actionCount.spec.ts --workers=1
// There, the "before" path passes only when its count equals BASELINE (so the figure can be checked
// again); per step it was 9: 47, 10: 0 (aliases typed into the create dialogs, counted in 9), 11: 1,
// 12: 32. The "before" path adds sources and entities to the case one drag each, as the old screens
// allowed (no multi-select); the rest of the walk is the same code in both paths, so the app's own
// changes (types guessed from cues, the entity page's tabs) move the count by themselves.
import type { Locator, Page } from '@playwright/test';
import { invoke } from '../api';
import { seedArticleBytes } from '../corpus';
import { expect as baseExpect, test, type RunningApp } from '../fixtures';
import { ExcerptPanel } from '../pages/ExcerptPanel';

// A long walk on a machine that may be busy: states are waited for, never times.
const expect = baseExpect.configure({ timeout: 60_000 });

const BASELINE = 80;
// Today's path, measured the same way (CASEFILE_WALKTHROUGH_PATH unset): 9: 47, 10: 0, 11: 1 (the
// article's entity link opens the entity page on its Mentions tab), 12: 20 (sources and
// entities added to the case by selecting all and one drag each).
const BUDGET = 68;

const PATH = process.env.CASEFILE_WALKTHROUGH_PATH === 'before' ? 'before' : 'today';

const TITLE = 'Kimbongsokyong Trading Company smuggles masks and appliances through Hyesan';
const CASE = 'Kimbongsokyong Trading Company — border smuggling';
const SUMMARY = 'A state-run trading company smuggling masks and appliances through Hyesan and Sinuiju.';
const MPAF = 'Ministry of People’s Armed Forces';

type Step = 9 | 10 | 11 | 12;

/** Does what the analyst does, one counted action at a time. */
class Analyst {
  readonly actions: { step: Step; what: string }[] = [];
  step: Step = 9;

  constructor(readonly page: Page) {}

  private count(what: string): void {
    this.actions.push({ step: this.step, what });
  }

  async click(target: Locator, what: string): Promise<void> {
    this.count(`click ${what}`);
    await this.clearToasts();
    await target.click();
  }

  /**
   * Closes the toasts ("Entity created") that sit over the article's side panel. They go by
   * themselves seconds later, so an analyst would only wait: not an action, it only saves time here.
   */
  async clearToasts(): Promise<void> {
    const close = this.page.locator('.mantine-Notification-root .mantine-Notification-closeButton');
    for (const button of await close.all()) await button.click({ timeout: 2_000 }).catch(() => undefined);
  }

  /** A double-click opens a row: one action. */
  async open(target: Locator, what: string): Promise<void> {
    this.count(`double-click ${what}`);
    await target.dblclick();
  }

  async press(key: string, what: string): Promise<void> {
    this.count(`press ${key} (${what})`);
    await this.page.keyboard.press(key);
  }

  async fill(target: Locator, text: string, what: string): Promise<void> {
    this.count(`type ${what}`);
    await target.fill(text);
  }

  /** Types into whatever has the focus (a rich-text editor), as one typed field. */
  async type(text: string, what: string): Promise<void> {
    this.count(`type ${what}`);
    await this.page.keyboard.type(text);
  }

  async drag(from: Locator, to: Locator, what: string): Promise<void> {
    this.count(`drag ${what}`);
    await this.clearToasts();
    await from.dragTo(to);
  }

  /** Selects a phrase in the article's text with the mouse: one drag. */
  async selectText(quote: string): Promise<void> {
    this.count(`select “${quote}”`);
    await this.clearToasts();
    await new ExcerptPanel(this.page).selectWithMouse(quote);
  }

  /** A dropdown's value, changed only when it is not already the one wanted (two actions then). */
  async choose(select: Locator, label: string, what: string): Promise<void> {
    if ((await select.inputValue()) === label) return;
    await this.click(select, what);
    await this.click(this.page.getByRole('option', { name: label, exact: true }), `${label}`);
    await expect(select).toHaveValue(label);
  }

  async goTo(screen: string, id: string): Promise<void> {
    await this.click(
      this.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: new RegExp(`^${screen}`) }),
      `${screen} in the sidebar`,
    );
    await expect(this.page.locator(`main[data-screen="${id}"]`)).toBeVisible();
  }

  total(step?: Step): number {
    return this.actions.filter((a) => step === undefined || a.step === step).length;
  }
}

/** Steps 1–8, not this spec's subject: the article, its sources rated, its excerpts graded. */
async function seedSteps1to8(app: RunningApp) {
  const { article } = await invoke(app, 'articles.createFromText', {
    text: seedArticleBytes().toString('utf8'),
    title: TITLE,
    publisher: 'Daily NK',
    published: { value: '2020-03', qualifier: '' },
    language: 'en',
  });
  const dailyNk = (await invoke(app, 'sources.list', { kind: 'publication' })).items.find(
    (s) => s.name === 'Daily NK',
  )!;
  await invoke(app, 'sources.rate', {
    id: dailyNk.id,
    reliability: 'B',
    rationale: 'long record on DPRK border trade',
  });
  const human = async (name: string, reliability: 'B' | 'F') => {
    const source = await invoke(app, 'sources.create', { name, kind: 'human-source', parentId: dailyNk.id });
    await invoke(app, 'sources.rate', { id: source.id, reliability, rationale: 'walkthrough step 4' });
    return source.id;
  };
  const ryanggang = await human('Daily NK source (Ryanggang Province)', 'B');
  const another = await human('another source', 'F');
  const trader = await human('a Chinese trader', 'F');
  const northPyongan = await human('Daily NK sources in North Pyongan Province', 'F');
  const excerpts: [string, string, 1 | 2 | 3 | 4 | 5 | 6, string][] = [
    [
      'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks and Japanese-made electronic appliances through a Hyesan customs office (Ryanggang Province)',
      ryanggang,
      3,
      '2020-03-06',
    ],
    [
      'the Kimbongsokyong Trading Company – a state-run entity affiliated with the Ministry of People’s Armed Forces (MPAF)',
      northPyongan,
      2,
      '2020-02',
    ],
    ['these illicit imports seem directly related to this upgrade', another, 4, '2020-03'],
    ['The trading company transports quartz, magnesia clinker and other rare minerals', dailyNk.id, 3, '2020'],
    ['receiving cash payments (USD and CNY)', dailyNk.id, 4, '2020'],
    ['the trading company is working under the direction of Kim Yo Jong', trader, 3, '2020'],
  ];
  for (const [quote, sourceId, credibility, value] of excerpts)
    await invoke(app, 'excerpts.create', {
      articleId: article.id,
      quote,
      sourceId,
      credibility,
      eventDate: { value, qualifier: '' },
    });
  return { articleId: article.id };
}

// Step 9's entities: those the article's "likely new names" list offers, created from it (the type
// it guessed corrected where wrong, step 10's aliases typed into the same form), then those it does
// not offer, tagged from a selection in the text.
const FROM_CANDIDATES: { name: string; type: string; aliases?: string }[] = [
  { name: 'Kimbongsokyong Trading Company', type: 'Organization' },
  { name: MPAF, type: 'Organization', aliases: 'MPAF' },
  { name: 'Hyesan customs office', type: 'Facility' },
  { name: 'Ryanggang Province', type: 'Location' },
  { name: 'North Pyongan Province', type: 'Location' },
  { name: 'Changbai', type: 'Location' },
  { name: 'Yalu River', type: 'Location' },
  { name: 'Kimjongsuk County', type: 'Location' },
  { name: 'Kim Yo Jong', type: 'Person', aliases: 'Kim Yo-jong, 김여정' },
  { name: 'Kim Jong Un', type: 'Person' },
];
const FROM_SELECTION: { quote: string; name: string; type: string }[] = [
  { quote: 'customs office in Sinuiju', name: 'Sinuiju customs office', type: 'Facility' },
  { quote: 'masks', name: 'masks', type: 'Commodity' },
  { quote: 'magnesia clinker', name: 'magnesia clinker', type: 'Commodity' },
  { quote: 'quartz', name: 'quartz', type: 'Commodity' },
];
const ENTITY_COUNT = FROM_CANDIDATES.length + FROM_SELECTION.length;

test(`steps 9–12 take at most ${BUDGET} actions (${BASELINE} before issue 15) [${PATH} path]`, async ({
  app,
  page,
}) => {
  test.setTimeout(1_200_000);
  const { articleId } = await seedSteps1to8(app);
  const me = new Analyst(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Step 9, in the article, opened from the Library.
  await me.goTo('Library', 'library');
  const libraryRow = page.getByTestId('library-row').filter({ hasText: TITLE });
  await me.open(libraryRow, 'the article');
  await expect(page.getByTestId('article-title')).toHaveText(TITLE);
  const panel = page.getByTestId('mentions-panel');
  const dialog = page.getByRole('dialog');
  for (const { name, type, aliases } of FROM_CANDIDATES) {
    const candidate = panel.locator(`[data-testid="candidate"][data-text="${name}"]`).first();
    await me.click(candidate.getByRole('button', { name: `Create entity ${name}` }), `Create ${name}`);
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
    // The dialog's first focus lands on Name; clicking Type before it would see the dropdown closed.
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await me.choose(dialog.getByLabel('Type', { exact: true }), type, 'Type');
    if (aliases) await me.fill(dialog.getByRole('textbox', { name: 'Aliases' }), aliases, 'the aliases');
    await me.click(dialog.getByRole('button', { name: 'Create entity' }), 'Create entity');
    await expect(dialog).toBeHidden();
    await expect(panel.locator(`[data-testid="tagged-group"][data-entity="${name}"]`)).toBeVisible();
  }
  for (const { quote, name, type } of FROM_SELECTION) {
    await me.selectText(quote);
    await me.click(page.getByTestId('selection-toolbar').getByRole('button', { name: 'Tag entity' }), 'Tag entity');
    const tag = page.getByRole('dialog', { name: `Tag “${quote}”` });
    await expect(tag.getByRole('combobox', { name: 'Existing entity' })).toBeFocused(); // its first focus, as above
    const nameBox = tag.getByRole('textbox', { name: 'Name' });
    if ((await nameBox.inputValue()) !== name) await me.fill(nameBox, name, 'the name');
    await me.choose(tag.getByLabel('Type', { exact: true }), type, 'Type');
    await me.click(tag.getByRole('button', { name: 'Create and tag' }), 'Create and tag');
    await expect(tag).toBeHidden();
    await expect(panel.locator(`[data-testid="tagged-group"][data-entity="${name}"]`)).toBeVisible();
  }
  // Every entity of step 9 exists with its type and is tagged in the article.
  const entities = (await invoke(app, 'entities.list', {})).items;
  const mentions = (await invoke(app, 'mentions.list', { articleId })).items.filter((m) => m.status === 'accepted');
  for (const { name, type } of [...FROM_CANDIDATES, ...FROM_SELECTION]) {
    const entity = entities.find((e) => e.name === name);
    expect(entity, name).toBeDefined();
    expect(entity!.type, name).toBe(type.toLowerCase());
    expect(
      mentions.some((m) => m.entityId === entity!.id),
      `${name} is tagged in the article`,
    ).toBe(true);
  }
  expect(entities).toHaveLength(ENTITY_COUNT);

  // Step 10: the aliases are on their entities (typed above), and the alias occurrence the name
  // does not cover, "(MPAF)", is now offered as a tag for the ministry.
  me.step = 10;
  const byName = (name: string) => entities.find((e) => e.name === name)!;
  expect(
    byName('Kim Yo Jong')
      .aliases.map((a) => a.text)
      .sort(),
  ).toEqual(['Kim Yo-jong', '김여정'].sort());
  expect(byName(MPAF).aliases.map((a) => a.text)).toEqual(['MPAF']);
  const offered = (await invoke(app, 'entities.suggest', { articleId })).suggestions;
  expect(offered.some((s) => s.entityId === byName(MPAF).id && s.text === 'MPAF')).toBe(true);

  // Step 11: Kim Yo Jong's page lists the article and the excerpt that mentions her, with its grade.
  me.step = 11;
  await me.click(
    panel.locator('[data-testid="tagged-group"][data-entity="Kim Yo Jong"]').getByRole('link', { name: 'Kim Yo Jong' }),
    'Kim Yo Jong',
  );
  const detail = page.getByTestId('entity-detail');
  await expect(detail.getByRole('heading', { name: 'Kim Yo Jong', exact: true })).toBeVisible();
  const mentionTab = page.getByRole('tab', { name: /^Mentions/ });
  if (await mentionTab.count()) {
    if ((await mentionTab.getAttribute('aria-selected')) !== 'true') await me.click(mentionTab, 'Mentions tab');
  }
  const seen = page.getByTestId('entity-mentions').getByTestId('entity-mention-article').filter({ hasText: TITLE });
  await expect(seen).toBeVisible();
  await expect(seen.getByTestId('entity-mention').filter({ hasText: 'F3' })).toHaveCount(1);

  // Step 12: the case, its items, its summary.
  me.step = 12;
  await me.goTo('Cases', 'cases');
  await me.fill(page.getByRole('textbox', { name: 'New case title' }), CASE, 'the case title');
  await me.press('Enter', 'create the case');
  await expect(page.getByRole('textbox', { name: 'Case title (edit to rename)' })).toHaveValue(CASE);
  const sidebarCase = page.getByTestId('sidebar-case').filter({ hasText: CASE });

  await me.goTo('Library', 'library');
  await me.drag(libraryRow, sidebarCase, 'the article onto the case');

  await me.goTo('Excerpts', 'excerpts');
  await expect(page.getByTestId('excerpt-row')).toHaveCount(6);
  await me.click(page.getByRole('button', { name: 'Add shown to case', exact: true }), 'Add shown to case');
  await me.click(page.getByTestId('add-to-case-menu').getByRole('menuitem', { name: CASE }), CASE);

  const sources = (await invoke(app, 'sources.list', {})).items;
  await me.goTo('Sources', 'sources');
  if (PATH === 'before') {
    // One drag per source, from the tree.
    for (const s of sources)
      await me.drag(page.locator(`[data-source-name="${s.name}"]`), sidebarCase, `${s.name} onto the case`);
  } else {
    // The table selects many: a row, Ctrl+A, one drag.
    await me.click(
      page.getByRole('radiogroup', { name: 'View' }).locator('label').filter({ hasText: 'Table' }),
      'Table',
    );
    const rows = page.getByTestId('source-row');
    await expect(rows).toHaveCount(sources.length);
    await me.click(rows.first(), 'a source');
    await me.press('ControlOrMeta+A', 'select all');
    await expect(rows.and(page.locator('[aria-selected="true"]'))).toHaveCount(sources.length);
    await me.drag(rows.nth(1), sidebarCase, 'the selected sources onto the case');
  }

  await me.goTo('Entities', 'entities');
  const entityRows = page.locator('[data-entity-name]');
  await expect(entityRows).toHaveCount(ENTITY_COUNT);
  if (PATH === 'before') {
    for (const e of entities)
      await me.drag(page.locator(`[data-entity-name="${e.name}"]`), sidebarCase, `${e.name} onto the case`);
  } else {
    await me.click(entityRows.first(), 'an entity');
    await me.press('ControlOrMeta+A', 'select all');
    await expect(entityRows.and(page.locator('[aria-selected="true"]'))).toHaveCount(ENTITY_COUNT);
    await me.drag(entityRows.nth(1), sidebarCase, 'the selected entities onto the case');
  }

  await me.click(sidebarCase, 'the case in the sidebar');
  await me.click(page.getByRole('textbox', { name: 'Case summary' }), 'the summary');
  await me.type(SUMMARY, 'the summary');
  await expect(page.getByTestId('case-summary').getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

  const kase = (await invoke(app, 'cases.list', {})).items.find((c) => c.title === CASE)!;
  const items = (await invoke(app, 'cases.get', { id: kase.id })).items;
  const ids = new Set(items.map((i) => i.itemId));
  const excerptIds = (await invoke(app, 'excerpts.list', { articleId })).items.map((e) => e.id);
  for (const id of [articleId, ...excerptIds, ...sources.map((s) => s.id), ...entities.map((e) => e.id)])
    expect(ids.has(id), `case holds ${id}`).toBe(true);
  expect(items).toHaveLength(1 + 6 + sources.length + ENTITY_COUNT);
  expect((await invoke(app, 'cases.get', { id: kase.id })).summary.text).toContain(SUMMARY);

  const perStep = ([9, 10, 11, 12] as const).map((s) => `${s}: ${me.total(s)}`).join(', ');
  console.log(`walkthrough steps 9–12, ${PATH} path: ${me.total()} actions (${perStep})`);
  await test.info().attach('actions', { body: me.actions.map((a) => `${a.step} ${a.what}`).join('\n') });
  if (PATH === 'before') expect(me.total()).toBe(BASELINE);
  else {
    expect(BUDGET).toBeLessThan(BASELINE);
    expect(me.total()).toBeLessThanOrEqual(BUDGET);
  }
});
