// Launch options, window restoring and the menu: the Electron shell's pure parts.
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { nativeBindingPath, resolveLibraryPath } from './launch-options';
import { buildMenuTemplate, type MenuActions } from './menu-template';
import { DEFAULT_SIZE, MIN_SIZE, restoreWindowState } from './window-state';

describe('resolveLibraryPath', () => {
  const userData = '/home/a/.config/Casefile';
  it('prefers --library, then CASEFILE_LIBRARY, then the default in userData', () => {
    expect(
      resolveLibraryPath(
        ['electron', '.', '--library', 'cases/nk.casefile'],
        { CASEFILE_LIBRARY: '/x.casefile' },
        userData,
        '/work',
      ),
    ).toBe(path.resolve('/work/cases/nk.casefile'));
    expect(resolveLibraryPath(['--library=/abs/y.casefile'], {}, userData)).toBe(path.resolve('/abs/y.casefile'));
    expect(resolveLibraryPath(['electron', '.'], { CASEFILE_LIBRARY: '/x.casefile' }, userData)).toBe(
      path.resolve('/x.casefile'),
    );
    expect(resolveLibraryPath(['electron', '.'], { CASEFILE_LIBRARY: '' }, userData)).toBe(
      path.join(userData, 'library.casefile'),
    );
  });
});

describe('nativeBindingPath', () => {
  it('uses the shipped binding in packaged apps and ignores the environment there', () => {
    expect(
      nativeBindingPath({
        isPackaged: true,
        resourcesPath: '/opt/Casefile/resources',
        env: { CASEFILE_NATIVE_BINDING: '/tmp/evil.node' },
      }),
    ).toBe(path.join('/opt/Casefile/resources', 'native', 'better_sqlite3.node'));
  });
  it('uses the binding npm start built in development', () => {
    expect(
      nativeBindingPath({
        isPackaged: false,
        resourcesPath: '/r',
        env: { CASEFILE_NATIVE_BINDING: '/w/.electron-native/45.5.0/better_sqlite3.node' },
      }),
    ).toBe('/w/.electron-native/45.5.0/better_sqlite3.node');
    expect(nativeBindingPath({ isPackaged: false, resourcesPath: '/r', env: {} })).toBeUndefined();
  });
});

describe('restoreWindowState', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1050 }];
  it('restores saved bounds on a display that still exists', () => {
    expect(
      restoreWindowState({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true }, screen),
    ).toEqual({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true });
  });
  it('keeps the size but lets the window be centred when its display is gone', () => {
    expect(
      restoreWindowState({ bounds: { x: 3000, y: 80, width: 1000, height: 700 }, maximized: false }, screen),
    ).toEqual({ bounds: { width: 1000, height: 700 }, maximized: false });
  });
  it('falls back to defaults for missing or malformed state, and enforces a minimum size', () => {
    for (const saved of [
      null,
      'garbage',
      {},
      { bounds: { x: 'a' } },
      { bounds: { x: 0, y: 0, width: Infinity, height: 1 } },
    ]) {
      expect(restoreWindowState(saved, screen)).toEqual({ bounds: { ...DEFAULT_SIZE }, maximized: false });
    }
    expect(restoreWindowState({ bounds: { x: 0, y: 0, width: 10, height: 10 } }, screen).bounds).toMatchObject(
      MIN_SIZE,
    );
  });
});

describe('buildMenuTemplate', () => {
  const calls: string[] = [];
  const actions = new Proxy(
    {},
    { get: (_t, name) => (arg?: string) => calls.push(arg ? `${String(name)}:${arg}` : String(name)) },
  ) as MenuActions;
  const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
  const base = {
    appName: 'Casefile',
    platform: 'linux' as const,
    recentLibraries: ['/a.casefile', '/b.casefile'],
    currentLibrary: '/b.casefile',
  };

  it('offers developer tools and reload only in development', () => {
    const roles = (isPackaged: boolean) =>
      flatten(buildMenuTemplate({ ...base, isPackaged }, actions)).map((i) => i.role);
    expect(roles(false)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('forceReload');
  });

  it('uses the standard roles for editing, zoom and windows', () => {
    const roles = flatten(buildMenuTemplate({ ...base, isPackaged: true }, actions)).map((i) => i.role);
    expect(roles).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'windowMenu',
        'quit',
      ]),
    );
  });

  it('wires Casefile’s items with shortcuts and lists recent libraries', () => {
    const items = flatten(buildMenuTemplate({ ...base, isPackaged: true }, actions));
    const byId = (id: string) => items.find((i) => i.id === id)!;
    expect(byId('article.new').accelerator).toBe('CmdOrCtrl+N');
    expect(byId('find').accelerator).toBe('CmdOrCtrl+F');
    for (const id of ['article.new', 'files.import', 'export', 'library.new', 'library.open', 'find', 'theme.toggle']) {
      (byId(id).click as () => void)();
    }
    const recent = items.filter((i) => i.type === 'checkbox');
    expect(recent.map((i) => [i.label, i.checked])).toEqual([
      ['/a.casefile', false],
      ['/b.casefile', true],
    ]);
    (recent[0]!.click as () => void)();
    expect(calls).toEqual([
      'newArticle',
      'importFiles',
      'exportItems',
      'newLibrary',
      'openLibrary',
      'find',
      'toggleTheme',
      'openRecent:/a.casefile',
    ]);
  });

  it('has an application menu with About on macOS and About under Help elsewhere', () => {
    const mac = buildMenuTemplate({ ...base, platform: 'darwin', isPackaged: true }, actions);
    expect(mac[0]!.label).toBe('Casefile');
    const linux = buildMenuTemplate({ ...base, isPackaged: true }, actions);
    expect(flatten([linux.at(-1)!]).some((i) => i.label === 'About Casefile')).toBe(true);
  });
});
