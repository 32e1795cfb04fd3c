// The article view's excerpt workings: selecting text with the real mouse, the selection toolbar,
// the excerpt form, the excerpt panel (list and open excerpt), highlights and the note editor.
import { expect, type Locator, type Page } from '@playwright/test';

export class ExcerptPanel {
  readonly text: Locator;
  readonly toolbar: Locator;
  readonly panel: Locator;
  readonly form: Locator;
  readonly detail: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly note: Locator;

  constructor(readonly page: Page) {
    this.text = page.getByTestId('article-text');
    this.toolbar = page.getByTestId('selection-toolbar');
    this.panel = page.getByTestId('excerpt-panel');
    this.form = page.getByTestId('excerpt-create');
    this.detail = page.getByTestId('excerpt-detail');
    this.rows = page.getByTestId('excerpt-row');
    this.count = page.getByTestId('excerpt-count');
    this.note = this.panel.getByTestId('note-editor');
  }

  /**
   * Selects `quote` in the article text with the mouse: the page measures where its first and last
   * characters are (a DOM Range over the text nodes, however many highlight spans cut them), then
   * the mouse presses at the first, drags to the last and releases.
   */
  async selectWithMouse(quote: string): Promise<{ x: number; y: number }> {
    const box = await this.text.evaluate((root, wanted) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const full = nodes.map((n) => n.data).join('');
      const at = full.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not in the article text`);
      const point = (offset: number): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          if (offset < seen + node.data.length) return [node, offset - seen];
          seen += node.data.length;
        }
        throw new Error('offset outside the text');
      };
      const rectOf = (offset: number) => {
        const [node, within] = point(offset);
        const range = document.createRange();
        range.setStart(node, within);
        range.setEnd(node, within + 1);
        return range.getBoundingClientRect();
      };
      // Bring the quote's start to the middle of its scrolling container (a Range cannot scrollIntoView).
      let scroller: HTMLElement | null = root.parentElement;
      while (
        scroller &&
        !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))
      )
        scroller = scroller.parentElement;
      if (scroller) {
        const view = scroller.getBoundingClientRect();
        scroller.scrollTop += rectOf(at).top - (view.top + view.height / 3);
      }
      const first = rectOf(at);
      const last = rectOf(at + wanted.length - 1);
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }, quote);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 });
    await this.page.mouse.up();
    await expect(this.toolbar).toBeVisible();
    expect(await this.page.evaluate(() => window.getSelection()?.toString().trim())).toBe(quote);
    return { x: box.x2 - 3, y: box.y2 };
  }

  /** Every highlight span of an excerpt (an excerpt is cut where others overlap it). */
  highlight(excerptId: string): Locator {
    return this.text.locator(`[data-marks~="${excerptId}"]`);
  }

  async chooseNewSource(name: string): Promise<void> {
    const field = this.form.getByRole('combobox', { name: 'Source' });
    await field.click();
    await field.fill(name);
    await this.page
      .getByRole('option', { name: new RegExp(`^\\+ New source “${name.replace(/[()]/g, '\\$&')}”`) })
      .click();
    await expect(field).toHaveValue(name);
  }

  async chooseSource(name: string): Promise<void> {
    const field = this.form.getByRole('combobox', { name: 'Source' });
    await field.click();
    await field.fill(name);
    // An option reads "<name> <reliability letter or –>".
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await this.page.getByRole('option', { name: new RegExp(`^${escaped}\\s*[A-F–]?$`) }).click();
    await expect(field).toHaveValue(name);
  }

  async setCredibility(scope: Locator, value: number): Promise<void> {
    await scope
      .getByTestId('credibility')
      .locator('label')
      .filter({ hasText: new RegExp(`^${value}$`) })
      .click();
  }

  async create(): Promise<string> {
    await this.form.getByRole('button', { name: 'Create excerpt' }).click();
    await expect(this.detail).toBeVisible();
    return (await this.detail.getAttribute('data-excerpt-id'))!;
  }

  async openedId(): Promise<string | null> {
    return this.detail.getAttribute('data-excerpt-id');
  }
}
