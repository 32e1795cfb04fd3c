import type { Locator, Page } from '@playwright/test';

export class LibraryPage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly scroller: Locator;
  readonly count: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('library-page');
    this.rows = page.getByTestId('library-row');
    this.scroller = page.getByTestId('library-scroll');
    this.count = page.getByTestId('library-count');
    this.empty = page.getByTestId('library-empty');
  }

  row(title: string): Locator {
    return this.rows.filter({ hasText: title });
  }

  /** The row at a 0-based position in the whole result (rendered only when scrolled into view). */
  rowAt(index: number): Locator {
    return this.page.locator(`[data-testid="library-row"][aria-rowindex="${index + 2}"]`);
  }

  async open(title: string): Promise<void> {
    await this.row(title).dblclick();
  }

  async filter(text: string): Promise<void> {
    await this.root.getByRole('textbox', { name: 'Filter by title or publisher' }).fill(text);
  }

  /** Keyboard to the last row, the way an analyst would (End in the table). */
  async scrollToEnd(): Promise<void> {
    await this.rows.first().click();
    await this.scroller.press('End');
  }
}
