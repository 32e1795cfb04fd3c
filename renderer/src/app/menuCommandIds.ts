// Which palette command each native menu item runs (electron/main/menu-template.ts sends these as
// `menu.command`). files.import carries the chosen paths, so it imports them instead of opening a picker.
import type { EventPayload } from '../../../shared/contract/events';

export type MenuCommand = EventPayload<'menu.command'>;

export const MENU_COMMAND_IDS = {
  'article.new': 'article.new',
  find: 'search.focus',
  export: 'case.export',
  'theme.toggle': 'view.theme',
} as const satisfies Record<Exclude<MenuCommand['command'], 'files.import'>, string>;
