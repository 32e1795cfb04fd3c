// The main window: secure preferences, the app URL, and its size and position remembered in
// `<userData>/window-state.json`.
import fs from 'node:fs';
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { APP_ENTRY_URL, webPreferencesFor } from './security';
import { MIN_SIZE, restoreWindowState, serializeWindowState } from './window-state';

function readState(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null; // first launch, or a damaged file: start with the defaults
  }
}

function writeState(file: string, window: BrowserWindow): void {
  try {
    const temp = `${file}.tmp`;
    fs.writeFileSync(temp, serializeWindowState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
    fs.renameSync(temp, file); // never leave a half-written file behind
  } catch (error) {
    console.warn(`Could not remember the window position: ${(error as Error).message}`);
  }
}

export function createMainWindow(options: {
  preload: string;
  stateFile: string;
  title: string;
  icon?: string | undefined;
}): BrowserWindow {
  const { bounds, maximized } = restoreWindowState(
    readState(options.stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: options.title,
    ...(options.icon && { icon: options.icon }),
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1a1b1e' : '#ffffff',
    webPreferences: webPreferencesFor(options.preload),
  });
  if (maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => writeState(options.stateFile, window));
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
