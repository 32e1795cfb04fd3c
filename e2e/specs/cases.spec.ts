// Walkthrough steps 12–14 (../shared/scenarios/seed-walkthrough.md) through the UI: collect the
// seed article, its excerpts, sources and an entity into a case from their own screens (a menu,
// the Shift+C shortcut, drag and drop), write the summary, read the timeline, export the case file
// and the exports for other tools, then import the file on a teammate's fresh library (a second
// browser host), import it again (nothing new), and resolve a conflicting edit.
import type { Page, TestInfo } from '@playwright/test';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { invoke, seedRatedArticle } from '../api';
import { seedArticleBytes } from '../corpus';
import { expect, openTeammateHost, test, type RunningApp } from '../fixtures';
import { AppFrame } from '../pages/AppFrame';
import { CasesPage } from '../pages/CasesPage';
import { LibraryPage } from '../pages/LibraryPage';
import { SourcesPage } from '../pages/SourcesPage';
import { saveScreenshot } from '../screenshot';

const shoot = (page: Page, testInfo: TestInfo, name: string) =>
  saveScreenshot(page, testInfo, `cases-${name}`, { folder: '.' });

const CASE = 'Kimbongsokyong Trading Company — border smuggling';
const TITLE = 'Kimbongsokyong Trading Company smuggles masks and appliances through Hyesan';
const RYANGGANG = 'Daily NK source (Ryanggang Province)';
const COMPANY = 'Kimbongsokyong Trading Company';
const SUMMARY = 'A state-run trading company smuggling masks and appliances through Hyesan and Sinuiju.';

/** The article, its sources (one re-rated) and excerpts and an entity: steps 1–11, not this spec's subject. */
async function seedContent(app: RunningApp) {
  const { article, dailyNk } = await seedRatedArticle(app, { title: TITLE });
  const ryanggang = await invoke(app, 'sources.create', {
    name: RYANGGANG,
    kind: 'human-source',
    parentId: dailyNk.id,
  });
  await invoke(app, 'sources.rate', { id: ryanggang.id, reliability: 'C', rationale: 'first report from this source' });
  await invoke(app, 'sources.rate', { id: ryanggang.id, reliability: 'B', rationale: 'confirmed by a second report' });
  const excerpt = (quote: string, sourceId: string, credibility: 1 | 2 | 3 | 4, value: string, qualifier = '') =>
    invoke(app, 'excerpts.create', {
      articleId: article.id,
      quote,
      sourceId,
      credibility,
      eventDate: { value, qualifier },
    });
  await excerpt(
    'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks and Japanese-made electronic appliances through a Hyesan customs office (Ryanggang Province)',
    ryanggang.id,
    3,
    '2020-03-06',
  );
  await excerpt(
    'smuggled South Korean masks through a customs office in Sinuiju in early February',
    dailyNk.id,
    2,
    '2020-02',
    'early',
  );
  await excerpt('these illicit imports seem directly related to this upgrade', dailyNk.id, 4, '2020-03');
  await invoke(app, 'entities.create', { name: COMPANY, type: 'organization' });
  await invoke(app, 'entities.create', { name: 'Kim Yo Jong', type: 'person', aliases: ['Kim Yo-jong', '김여정'] });
  return { article, ryanggang };
}

