// Where Casefile keeps its files by default: the same per-user folder Electron calls userData
// (app name "Casefile"), so the desktop app, the browser host and the CLI share one library.
import os from 'node:os';
import path from 'node:path';

export function defaultUserDataDir(): string {
  const home = os.homedir();
  switch (process.platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Casefile');
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Casefile');
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Casefile');
  }
}

export const LIBRARY_ENV = 'CASEFILE_LIBRARY';

/** --library wins, then $CASEFILE_LIBRARY, then the per-user default. */
export function resolveLibraryPath(explicit?: string | null): string {
  return path.resolve(explicit || process.env[LIBRARY_ENV] || path.join(defaultUserDataDir(), 'library.casefile'));
}
