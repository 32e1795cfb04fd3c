// Where an Electron binary exists, the `electron` project runs; here is how we find out, and why not.
// We read what `require('electron')` would return without requiring it: since Electron 4x, requiring
// the package downloads a missing binary, which must never happen during a test run.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

let cached: { path: string } | { reason: string } | undefined;

function locate(): { path: string } | { reason: string } {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { reason: 'Electron binary not available: the electron package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) {
    return {
      reason: `Electron binary not available: it was never downloaded (${pathFile} is missing; this machine cannot fetch it)`,
    };
  }
  const binary = override ? path.join(override, relative || 'electron') : path.join(packageDir, 'dist', relative);
  if (!fs.existsSync(binary)) return { reason: `Electron binary not available: ${binary} does not exist` };
  try {
    fs.accessSync(binary, fs.constants.X_OK);
  } catch {
    return { reason: `Electron binary not available: ${binary} is not executable` };
  }
  return { path: binary };
}

export function findElectronBinary(): { path: string } | { reason: string } {
  cached ??= locate();
  return cached;
}

/**
 * The better-sqlite3 build for Electron's ABI that the desktop backend must load: the one named by
 * CASEFILE_NATIVE_BINDING, else the one `npm start` builds into .electron-native/<version>/.
 */
export function findElectronNativeBinding(repoRoot: string): { path: string } | { reason: string } {
  const fromEnv = process.env.CASEFILE_NATIVE_BINDING;
  if (fromEnv)
    return fs.existsSync(fromEnv)
      ? { path: fromEnv }
      : { reason: `CASEFILE_NATIVE_BINDING names ${fromEnv}, which does not exist` };
  const version = (
    JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const built = path.join(repoRoot, '.electron-native', version, 'better_sqlite3.node');
  return fs.existsSync(built)
    ? { path: built }
    : { reason: `better-sqlite3 is not built for Electron ${version}: run "npm start" once (it builds ${built})` };
}