test('collect a case, export it, and merge it into a teammate’s library', async ({
  app,
  page,
  browser,
  workDir,
  offOriginRequests,
  pageErrors,
}, testInfo) => {
  test.skip(
    app.kind !== 'web',
    'exports by download into a second browser host; the desktop app saves through its native dialog',
  );
  test.slow();
  const { ryanggang } = await seedContent(app);
  const frame = new AppFrame(page);
  const cases = new CasesPage(page);
  const library = new LibraryPage(page);
  const sources = new SourcesPage(page);
  await page.reload();
  await expect(frame.main).toBeVisible();

  // Step 12: the case, and its items added from the screens where they live.
  await frame.goTo('Cases');
  await cases.create(CASE);

  await frame.goTo('Library');
  await library.row(TITLE).click();
  await page.keyboard.press('Shift+C'); // the shortcut, on the selected row
  await cases.chooseInDialog(CASE);

  await frame.goTo('Excerpts');
  await expect(page.getByTestId('excerpt-row')).toHaveCount(3);
  await cases.chooseInMenu('Add shown to case', CASE); // the menu

  await frame.goTo('Sources');
  await sources.node(RYANGGANG).dragTo(page.getByTestId('sidebar-case').filter({ hasText: CASE })); // drag and drop
  await sources.select('Daily NK');
  await cases.chooseInMenu('Add to case', CASE);

  await frame.goTo('Search');
  await page.getByRole('textbox', { name: 'Search' }).fill(COMPANY);
  await page.getByRole('button', { name: `Add ${COMPANY} to a case`, exact: true }).click();
  await cases.chooseInDialog(CASE);

  await page.getByTestId('sidebar-case').filter({ hasText: CASE }).click();
  for (const group of ['Articles (1)', 'Excerpts (3)', 'Sources (2)', 'Entities (1)'])
    await expect(cases.itemGroup(group)).toBeVisible();

  await cases.summary.click();
  await page.keyboard.type(SUMMARY);
  await expect(page.getByTestId('case-summary').getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

  // The timeline tab: partial dates as spans, the day as a point, publication dates in their own lane.
  await cases.showTab('Timeline');
  await expect(page).toHaveURL(/\?tab=timeline$/);
  await expect(cases.timeline.getByTestId('timeline-event')).toHaveCount(3);
  await expect(cases.timeline.locator('[data-testid="timeline-event"][data-span="point"]')).toHaveCount(1);
  await expect(cases.timeline.getByTestId('timeline-event').filter({ hasText: 'early February 2020' })).toHaveAttribute(
    'data-span',
    'range',
  );
  await expect(cases.timeline.getByTestId('timeline-published')).toContainText('March 2020');
  await page.setViewportSize({ width: 1280, height: 1100 });
  for (const theme of ['light', 'dark'] as const) {
    await frame.setTheme(theme);
    await shoot(page, testInfo, `${theme}-case-page`);
    await saveScreenshot(page, testInfo, `cases-${theme}-case-tabs`, { folder: '.', of: cases.tabs });
  }
  await frame.setTheme('light');

  // Step 13: the case file.
  const caseFile = path.join(workDir, 'case.casefile.zip');
  const exported = await cases.exportCaseFile();
  expect(exported.suggestedFilename()).toBe(`${CASE}.casefile.zip`);
  await exported.saveAs(caseFile);

  // Step 14: exports for people and other tools.
  const saved = async (item: string) => {
    const download = await cases.exportFromMenu(item);
    const file = path.join(workDir, download.suggestedFilename());
    await download.saveAs(file);
    return fs.readFileSync(file, 'utf8');
  };
  const stix = JSON.parse(await saved('STIX 2.1 bundle (.json)')) as {
    type: string;
    objects: { type: string; name?: string }[];
  };
  expect(stix.type).toBe('bundle');
  expect(stix.objects.find((o) => o.type === 'report')?.name).toBe(CASE);
  expect(await saved('Excerpts (CSV)')).toMatch(/^\uFEFFid,article,quote,source,grade/);
  expect(await saved('Entities (CSV)')).toMatch(/^\uFEFFid,type,name,aliases/);
  expect(await saved('Report (HTML), grouped by date')).toContain(SUMMARY);
  expect(JSON.parse(await saved('W3C Web Annotations (.jsonld)'))).toHaveLength(3);
  expect((await saved('Report (PDF)')).startsWith('%PDF-')).toBe(true); // a job, printed by Chromium

  // The teammate imports the file into an empty library.
  const teammate = await openTeammateHost(browser, workDir, { offOriginRequests, pageErrors });
  try {
    const theirFrame = new AppFrame(teammate.page);
    const theirCases = new CasesPage(teammate.page);
    await theirFrame.goTo('Cases');
    await theirCases.importFile(caseFile);
    await expect(theirCases.importSummary.getByTestId('import-created')).toContainText('1 article');
    await expect(theirCases.importSummary.getByTestId('import-created')).toContainText('3 excerpts');
    await shoot(teammate.page, testInfo, 'light-import-summary');
    await theirCases.importSummary.getByRole('button', { name: 'Open the case' }).click();
    await expect(theirCases.title).toHaveValue(CASE);
    await expect(theirCases.casePage).toContainText(SUMMARY);

    // The same article (same bytes), excerpts at the same positions, the same rating histories.
    const mine = (await invoke(app, 'articles.list', {})).items[0]!;
    const theirs = (await invoke(teammate.app, 'articles.list', {})).items;
    expect(theirs.map((a) => a.originalSha256)).toEqual([
      createHash('sha256').update(seedArticleBytes()).digest('hex'),
    ]);
    expect(theirs[0]!.id).toBe(mine.id);
    const anchors = async (host: RunningApp) =>
      (await invoke(host, 'excerpts.list', {})).items
        .map((e) => [e.id, e.start, e.end, e.exact, e.grade, e.eventDate])
        .sort();
    expect(await anchors(teammate.app)).toEqual(await anchors(app));
    const history = async (host: RunningApp) =>
      (await invoke(host, 'sources.list', {})).items
        .map((s) => [s.name, s.ratings.map((r) => [r.id, r.reliability, r.rationale, r.analyst, r.ratedAt])])
        .sort();
    expect(await history(teammate.app)).toEqual(await history(app));
    expect((await invoke(teammate.app, 'entities.list', {})).items.map((e) => e.name)).toEqual([COMPANY]);

    // Importing the same file again (dropped on the Cases screen this time) changes nothing.
    const snapshot = async () =>
      JSON.stringify([
        await invoke(teammate.app, 'cases.list', {}),
        await invoke(teammate.app, 'excerpts.list', {}),
        await invoke(teammate.app, 'sources.list', {}),
      ]);
    const before = await snapshot();
    await theirFrame.goTo('Cases');
    await theirCases.dropFile(caseFile);
    await expect(theirCases.importSummary.getByTestId('import-nothing-new')).toBeVisible();
    await theirCases.importSummary.getByRole('button', { name: 'Close' }).click();
    expect(await snapshot()).toBe(before);

    // Both rename the case and the lead re-rates a source: the re-rating joins the teammate's
    // history, and the two titles become a conflict the teammate resolves.
    const caseId = (await invoke(app, 'cases.list', {})).items[0]!.id;
    await invoke(app, 'cases.update', { id: caseId, title: `${CASE} (lead’s title)` });
    await invoke(teammate.app, 'cases.update', { id: caseId, title: `${CASE} (teammate’s title)` });
    await invoke(app, 'sources.rate', {
      id: ryanggang.id,
      reliability: 'A',
      rationale: 'confirmed by satellite imagery',
    });
    await expect(cases.title).toHaveValue(`${CASE} (lead’s title)`);
    const secondFile = path.join(workDir, 'case-2.casefile.zip');
    await (await cases.exportCaseFile()).saveAs(secondFile);

    await theirCases.importFile(secondFile);
    await expect(theirCases.importSummary.getByTestId('import-conflicts')).toContainText('1 conflict(s) to resolve');
    await shoot(teammate.page, testInfo, 'light-import-conflicts');
    const rated = (await invoke(teammate.app, 'sources.list', {})).items.find((s) => s.id === ryanggang.id)!;
    expect(rated.ratings.map((r) => r.reliability)).toEqual(['A', 'B', 'C']);
    await theirCases.importSummary.getByRole('button', { name: 'Resolve conflicts' }).click();
    await expect(theirCases.conflicts).toHaveCount(1);
    const field = theirCases.conflicts.getByTestId('conflict-field');
    await expect(field).toHaveCount(1);
    await expect(field).toContainText('Title');
    await expect(field).toContainText('(teammate’s title)');
    await expect(field).toContainText('(lead’s title)');
    for (const theme of ['light', 'dark'] as const) {
      await new AppFrame(teammate.page).setTheme(theme);
      await shoot(teammate.page, testInfo, `${theme}-conflicts`);
    }
    await theirCases.conflicts.getByRole('button', { name: 'Take theirs' }).click();
    await expect(theirCases.conflicts).toHaveCount(0);
    expect((await invoke(teammate.app, 'cases.get', { id: caseId })).title).toBe(`${CASE} (lead’s title)`);
  } finally {
    await teammate.close();
  }
});
