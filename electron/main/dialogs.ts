// Native dialogs behind the menu: picking files to import and libraries to open or create, the
// About box, and what to do when the backend cannot run; and where to save an export (files.save,
// whose options electron/main/save-file.ts decides). The renderer never opens these itself;
// it receives the result as a `menu.command` event or sees the library change.
import path from 'node:path';
import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { Envelope } from '../../shared/contract/errors';
import type { SaveDialogRequest } from './save-file';

const LIBRARY_FILTERS = [{ name: 'Casefile library', extensions: ['casefile'] }];

function show(parent: BrowserWindow | null, options: MessageBoxOptions) {
  return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
}

export async function pickFilesToImport(parent: BrowserWindow | null): Promise<string[]> {
  const options = {
    title: 'Import Files',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>,
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

/** The native save dialog; the chosen path, or null when the analyst cancelled. */
export async function pickSavePath(parent: BrowserWindow | null, request: SaveDialogRequest): Promise<string | null> {
  const result = parent ? await dialog.showSaveDialog(parent, request) : await dialog.showSaveDialog(request);
  return result.canceled || !result.filePath ? null : result.filePath;
}

export async function pickLibrary(parent: BrowserWindow | null, create: boolean): Promise<string | null> {
  if (create) {
    const options = {
      title: 'New Library',
      buttonLabel: 'Create',
      defaultPath: path.join(app.getPath('documents'), 'Investigation.casefile'),
      filters: LIBRARY_FILTERS,
    };
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  }
  const options = {
    title: 'Open Library',
    buttonLabel: 'Open',
    filters: LIBRARY_FILTERS,
    properties: ['openFile'] as Array<'openFile'>,
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function showError(
  parent: BrowserWindow | null,
  message: string,
  envelope: Envelope<unknown>,
): Promise<void> {
  if (envelope.ok) return;
  await show(parent, { type: 'error', message, detail: envelope.error.message, buttons: ['OK'] });
}

export async function showAbout(
  parent: BrowserWindow | null,
  library: { path: string; schemaVersion?: number } | null,
): Promise<void> {
  const versions = `Electron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node ${process.versions.node}`;
  const libraryLine = library
    ? `Library: ${library.path}${library.schemaVersion ? ` (schema ${library.schemaVersion})` : ''}`
    : 'Library: not open';
  await show(parent, {
    type: 'info',
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: `${libraryLine}\n\n${versions}`,
    buttons: ['OK'],
  });
}

/** The backend gave up; returns true when the analyst wants to pick another library instead of quitting. */
export async function askAfterBackendFailure(parent: BrowserWindow | null, reason: string): Promise<boolean> {
  const { response } = await show(parent, {
    type: 'error',
    message: 'Casefile cannot work with its library',
    detail: `${reason}\n\nYou can open another library, or quit and try again.`,
    buttons: ['Open Another Library…', 'Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  return response === 0;
}
