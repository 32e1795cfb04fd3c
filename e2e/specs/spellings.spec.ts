// Korean names in every spelling, through the UI: an entity known only by its romanised name gets
// its Hangul typed in (the reverse direction), the proposed spellings appear by system, one is
// accepted and one dismissed, the rest accepted at once, and the accepted ones show as generated
// aliases. The suggestion panel then offers the Kim Yo-jong follow-up article to the entity.
import { invoke } from '../api';
import { expect, test } from '../fixtures';
import { EntitiesPage } from '../pages/EntitiesPage';
import { saveScreenshot } from '../screenshot';

test('generated spellings: type the Hangul, accept one, dismiss one, accept the rest', async ({
  app,
  page,
}, testInfo) => {
  const entities = new EntitiesPage(page);
  await entities.open();
  await entities.create('Kim Yo Jong', 'Person');
  const section = page.getByTestId('entity-spellings');

  // The reverse: a romanised name is given its Hangul.
  await expect(section.getByTestId('spellings-empty')).toContainText('Give the name in Hangul');
  const hangul = section.getByRole('textbox', { name: 'Hangul or Chinese name' });
  await hangul.fill('김여정');
  await hangul.press('Enter');
  const rows = section.getByTestId('spelling');
  await expect(rows.filter({ hasText: 'Gim Yeo-jeong' })).toBeVisible();
  await expect(rows.filter({ hasText: 'Kim Yŏ-jŏng' })).toHaveAttribute('data-system', 'mr');
  await expect(rows.filter({ hasText: 'Kim Yo’-cho’ng' })).toHaveAttribute('data-system', 'odni');
  await saveScreenshot(page, testInfo, 'spellings-proposed', { of: page.getByTestId('entity-detail') });

  await section.getByRole('button', { name: 'Accept Kim Yŏ-jŏng' }).click();
  await expect(
    entities.aliases.getByTestId('alias').filter({ hasText: 'Kim Yŏ-jŏng' }).getByTestId('alias-generated'),
  ).toHaveText('mr · generated');
  await section.getByRole('button', { name: 'Dismiss Gim Yeojeong' }).click();
  await expect(rows.filter({ hasText: 'Gim Yeojeong' })).toHaveCount(0);

  const left = await rows.count();
  await section.getByRole('button', { name: `Accept all (${left})` }).click();
  await expect(section.getByTestId('spellings-empty')).toContainText(
    'Every proposed spelling has been accepted or dismissed',
  );
  await expect(entities.aliases.getByTestId('alias-generated')).toHaveCount(left + 1);
  await expect(entities.aliases.getByTestId('alias').filter({ hasText: 'Gim Yeojeong' })).toHaveCount(0);
  await saveScreenshot(page, testInfo, 'spellings-accepted', { of: page.getByTestId('entity-detail') });

  // A follow-up written in McCune–Reischauer is suggested for the entity.
  const { article } = await invoke(app, 'articles.createFromText', {
    text: 'An archive note spells her name Kim Yŏ-jŏng.',
    title: 'MR follow-up',
  });
  const { suggestions } = await invoke(app, 'entities.suggest', { articleId: article.id });
  expect(suggestions.map((s) => [s.name, s.text])).toEqual([['Kim Yo Jong', 'Kim Yŏ-jŏng']]);
});
