import { expect, type Locator, type Page } from '@playwright/test';

export class ArticlePage {
  readonly root: Locator;
  readonly title: Locator;
  readonly text: Locator;
  readonly originalSha256: Locator;
  readonly textSha256: Locator;
  readonly details: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('article-page');
    this.title = page.getByTestId('article-title');
    this.text = page.getByTestId('article-text');
    this.originalSha256 = page.getByTestId('original-sha256');
    this.textSha256 = page.getByTestId('text-sha256');
    this.details = page.getByTestId('article-details');
  }

  /** The Text | Original switch above the reading pane. */
  async show(view: 'Text' | 'Original'): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: /text or its original/ })
      .getByText(view, { exact: true })
      .click();
  }

  get originalFrame(): Locator {
    return this.page.getByTestId('original-frame');
  }

  async waitFor(title: string): Promise<void> {
    await expect(this.title).toHaveText(title);
  }
}
