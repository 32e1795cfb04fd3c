// `npm run package`: build, build better-sqlite3 for Electron, then let electron-builder package
// the app (electron-builder.yml: fuses, asar, the native module as an extra resource).
// Arguments go to electron-builder, e.g. `npm run package -- --linux AppImage`.
import fs from 'node:fs';
import path from 'node:path';
import { chooseElectronDist, electronDistArgs } from './lib/electron-dist.mjs';
import { ensureElectronNative, ROOT, run, StepFailed } from './lib/electron-native.mjs';

// A local Electron (ELECTRON_DIST, or the one the electron package downloaded) packages offline.
const electron = chooseElectronDist({ root: ROOT });
if (electron.error) {
  console.error(`npm run package: ${electron.error}`);
  process.exit(1);
}

try {
  await run(process.execPath, [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    timeoutMs: 10 * 60_000,
  });
  const nativeBinding = await ensureElectronNative();
  // electron-builder.yml ships this folder as resources/native (see electron/main/launch-options.ts).
  const staged = path.join(ROOT, '.electron-native/package');
  fs.rmSync(staged, { recursive: true, force: true });
  fs.mkdirSync(staged, { recursive: true });
  fs.copyFileSync(nativeBinding, path.join(staged, 'better_sqlite3.node'));
  await run(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--config',
      'electron-builder.yml',
      ...electronDistArgs(electron),
      ...process.argv.slice(2),
    ],
    { timeoutMs: 30 * 60_000 },
  );
} catch (error) {
  const detail =
    error instanceof StepFailed
      ? error.message
      : `${error.message}\nIf Electron could not be downloaded, run Casefile in your browser instead: npm run start:web`;
  console.error(`\nnpm run package: ${detail}`);
  process.exit(1);
}
