// Which Electron build electron-builder packages, so `npm run package -- --dir` works offline
// given one: $ELECTRON_DIST (an unpacked Electron, e.g. from another machine), else the binary the
// electron package already downloaded (node_modules/electron/dist). Without either electron-builder
// would download Electron, which fails on a machine without internet: we say so in one line first.
import fs from 'node:fs';
import path from 'node:path';

/** The Electron executable inside an unpacked Electron folder, per platform. */
export function electronExecutableIn(dir, platform = process.platform) {
  if (platform === 'darwin') return path.join(dir, 'Electron.app', 'Contents', 'MacOS', 'Electron');
  return path.join(dir, platform === 'win32' ? 'electron.exe' : 'electron');
}

/**
 * electron-builder's `electronDist` for this run: { dist } when a local Electron exists, { error }
 * (one line) when ELECTRON_DIST names a folder without Electron, { dist: null } to let electron-builder
 * use its cache or download (electron_config_cache / ELECTRON_CACHE are honoured by it).
 */
export function chooseElectronDist({
  env = process.env,
  root,
  platform = process.platform,
  exists = fs.existsSync,
} = {}) {
  if (env.ELECTRON_DIST) {
    const dist = path.resolve(env.ELECTRON_DIST);
    if (!exists(electronExecutableIn(dist, platform))) {
      return {
        error: `ELECTRON_DIST is ${dist}, which has no ${path.basename(electronExecutableIn(dist, platform))}: point it at an unpacked Electron of the version in package.json.`,
      };
    }
    return { dist };
  }
  const downloaded = path.join(root, 'node_modules', 'electron', 'dist');
  if (exists(electronExecutableIn(downloaded, platform))) return { dist: downloaded };
  return { dist: null };
}

/** The extra electron-builder argument for the chosen Electron, if any. */
export function electronDistArgs(choice) {
  return choice.dist ? [`--config.electronDist=${choice.dist}`] : [];
}
