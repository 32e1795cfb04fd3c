// A link from one entity to another (issue 15 item 8: one way to do each thing) keeps the tab it is
// on: a co-mentioned entity opens on Mentions, a related one on Relationships, not on Overview.
import { invoke, seedRatedArticle } from '../api';
import { expect as baseExpect, test } from '../fixtures';

const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 180_000 });

test('entity links keep the current tab', async ({ app, page }) => {
  const { article } = await seedRatedArticle(app, { title: 'Masks via Hyesan' });
  const company = await invoke(app, 'entities.create', {
    name: 'Kimbongsokyong Trading Company',
    type: 'organization',
  });
  const office = await invoke(app, 'entities.create', { name: 'Hyesan customs office', type: 'facility' });
  await invoke(app, 'mentions.create', { entityId: company.id, articleId: article.id });
  await invoke(app, 'mentions.create', { entityId: office.id, articleId: article.id });
  await invoke(app, 'relationships.create', {
    fromEntityId: company.id,
    toEntityId: office.id,
    type: 'located-in',
  });
  await page.reload();
  const tabs = page.getByTestId('entity-tabs');

  await page.evaluate((id) => (window.location.hash = `#/entities/${id}?tab=mentions`), company.id);
  await expect(tabs.getByRole('tab', { name: /^Mentions/ })).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('co-mentioned').getByRole('link', { name: 'Hyesan customs office' }).click();
  await expect(page.getByTestId('entity-detail').getByRole('heading', { name: 'Hyesan customs office' })).toBeVisible();
  await expect(tabs.getByRole('tab', { name: /^Mentions/ })).toHaveAttribute('aria-selected', 'true');
  expect(page.url()).toContain(`#/entities/${office.id}?tab=mentions`);

  await tabs.getByRole('tab', { name: /^Relationships/ }).click();
  await page.getByTestId('entity-relationships').getByRole('link', { name: 'Kimbongsokyong Trading Company' }).click();
  await expect(
    page.getByTestId('entity-detail').getByRole('heading', { name: 'Kimbongsokyong Trading Company' }),
  ).toBeVisible();
  await expect(tabs.getByRole('tab', { name: /^Relationships/ })).toHaveAttribute('aria-selected', 'true');
  expect(page.url()).toContain(`#/entities/${company.id}?tab=relationships`);
});
