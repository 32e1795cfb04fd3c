// The link chart and the library timeline on the seed case (issue 20): the Kimbongsokyong Trading
// Company linked to the MPAF by an "affiliated with" edge backed by its B3 excerpt; clicking the
// edge shows the excerpt, and its link lands on the highlight. The keyboard reaches the same
// entities, a list says it for screen readers, and both views are pictured in both themes.
import type { Page } from '@playwright/test';
import { invoke, seedRatedArticle } from '../api';
import { expect, test, type RunningApp } from '../fixtures';
import { ArticlePage } from '../pages/ArticlePage';
import { CasesPage } from '../pages/CasesPage';
import { EntitiesPage } from '../pages/EntitiesPage';
import { ExcerptPanel } from '../pages/ExcerptPanel';
import { saveScreenshotsInBothThemes } from '../screenshot';

const SEED_TITLE = 'Kimbongsokyong Trading Company smuggles masks through Hyesan';
const AFFILIATION = 'a state-run entity affiliated with the Ministry of People’s Armed Forces (MPAF)';
const COMPANY = 'Kimbongsokyong Trading Company';
const MPAF = 'Ministry of People’s Armed Forces (MPAF)';

async function seedCase(app: RunningApp) {
  const { article, dailyNk } = await seedRatedArticle(app, { title: SEED_TITLE });
  const excerpt = await invoke(app, 'excerpts.create', {
    articleId: article.id,
    quote: AFFILIATION,
    sourceId: dailyNk.id,
    credibility: 3,
    eventDate: { value: '2020-02', qualifier: 'early' },
  });
  await invoke(app, 'excerpts.create', {
    articleId: article.id,
    quote: 'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks',
    sourceId: dailyNk.id,
    credibility: 2,
    eventDate: { value: '2020-03-06', qualifier: '' },
  });
  const company = await invoke(app, 'entities.create', { name: COMPANY, type: 'organization' });
  const mpaf = await invoke(app, 'entities.create', { name: MPAF, type: 'organization', aliases: ['MPAF'] });
  const kim = await invoke(app, 'entities.create', { name: 'Kim Yo Jong', type: 'person', aliases: ['김여정'] });
  const hyesan = await invoke(app, 'entities.create', { name: 'Hyesan customs office', type: 'facility' });
  for (const e of [company, mpaf, kim, hyesan])
    await invoke(app, 'mentions.acceptAll', { entityId: e.id, articleId: article.id });
  const relationship = await invoke(app, 'relationships.create', {
    fromEntityId: company.id,
    toEntityId: mpaf.id,
    type: 'affiliated-with',
    excerptIds: [excerpt.id],
  });
  const c = await invoke(app, 'cases.create', { title: 'Kimbongsokyong Trading Company — border smuggling' });
  await invoke(app, 'cases.addItems', { id: c.id, itemIds: [article.id, company.id, mpaf.id] });
  return {
    articleId: article.id,
    excerptId: excerpt.id,
    relationshipId: relationship.id,
    caseId: c.id,
    caseTitle: c.title,
    companyId: company.id,
  };
}

/** Where an edge of the chart is drawn on the page (cytoscape draws on a canvas): its ends and labels. */
async function renderedEdge(page: Page, id: string) {
  const canvas = page.getByTestId('link-chart-canvas');
  await expect
    .poll(() =>
      canvas.evaluate((el, edgeId) => {
        const cy = (el as unknown as { _cyreg?: { cy?: { getElementById(id: string): { length: number } } } })._cyreg
          ?.cy;
        return cy?.getElementById(edgeId).length ?? 0;
      }, id),
    )
    .toBe(1);
  const box = (await canvas.boundingBox())!;
  const at = await canvas.evaluate((el, edgeId) => {
    type End = { renderedPosition(): { x: number; y: number }; data(k: string): string };
    type Edge = { data(k: string): string; source(): End; target(): End };
    const cy = (el as unknown as { _cyreg: { cy: { getElementById(id: string): Edge } } })._cyreg.cy;
    const edge = cy.getElementById(edgeId);
    return {
      a: edge.source().renderedPosition(),
      b: edge.target().renderedPosition(),
      label: edge.data('label'),
      from: edge.source().data('label'),
      to: edge.target().data('label'),
    };
  }, id);
  return { ...at, a: { x: box.x + at.a.x, y: box.y + at.a.y }, b: { x: box.x + at.b.x, y: box.y + at.b.y } };
}

/**
 * Clicks an edge where it is drawn. Another edge (a co-mention) may cross it, and the chart may lay
 * out again while its data settles, so it tries points along the edge until the edge's own evidence
 * opens.
 */
