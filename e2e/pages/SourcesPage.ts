// The Sources screen: the tree, the selected source's detail with its rating history, the rating,
// source and merge dialogs, and the reliability matrix view.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Reliability } from '../../shared/domain/admiralty';

export class SourcesPage {
  readonly detail: Locator;
  readonly history: Locator;
  readonly matrix: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.detail = page.getByTestId('source-detail');
    this.history = this.detail.getByTestId('rating-entry');
    this.matrix = page.getByTestId('reliability-matrix');
    this.dialog = page.getByRole('dialog');
  }

  node(name: string): Locator {
    return this.page.locator(`[data-source-name="${name.replace(/"/g, '\\"')}"]`);
  }

  async showView(view: 'Tree' | 'Table' | 'Matrix'): Promise<void> {
    const group = this.page.getByRole('radiogroup', { name: 'View' });
    await group.locator('label').filter({ hasText: view }).click();
    await expect(group.getByRole('radio', { name: view })).toBeChecked();
  }

  async select(name: string): Promise<void> {
    await this.node(name).click();
    await expect(this.detail.getByRole('heading', { name, exact: true })).toBeVisible();
  }

  /** Rates the selected source with the mouse: the Rate button, a letter, a rationale, Save. */
  async rateWithDialog(letter: Reliability, rationale: string): Promise<void> {
    await this.detail.getByRole('button', { name: 'Rate', exact: true }).click();
    await this.dialog.getByRole('radio', { name: new RegExp(`^${letter} – `) }).check();
    await this.dialog.getByRole('textbox', { name: 'Rationale' }).fill(rationale);
    await this.dialog.getByRole('button', { name: 'Save rating' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Rates the selected source from the keyboard: the letter, the rationale, Enter. */
  async rateWithKeyboard(letter: Reliability, rationale: string): Promise<void> {
    await this.page.keyboard.press(letter.toLowerCase());
    const rationaleBox = this.dialog.getByRole('textbox', { name: 'Rationale' });
    await expect(rationaleBox).toBeFocused();
    await expect(this.dialog.getByRole('radio', { name: new RegExp(`^${letter} – `) })).toBeChecked();
    await this.page.keyboard.type(rationale);
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeHidden();
  }

  /** Creates a source under the selected one ("+ add one"); the new source is then selected. */
  async addUnderSelected(name: string): Promise<void> {
    await this.detail.getByRole('button', { name: '+ add one' }).click();
    await expect(this.dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeHidden();
    await expect(this.detail.getByRole('heading', { name, exact: true })).toBeVisible();
  }

  async mergeSelectedInto(keepName: string): Promise<void> {
    await this.detail.getByRole('button', { name: 'Merge into…' }).click();
    await this.dialog.getByRole('combobox', { name: 'Source to keep' }).fill(keepName);
    await this.page
      .getByRole('option')
      .filter({ has: this.page.getByText(keepName, { exact: true }) })
      .click();
    await this.dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  matrixCell(accessibleName: string): Locator {
    return this.matrix.getByRole('link', { name: accessibleName, exact: true });
  }
}
