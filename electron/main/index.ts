// Electron's main process: one instance, one window, native menus, and the backend kept running
// in a utility process. Everything that decides something lives in small pure modules beside it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Menu, session, shell } from 'electron';
import type { EventName, EventPayload } from '../../shared/contract/events';
import { windowIconPath } from './app-icon';
import { utilityBackend } from './backend-process';
import { BackendSupervisor } from './backend-supervisor';
import { askAfterBackendFailure, pickFilesToImport, pickLibrary, pickSavePath, showAbout, showError } from './dialogs';
import { hardenAllWebContents, hardenSession, registerAppScheme } from './harden';
import { broadcast, registerInvokeHandler } from './ipc';
import { nativeBindingPath, resolveLibraryPath } from './launch-options';
import { libraryFileArgument } from './library-file-argument';
import { buildMenuTemplate } from './menu-template';
import { hostMethods } from './save-file';
import { renderInHiddenWindow } from './snapshot-window';
import { createMainWindow } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD = path.join(here, '../preload/index.cjs');
const RENDERER_ROOT = path.join(here, '../renderer');
const BACKEND_ENTRY = path.join(here, 'backend.js');

registerAppScheme();
app.enableSandbox(); // every renderer, whatever its preferences say

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one library (and its audit chain) is what the lock prevents.
  app.quit();
} else {
  runApp();
}

function runApp(): void {
  let window: BrowserWindow | null = null;
  let library: { path: string; schemaVersion?: number } = {
    // A .casefile file given as a document (file manager, shell) comes before the default library.
    path:
      libraryFileArgument(process.argv, process.cwd()) ??
      resolveLibraryPath(process.argv, process.env, app.getPath('userData')),
  };
  let recent: string[] = [];

  const supervisor = new BackendSupervisor({
    connect: utilityBackend(
      () => ({
        entry: BACKEND_ENTRY,
        libraryPath: library.path,
        nativeBinding: nativeBindingPath({
          isPackaged: app.isPackaged,
          resourcesPath: process.resourcesPath,
          env: process.env,
        }),
        userDataDir: app.getPath('userData'),
      }),
      renderInHiddenWindow,
    ),
    onEvent: (event, payload) => {
      broadcast(event as EventName, payload as EventPayload<EventName>);
      const kinds = (payload as { kinds?: unknown } | null)?.kinds;
      if (event === 'library.changed' && Array.isArray(kinds) && kinds.includes('library')) void refreshLibrary();
    },
    onRestarted: (reason) => broadcast('backend.restarted', { reason }),
    onGaveUp: (reason) => void backendGaveUp(reason),
  });

  const command = (payload: EventPayload<'menu.command'>) => broadcast('menu.command', payload);

  async function refreshLibrary(): Promise<void> {
    const [info, recentLibraries] = await Promise.all([
      supervisor.call('library.info', {}),
      supervisor.call('library.recent', {}),
    ]);
    if (info.ok) library = info.value as typeof library;
    if (recentLibraries.ok)
      recent = (recentLibraries.value as { items: { path: string }[] }).items.map((item) => item.path);
    window?.setTitle(`${path.basename(library.path)} — ${app.getName()}`);
    installMenu();
  }

  async function openLibrary(file: string, create: boolean): Promise<void> {
    if (!supervisor.running) {
      // The backend gave up on the previous library; start it afresh on this one.
      library = { path: path.resolve(file) };
      supervisor.start();
      await refreshLibrary();
      return;
    }
    const result = await supervisor.call('library.open', { path: file, create });
    if (!result.ok)
      await showError(window, create ? 'Could not create the library' : 'Could not open the library', result);
  }

  async function chooseLibrary(create: boolean): Promise<void> {
    const file = await pickLibrary(window, create);
    if (file) await openLibrary(file, create);
  }

  async function backendGaveUp(reason: string): Promise<void> {
    if (await askAfterBackendFailure(window, reason)) await chooseLibrary(false);
    else app.quit();
  }

  function installMenu(): void {
    const template = buildMenuTemplate(
      {
        appName: app.getName(),
        platform: process.platform,
        isPackaged: app.isPackaged,
        recentLibraries: recent,
        currentLibrary: library.path,
      },
      {
        newArticle: () => command({ command: 'article.new' }),
        importFiles: () =>
          void pickFilesToImport(window).then(
            (paths) => paths.length > 0 && command({ command: 'files.import', paths }),
          ),
        exportItems: () => command({ command: 'export' }),
        newLibrary: () => void chooseLibrary(true),
        openLibrary: () => void chooseLibrary(false),
        openRecent: (file) => void openLibrary(file, false),
        find: () => command({ command: 'find' }),
        toggleTheme: () => command({ command: 'theme.toggle' }),
        about: () => void showAbout(window, library),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  function showWindow(): void {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
      return;
    }
    window = createMainWindow({
      preload: PRELOAD,
      stateFile: path.join(app.getPath('userData'), 'window-state.json'),
      title: app.getName(),
      icon: windowIconPath({
        platform: process.platform,
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        appPath: app.getAppPath(),
      }),
    });
    window.on('closed', () => (window = null));
  }

  // Another launch (a .casefile opened in the file manager) hands its arguments to this instance.
  app.on('second-instance', (_event, argv, cwd) => {
    showWindow();
    const file = libraryFileArgument(argv, cwd);
    if (file && file !== library.path) void openLibrary(file, false);
  });
  // macOS delivers documents as events, also before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (!app.isReady()) library = { path: path.resolve(file) };
    else if (file !== library.path) void openLibrary(file, false);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  let backendStopped = false;
  app.on('will-quit', (event) => {
    if (backendStopped) return;
    // Let the backend finish its jobs and close the library cleanly before the app exits.
    event.preventDefault();
    void supervisor.stop().finally(() => {
      backendStopped = true;
      app.quit();
    });
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, RENDERER_ROOT);
    hardenAllWebContents((contents) => BrowserWindow.fromWebContents(contents));
    registerInvokeHandler(
      hostMethods({
        showSaveDialog: (request) => pickSavePath(window, request),
        showItemInFolder: (file) => shell.showItemInFolder(file),
        call: (method, input) => supervisor.call(method, input),
        defaultDirectory: () => app.getPath('documents'),
      }),
    );
    supervisor.start();
    installMenu();
    showWindow();
    void refreshLibrary();
    app.on('activate', showWindow);
  });
}
