// `npm start`: build, make sure better-sqlite3 is built for Electron, then run the desktop app.
// Arguments after `--` go to the app, e.g. `npm start -- --library ~/cases/nk.casefile`.
// Where Electron's headers or binary cannot be downloaded, stop with a clear message (no hanging).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureElectronBinary, ensureElectronNative, ROOT, run, StepFailed } from './lib/electron-native.mjs';

try {
  await run(process.execPath, [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    timeoutMs: 10 * 60_000,
  });
  const nativeBinding = await ensureElectronNative();
  const electron = await ensureElectronBinary();
  // CASEFILE_NATIVE_BINDING tells main which better_sqlite3.node the backend process must load.
  const app = spawn(electron, [ROOT, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, CASEFILE_NATIVE_BINDING: nativeBinding },
  });
  app.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
} catch (error) {
  console.error(`\nnpm start: ${error instanceof StepFailed ? error.message : `the build failed (${error.message})`}`);
  process.exit(1);
}