async function clickEdge(page: Page, id: string): ReturnType<typeof renderedEdge> {
  let edge: Awaited<ReturnType<typeof renderedEdge>> | undefined;
  let attempt = 0;
  await expect(async () => {
    await expect(page.getByTestId('link-chart-canvas')).toHaveAttribute('data-layout', 'done');
    edge = await renderedEdge(page, id);
    const t = [0.5, 0.4, 0.6, 0.3, 0.7][attempt++ % 5]!;
    await page.mouse.click(edge.a.x + (edge.b.x - edge.a.x) * t, edge.a.y + (edge.b.y - edge.a.y) * t);
    await expect(page.getByTestId('edge-evidence')).toContainText(`${edge.from} — ${edge.label} — ${edge.to}`, {
      timeout: 3_000,
    });
  }).toPass({ timeout: 60_000 });
  return edge!;
}

/** The chart's canvas is seen whole: on a case or entity page its tab strip scrolls to the top. */
async function expectChartInView(page: Page, scope = page.getByTestId('link-chart-canvas')): Promise<void> {
  await expect
    .poll(async () => {
      const box = await scope.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= page.viewportSize()!.height;
    })
    .toBe(true);
}

async function openCaseChart(page: Page, caseTitle: string): Promise<void> {
  await page.keyboard.press('Alt+7');
  await expect(page.getByTestId('chart-screen')).toBeVisible();
  await page.getByRole('combobox', { name: 'Chart of' }).click();
  await page.getByRole('option', { name: caseTitle }).click();
  await expect(page.getByTestId('chart-counts')).toContainText('1 relationship(s) · 5 co-mention(s)');
}

