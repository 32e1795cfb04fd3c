// The Cases screen: the list, one case's page (summary, exports, and tabs: items, timeline, chart,
// matrix), the import
// summary and the conflicts view, and the "Add to case" dialog and menus shown on other screens.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

export class CasesPage {
  readonly casePage: Locator;
  readonly title: Locator;
  readonly summary: Locator;
  readonly timeline: Locator;
  readonly tabs: Locator;
  readonly importSummary: Locator;
  readonly conflicts: Locator;
  readonly addDialog: Locator;

  constructor(readonly page: Page) {
    this.casePage = page.getByTestId('case-page');
    this.title = page.getByRole('textbox', { name: 'Case title (edit to rename)' });
    this.summary = page.getByRole('textbox', { name: 'Case summary' });
    this.timeline = page.getByTestId('case-timeline');
    this.tabs = page.getByTestId('case-tabs');
    this.importSummary = page.getByTestId('import-summary');
    this.conflicts = page.getByTestId('conflict');
    this.addDialog = page.getByTestId('add-to-case-dialog');
  }

  async create(title: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'New case title' }).fill(title);
    await this.page.getByRole('button', { name: 'Create case' }).click();
    await expect(this.title).toHaveValue(title);
  }

  /** Opens a tab of the page ("Mentions", "Chart", …) by its label; counts after it are ignored. */
  async showTab(label: string): Promise<void> {
    const tab = this.page.getByRole('tab', { name: new RegExp(`^${label}( \\(\\d+\\))?$`) });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** A group of the case's items, e.g. "Excerpts (3)". */
  itemGroup(label: string): Locator {
    return this.casePage.getByText(label, { exact: true });
  }

  /** Picks a case in the "Add to case" dialog (opened by Shift+C or a result's button). */
  async chooseInDialog(caseTitle: string): Promise<void> {
    await expect(this.addDialog).toBeVisible();
    await this.addDialog.getByRole('option', { name: caseTitle }).click();
    await expect(this.addDialog).toBeHidden();
  }

  /** Picks a case from an "Add to case" menu button on the current screen. */
  async chooseInMenu(buttonName: string, caseTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: buttonName, exact: true }).click();
    await this.page.getByTestId('add-to-case-menu').getByRole('menuitem', { name: caseTitle }).click();
  }

  /** Clicks something that downloads a file and returns the download. */
  async download(click: () => Promise<void>): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await click();
    return downloading;
  }

  async exportCaseFile(): Promise<Download> {
    return this.download(() => this.casePage.getByRole('button', { name: 'Export case file' }).click());
  }

  async exportFromMenu(item: string): Promise<Download> {
    return this.download(async () => {
      await this.casePage.getByRole('button', { name: 'Exports' }).click();
      await this.page.getByTestId('case-exports-menu').getByRole('menuitem', { name: item }).click();
    });
  }

  /** Imports a case file by dropping it on the Cases screen (a DataTransfer built in the page). */
  async dropFile(file: string): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, base64 }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name, { type: 'application/zip' }));
        return transfer;
      },
      { name: path.basename(file), base64: fs.readFileSync(file).toString('base64') },
    );
    const zone = this.page.getByTestId('case-file-drop-zone');
    for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer });
    await expect(this.importSummary).toBeVisible();
  }

  /** Imports a case file through the file picker on the Cases list. */
  async importFile(file: string): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import case file…' }).click();
    await (await choosing).setFiles(file);
    await expect(this.importSummary).toBeVisible();
  }
}
