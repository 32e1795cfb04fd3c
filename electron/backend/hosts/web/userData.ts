// Where per-user state lives when no --library is given. These are the folders Electron's
// app.getPath('userData') uses for an app named Casefile, so the desktop app and the browser host
// find the same default library and the same recent-libraries list.
import os from 'node:os';
import path from 'node:path';

export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Casefile');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Casefile');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Casefile');
}

export function defaultLibraryPath(userDataDir: string): string {
  return path.join(userDataDir, 'library.casefile');
}
