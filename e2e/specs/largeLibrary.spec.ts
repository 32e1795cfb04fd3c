// A library of 100,000 articles opens, and the Library scrolls to its last row.
import { seedTitle } from '../../bench/seedLibrary';
import { LibraryPage } from '../pages/LibraryPage';
import { expect, test } from '../fixtures';

const COUNT = 100_000;
test.use({ seedArticles: COUNT });

test('a library of 100,000 articles opens and scrolls to the end', async ({ page }, testInfo) => {
  const library = new LibraryPage(page);
  await expect(library.count).toHaveText('100,000 articles');
  // Newest first: the last seeded article leads, the first one closes the list.
  await expect(library.rowAt(0)).toContainText(seedTitle(COUNT));
  // Only the rows in view exist in the DOM.
  expect(await library.rows.count()).toBeLessThan(120);

  await library.scrollToEnd();
  const last = library.rowAt(COUNT - 1);
  await expect(last).toContainText(seedTitle(1));
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await testInfo.attach('library-100k-end', { body: await page.screenshot(), contentType: 'image/png' });

  // Sorting by title reverses it; filtering narrows it to one.
  await page.getByRole('columnheader', { name: 'Title' }).click();
  await expect(library.rowAt(0)).toContainText(seedTitle(1));
  await library.filter(seedTitle(54_321));
  await expect(library.count).toHaveText('1 article');
  await expect(library.rowAt(0)).toContainText(seedTitle(54_321));
});
