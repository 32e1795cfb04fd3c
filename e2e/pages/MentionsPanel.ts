// The article's entity panel: suggestions grouped by entity, tagged mentions, candidates.
import type { Locator, Page } from '@playwright/test';

export class MentionsPanel {
  readonly root: Locator;
  readonly suggestions: Locator;
  readonly tagged: Locator;
  readonly candidates: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('mentions-panel');
    this.suggestions = this.root.getByTestId('suggestions');
    this.tagged = this.root.getByTestId('tagged');
    this.candidates = this.root.getByTestId('candidates');
  }

  group(entityName: string): Locator {
    return this.suggestions.locator(
      `[data-testid="suggestion-group"][data-entity="${entityName.replace(/"/g, '\\"')}"]`,
    );
  }

  taggedGroup(entityName: string): Locator {
    return this.tagged.locator(`[data-testid="tagged-group"][data-entity="${entityName.replace(/"/g, '\\"')}"]`);
  }

  async acceptAll(entityName: string): Promise<void> {
    await this.group(entityName)
      .getByRole('button', { name: new RegExp(`^Accept all \\d+ for `) })
      .click();
  }

  candidate(text: string): Locator {
    return this.candidates.locator(`[data-testid="candidate"][data-text="${text.replace(/"/g, '\\"')}"]`);
  }
}
