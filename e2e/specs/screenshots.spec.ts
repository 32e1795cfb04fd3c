// A screenshot of every main screen in both themes, kept as test artifacts (attached to the report
// and written to e2e/artifacts/screens/) for people to look at. Korean and Arabic articles are
// captured through the UI to show that CJK and right-to-left text render.
import type { Page, TestInfo } from '@playwright/test';
import { invoke, seedRatedArticle } from '../api';
import { ARABIC_ARTICLE, KOREAN_ARTICLE } from '../corpus';
import { AppFrame, type ScreenName } from '../pages/AppFrame';
import { ArticlePage } from '../pages/ArticlePage';
import { NewArticlePage } from '../pages/NewArticlePage';
import { expect, test, type RunningApp } from '../fixtures';
import { saveScreenshotsInBothThemes } from '../screenshot';

const shoot = (page: Page, testInfo: TestInfo, name: string) => saveScreenshotsInBothThemes(page, testInfo, name);

/** Content for the screens that are not about capture, through the contract. */
async function seedContent(app: RunningApp): Promise<void> {
  const { article, dailyNk } = await seedRatedArticle(app, {
    title: 'Kimbongsokyong Trading Company smuggles masks through Hyesan',
    translator: 'Violet Kim',
  });
  const ryanggang = await invoke(app, 'sources.create', {
    name: 'Daily NK source (Ryanggang Province)',
    kind: 'human-source',
    parentId: dailyNk.id,
  });
  await invoke(app, 'sources.rate', { id: ryanggang.id, reliability: 'C', rationale: 'first report from this source' });
  const excerpt = await invoke(app, 'excerpts.create', {
    articleId: article.id,
    quote:
      'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks and Japanese-made electronic appliances through a Hyesan customs office (Ryanggang Province)',
    sourceId: ryanggang.id,
    credibility: 3,
    eventDate: { value: '2020-03-06', qualifier: '' },
  });
  const company = await invoke(app, 'entities.create', {
    name: 'Kimbongsokyong Trading Company',
    type: 'organization',
  });
  await invoke(app, 'entities.create', { name: 'Kim Yo Jong', type: 'person', aliases: ['Kim Yo-jong', '김여정'] });
  const kase = await invoke(app, 'cases.create', { title: 'Kimbongsokyong Trading Company — border smuggling' });
  await invoke(app, 'cases.addItems', { id: kase.id, itemIds: [article.id, excerpt.id, company.id, dailyNk.id] });
}

test('every main screen, in both themes', async ({ app, page }, testInfo) => {
  test.slow();
  const frame = new AppFrame(page);
  await seedContent(app);

  const capture = new NewArticlePage(page);
  const article = new ArticlePage(page);
  await capture.open();
  await shoot(page, testInfo, 'new-article-empty');
  for (const sample of [ARABIC_ARTICLE, KOREAN_ARTICLE]) {
    await capture.open();
    await capture.fill({ text: sample.text, title: sample.title, language: sample.language, publisher: 'Daily NK' });
    await capture.save();
    await article.waitFor(sample.title);
    await expect(article.text).toHaveAttribute('lang', sample.language);
    await frame.dismissToasts();
    await page.mouse.move(400, 300);
    await shoot(page, testInfo, `article-${sample.language}`);
  }

  const screens: ScreenName[] = ['Library', 'Excerpts', 'Sources', 'Entities', 'Cases', 'Search', 'Settings'];
  for (const screen of screens) {
    await frame.goTo(screen);
    await shoot(page, testInfo, screen.toLowerCase());
  }
  await frame.goTo('Library');
  await frame.openPalette();
  await shoot(page, testInfo, 'command-palette');
});
