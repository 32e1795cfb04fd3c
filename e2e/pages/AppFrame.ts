// The frame around every screen: sidebar navigation, the command palette, the theme.
import { expect, type Locator, type Page } from '@playwright/test';

export type ScreenName = 'Library' | 'Excerpts' | 'Sources' | 'Entities' | 'Cases' | 'Search' | 'Settings';
const SCREEN_IDS: Record<ScreenName, string> = {
  Library: 'library',
  Excerpts: 'excerpts',
  Sources: 'sources',
  Entities: 'entities',
  Cases: 'cases',
  Search: 'search',
  Settings: 'settings',
};

export class AppFrame {
  readonly main: Locator;
  readonly palette: Locator;

  constructor(readonly page: Page) {
    this.main = page.locator('main[data-ready="true"]');
    this.palette = page.getByTestId('command-palette');
  }

  async goTo(screen: ScreenName): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: new RegExp(`^${screen}`) })
      .click();
    await expect(this.page.locator(`main[data-screen="${SCREEN_IDS[screen]}"]`)).toBeVisible();
  }

  async openPalette(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await expect(this.palette).toBeVisible();
  }

  async setTheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.page.evaluate((value) => localStorage.setItem('casefile.colorScheme', value), scheme);
    const html = this.page.locator('html');
    if ((await html.getAttribute('data-mantine-color-scheme')) !== scheme)
      await this.page.getByTestId('theme-toggle').click();
    await expect(html).toHaveAttribute('data-mantine-color-scheme', scheme);
  }

  /** Closes every toast as an analyst would, by its close button (they would also go by themselves, seconds later). */
  async dismissToasts(): Promise<void> {
    const toasts = this.page.locator('.mantine-Notification-root');
    await expect(async () => {
      const close = toasts.locator('.mantine-Notification-closeButton');
      for (const button of await close.all()) await button.click({ timeout: 2_000 }).catch(() => undefined);
      await expect(toasts).toHaveCount(0, { timeout: 1_000 });
    }).toPass();
  }
}
