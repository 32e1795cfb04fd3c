import type { Locator, Page } from '@playwright/test';

export class ExcerptsPage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly routeFilters: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('main[data-screen="excerpts"]');
    this.rows = page.getByTestId('excerpt-row');
    this.count = page.getByTestId('excerpts-count');
    this.routeFilters = page.getByTestId('route-filter');
  }

  removeFilter(label: string): Promise<void> {
    return this.page.getByRole('button', { name: `Remove filter ${label}` }).click();
  }
}