test('the seed case’s chart: the affiliation edge, its B3 excerpt, and the highlight it opens', async ({
  app,
  page,
}) => {
  test.slow(); // the chart's code is loaded on first use
  const seed = await seedCase(app);
  await openCaseChart(page, seed.caseTitle);
  await expect(page.getByTestId('chart-counts')).toContainText('4 entities');
  await expectChartInView(page);

  const edge = await clickEdge(page, seed.relationshipId);
  expect(edge).toMatchObject({ label: 'affiliated with · B3', from: COMPANY, to: MPAF });
  const evidence = page.getByTestId('edge-evidence');
  await expect(evidence).toContainText(`${COMPANY} — affiliated with · B3 — ${MPAF}`);
  const item = evidence.getByTestId('edge-evidence-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('B3');
  await item.getByRole('link', { name: `“${AFFILIATION}”` }).click();
  await expect(page).toHaveURL(new RegExp(`#/article/${seed.articleId}\\?excerpt=${seed.excerptId}$`));
  await new ArticlePage(page).waitFor(SEED_TITLE);
  await expect(new ExcerptPanel(page).highlight(seed.excerptId).first()).toBeVisible();
  await expect(page.getByTestId('excerpt-detail')).toHaveAttribute('data-excerpt-id', seed.excerptId);
});

test('the chart from the keyboard and as a list', async ({ app, page }) => {
  test.slow(); // the chart's code is loaded on first use
  const seed = await seedCase(app);
  await openCaseChart(page, seed.caseTitle);
  const announcer = page.getByTestId('chart-announcer');
  await page.getByTestId('link-chart-canvas').focus();
  // Entities come most-mentioned first: the company is named most often in the seed article.
  await page.keyboard.press('ArrowDown');
  await expect(announcer).toHaveText(new RegExp(`^${COMPANY}, Organization, \\d+ links\\.$`));
  await expect(page.getByTestId('chart-node')).toContainText(COMPANY);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(announcer).toContainText(`of ${COMPANY}: `);
  // Walk the company's neighbours until the MPAF, then open it.
  for (let i = 0; i < 4 && !(await announcer.textContent())?.includes(`: ${MPAF}`); i++)
    await page.keyboard.press('ArrowRight');
  await expect(announcer).toContainText(`: ${MPAF}, Organization`);
  await page.keyboard.press('Enter');
  await expect(page.locator('main[data-screen="entities"]')).toBeVisible();
  await new EntitiesPage(page).waitFor(MPAF);

  // The list alternative says the same and opens the same evidence.
  await page.goBack();
  await openCaseChart(page, seed.caseTitle);
  await page.getByTestId('link-chart').getByText('List', { exact: true }).click();
  const list = page.getByTestId('chart-list');
  await expect(
    list.getByTestId('chart-list-entity').filter({ has: page.getByRole('link', { name: COMPANY, exact: true }) }),
  ).toContainText('affiliated with · B3');
  await list
    .getByRole('button', { name: `${MPAF}: affiliated with · B3. Show the evidence` })
    .first()
    .click();
  await expect(page.getByTestId('edge-evidence')).toContainText(AFFILIATION);
});

test(`the Chart tab of the case and entity pages, kept by reload and Back`, async ({ app, page }, testInfo) => {
  test.slow(); // the chart's code is loaded on first use
  const seed = await seedCase(app);
  const cases = new CasesPage(page);
  await page.evaluate((id) => (window.location.hash = `#/cases/${id}`), seed.caseId);
  await expect(cases.casePage).toBeVisible();
  await expect(cases.tabs.getByRole('tab', { name: /^Items/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('link-chart')).toHaveCount(0); // loaded only when its tab is shown
  await cases.showTab('Chart');
  await expect(page).toHaveURL(new RegExp(`#/cases/${seed.caseId}\\?tab=chart$`));
  await expect(page.getByTestId('chart-counts')).toContainText('1 relationship(s)');
  await expectChartInView(page);
  await saveScreenshotsInBothThemes(page, testInfo, 'case-tabs', { of: cases.tabs });
  await page.reload();
  await expect(cases.tabs.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
  await expectChartInView(page);
  // An edge's evidence opens the article; Back comes back to the case's Chart tab.
  await clickEdge(page, seed.relationshipId);
  await page
    .getByTestId('edge-evidence-item')
    .getByRole('link', { name: `“${AFFILIATION}”` })
    .click();
  await new ArticlePage(page).waitFor(SEED_TITLE);
  await page.goBack();
  await expect(cases.tabs.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('chart-counts')).toContainText('1 relationship(s)');

  // The entity page's tabs, from the keyboard: arrows move between tabs and show them.
  const entities = new EntitiesPage(page);
  await page.evaluate((id) => (window.location.hash = `#/entities/${id}`), seed.companyId);
  await entities.waitFor(COMPANY);
  await entities.tabs.getByRole('tab', { name: 'Overview' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(entities.tabs.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(new RegExp(`#/entities/${seed.companyId}\\?tab=chart$`));
  await expect(page.getByTestId('entity-chart').getByTestId('chart-counts')).toContainText('relationship(s)');
  await expectChartInView(page);
  await saveScreenshotsInBothThemes(page, testInfo, 'entity-tabs', { of: entities.tabs });
  await saveScreenshotsInBothThemes(page, testInfo, 'entity-chart-tab');

  // Beside the entity list the toolbar keeps to two rows: its filters fold into one popover,
  // reached from the keyboard, whose button counts the filters that narrow the chart.
  const chart = page.getByTestId('entity-chart');
  const filters = chart.getByTestId('chart-filters');
  const rowHeight = (await filters.boundingBox())!.height;
  expect((await chart.getByTestId('chart-toolbar').boundingBox())!.height).toBeLessThan(rowHeight * 2.5);
  await filters.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('chart-filters-panel');
  await expect(panel.getByRole('combobox', { name: 'Source reliability' })).toBeFocused();
  await panel.getByRole('switch', { name: 'Co-mentions' }).press('Space');
  await expect(filters).toHaveAccessibleName('Filters, 1 active');
  await expect(chart.getByTestId('chart-counts')).toContainText('0 co-mention(s)');
  await saveScreenshotsInBothThemes(page, testInfo, 'entity-chart-filters');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(filters).toBeFocused();
  await page.keyboard.press('Enter');
  await panel.getByRole('button', { name: 'Clear filters' }).click();
  await expect(filters).toHaveAccessibleName('Filters');
  await expect(chart.getByTestId('chart-counts')).toContainText('2 co-mention(s)');
});

test(`the chart and the timeline, pictured in both themes`, async ({ app, page }, testInfo) => {
  test.slow(); // the chart's code is loaded on first use
  const seed = await seedCase(app);
  await openCaseChart(page, seed.caseTitle);
  await clickEdge(page, seed.relationshipId);
  await expect(page.getByTestId('edge-evidence-item')).toContainText('B3');
  await page.mouse.move(640, 5);
  await saveScreenshotsInBothThemes(page, testInfo, 'link-chart');

  await page.keyboard.press('Alt+8');
  const list = page.getByTestId('timeline-list-item');
  await expect(list).toHaveCount(3); // two dated excerpts, one dated article
  await expect(list.first()).toContainText('early February 2020');
  await expect(page.getByTestId('library-timeline').locator('[data-lane="event"] [data-mark]')).toHaveCount(2);
  await saveScreenshotsInBothThemes(page, testInfo, 'library-timeline');
});
