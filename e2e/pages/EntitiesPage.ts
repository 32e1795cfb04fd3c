// The Entities screen: the list, the New entity dialog, and one entity's page with its tabs (Overview,
// Mentions, Relationships, Chart) and their sections.
import { expect, type Locator, type Page } from '@playwright/test';

export class EntitiesPage {
  readonly detail: Locator;
  readonly dialog: Locator;
  readonly mentions: Locator;
  readonly aliases: Locator;
  readonly relationships: Locator;
  readonly tabs: Locator;

  constructor(readonly page: Page) {
    this.detail = page.getByTestId('entity-detail');
    this.dialog = page.getByRole('dialog');
    this.mentions = page.getByTestId('entity-mentions');
    this.aliases = page.getByTestId('entity-aliases');
    this.relationships = page.getByTestId('entity-relationships');
    this.tabs = page.getByTestId('entity-tabs');
  }

  async open(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/entities'));
    await expect(this.page.locator('main[data-screen="entities"]')).toBeVisible();
  }

  /** Creates an entity with the New entity dialog; its page opens. */
  async create(name: string, type: string, aliases: string[] = []): Promise<void> {
    await this.page.getByRole('button', { name: 'New entity' }).first().click();
    // The dialog's own first focus (on Name) comes before anything is typed or chosen in it.
    await expect(this.dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await this.dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await this.chooseOption(this.dialog.getByLabel('Type', { exact: true }), type);
    if (aliases.length) await this.dialog.getByRole('textbox', { name: 'Aliases' }).fill(aliases.join(', '));
    await this.dialog.getByRole('button', { name: 'Create entity' }).click();
    await expect(this.dialog).toBeHidden();
    await this.waitFor(name);
  }

  async select(name: string): Promise<void> {
    await this.page.locator(`[data-entity-name="${name.replace(/"/g, '\\"')}"]`).click();
    await this.waitFor(name);
  }

  async waitFor(name: string): Promise<void> {
    await expect(this.detail.getByRole('heading', { name, exact: true })).toBeVisible();
  }

  /** Opens a tab of the page ("Mentions", "Chart", …) by its label; counts after it are ignored. */
  async showTab(label: string): Promise<void> {
    const tab = this.page.getByRole('tab', { name: new RegExp(`^${label}( \\(\\d+\\))?$`) });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  async addAlias(text: string): Promise<void> {
    const box = this.aliases.getByRole('textbox', { name: 'New alias' });
    await box.fill(text);
    await box.press('Enter');
    await expect(this.aliases.getByTestId('alias').filter({ hasText: text })).toBeVisible();
  }

  /**
   * Picks `label` in a select. A dropdown closes when its input loses focus, and on a loaded
   * machine a dialog's delayed first focus can land after the click that opened it: the dropdown
   * is then opened again rather than waited for.
   */
  async chooseOption(combobox: Locator, label: string): Promise<void> {
    const option = this.page.getByRole('option', { name: label, exact: true });
    await expect(async () => {
      if ((await combobox.getAttribute('aria-expanded')) !== 'true') await combobox.click();
      await option.click({ timeout: 5_000 });
    }).toPass({ timeout: 60_000 });
    await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  }

  /** Picks an entity in a type-ahead (EntityPicker) by typing part of a name or alias. */
  async pickEntity(combobox: Locator, typed: string, name: string): Promise<void> {
    await combobox.fill(typed);
    await this.page
      .getByRole('option')
      .filter({ has: this.page.getByText(name, { exact: true }) })
      .click();
  }

  mentionArticle(title: string): Locator {
    return this.mentions.getByTestId('entity-mention-article').filter({ hasText: title });
  }
}
