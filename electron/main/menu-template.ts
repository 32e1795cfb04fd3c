// The native menu as data: standard roles (so each platform's shortcuts and behaviour come for
// free) plus Casefile's own items, whose clicks are injected. Pure, so tests can check it.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newArticle(): void;
  importFiles(): void;
  exportItems(): void;
  newLibrary(): void;
  openLibrary(): void;
  openRecent(path: string): void;
  find(): void;
  toggleTheme(): void;
  about(): void;
}

export interface MenuContext {
  appName: string;
  platform: NodeJS.Platform;
  /** Developer tools and reload only in development builds. */
  isPackaged: boolean;
  recentLibraries: readonly string[];
  currentLibrary: string | null;
}

export function buildMenuTemplate(ctx: MenuContext, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = ctx.platform === 'darwin';
  const recent: MenuItemConstructorOptions[] = ctx.recentLibraries.length
    ? ctx.recentLibraries.map((file) => ({
        label: file,
        type: 'checkbox',
        checked: file === ctx.currentLibrary,
        click: () => actions.openRecent(file),
      }))
    : [{ label: 'No recent libraries', enabled: false }];

  const appMenu: MenuItemConstructorOptions = {
    label: ctx.appName,
    submenu: [
      { label: `About ${ctx.appName}`, click: actions.about },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'article.new', label: 'New Article', accelerator: 'CmdOrCtrl+N', click: actions.newArticle },
      { id: 'files.import', label: 'Import Files…', accelerator: 'CmdOrCtrl+I', click: actions.importFiles },
      { id: 'export', label: 'Export…', accelerator: 'CmdOrCtrl+E', click: actions.exportItems },
      { type: 'separator' },
      { id: 'library.new', label: 'New Library…', accelerator: 'CmdOrCtrl+Shift+N', click: actions.newLibrary },
      { id: 'library.open', label: 'Open Library…', accelerator: 'CmdOrCtrl+O', click: actions.openLibrary },
      { id: 'library.recent', label: 'Open Recent Library', submenu: recent },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { role: 'selectAll' },
      { type: 'separator' },
      { id: 'find', label: 'Find…', accelerator: 'CmdOrCtrl+F', click: actions.find },
    ],
  };

  const devOnly: MenuItemConstructorOptions[] = ctx.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...devOnly,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      {
        id: 'theme.toggle',
        label: 'Toggle Light/Dark Theme',
        accelerator: 'CmdOrCtrl+Shift+L',
        click: actions.toggleTheme,
      },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: isMac ? [] : [{ label: `About ${ctx.appName}`, click: actions.about }],
  };

  return [...(isMac ? [appMenu] : []), file, edit, view, { role: 'windowMenu' }, help];
}
