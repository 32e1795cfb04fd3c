import { expect, type Locator, type Page } from '@playwright/test';

export interface ArticleFields {
  text: string;
  title?: string;
  publisher?: string;
  published?: string;
  language?: string;
  translator?: string;
  url?: string;
}

export class NewArticlePage {
  readonly root: Locator;
  readonly duplicateNotice: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('new-article');
    this.duplicateNotice = page.getByTestId('duplicate-notice');
  }

  async open(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/new-article'));
    await expect(this.root).toBeVisible();
  }

  async fill(fields: ArticleFields): Promise<void> {
    await this.root.getByRole('textbox', { name: 'Text', exact: true }).fill(fields.text);
    const set = async (label: string, value: string | undefined) => {
      if (value !== undefined) await this.root.getByLabel(label, { exact: true }).fill(value);
    };
    await set('Title', fields.title);
    await set('Publisher', fields.publisher);
    await set('Published', fields.published);
    await set('Language', fields.language);
    await set('Translator', fields.translator);
    await set('URL', fields.url);
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: 'Save article' }).click();
  }
}
