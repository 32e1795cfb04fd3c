// Building better-sqlite3 for Electron's ABI, shared by `npm start` and `npm run package`.
// `npm install` builds better-sqlite3 for Node (tests, CLI, browser host); Electron needs its own
// build, kept in .electron-native/<electron version>/ so the Node build is never touched.
//
// How we know Electron's ABI (NODE_MODULE_VERSION): the electron npm package ships `abi_version`
// (150 for Electron 45). If a future package drops that file we fall back to node-abi's registry
// (installed with electron-builder). And we never trust a build's label: after compiling we read
// the `node_register_module_v<ABI>` symbol out of the .node file itself and compare. This matters
// here because npm's config sets `nodedir=/usr`, which makes node-gyp silently compile against
// Node's own headers while claiming to target Electron.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** The ABI a compiled (non N-API) Node addon was built for, read from its registration symbol. */
export function readNodeModuleAbi(bytes) {
  const match = /node_register_module_v(\d+)/.exec(Buffer.from(bytes).toString('latin1'));
  return match ? Number(match[1]) : null;
}

export function electronVersion(root = ROOT) {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
}

/** Electron's NODE_MODULE_VERSION, and where it was read from. */
export function electronAbi(root = ROOT) {
  const file = path.join(root, 'node_modules/electron/abi_version');
  if (fs.existsSync(file)) return { abi: Number(fs.readFileSync(file, 'utf8').trim()), source: file };
  const nodeAbi = createRequire(path.join(root, 'package.json'))('node-abi');
  return { abi: Number(nodeAbi.getAbi(electronVersion(root), 'electron')), source: 'node-abi registry' };
}

/**
 * The environment for node-gyp: without npm's `nodedir` (and any other npm-injected target
 * settings), so the --target and --dist-url we pass are what it uses.
 */
export function gypEnvironment(env) {
  const overridden = /^npm_config_(nodedir|target|runtime|disturl|dist_url|devdir|arch)$/i;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !overridden.test(key)));
}

export function nativePaths(root, version) {
  const dir = path.join(root, '.electron-native', version);
  return {
    dir,
    binding: path.join(dir, 'better_sqlite3.node'),
    sources: path.join(dir, 'better-sqlite3'),
    headers: path.join(root, '.electron-native', 'headers'),
  };
}

export const messages = {
  headersFailed: (version, detail) =>
    `Could not download Electron ${version}'s headers from ${ELECTRON_HEADERS_URL} (${detail}).\n` +
    'They are needed to build better-sqlite3 for Electron, and this machine cannot reach that server.\n' +
    'Run Casefile in your browser instead: npm run start:web',
  compileFailed: (detail) => `Building better-sqlite3 for Electron failed (${detail}). See the compiler output above.`,
  abiMismatch: (file, actual, expected, source) =>
    `${file} was built for ABI ${actual ?? 'unknown'}, but Electron needs ABI ${expected} (from ${source}).\n` +
    'node-gyp compiled against the wrong headers; check that npm_config_nodedir is not set for this build.',
  electronMissing: (version, detail) =>
    `Could not download the Electron ${version} binary (${detail}). This machine cannot reach Electron's download server.\n` +
    'Run Casefile in your browser instead: npm run start:web',
};

/** The line of a tool's output that says what went wrong (node-gyp buries it under its stack). */
export function summarizeFailure(output) {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const request = lines.find((line) => /\bhttps?:\/\//.test(line) && /\bGET\b/.test(line));
  const cause = lines.find(
    (line) =>
      line !== request &&
      !/^gyp ERR! stack at /.test(line) &&
      (/\bE[A-Z]{4,}\b/.test(line) || /network connectivity|timed out|Error:/i.test(line)),
  );
  const picked = [cause, request].filter(Boolean).map((line) => line.replace(/^gyp (ERR!|http|info) (stack )?/, ''));
  return picked.length ? `: ${picked.join('; ')}` : '';
}

/** Runs a command, failing after `timeoutMs` (network steps must never hang the script). */
export function run(command, args, { timeoutMs, env = process.env, cwd = ROOT, quiet = false }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      detached: process.platform !== 'win32',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      // The whole group: node-gyp's own children (make, the compiler, downloads) included.
      try {
        process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      reject(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else {
        reject(new Error(`${signal ? `killed by ${signal}` : `exit code ${code}`}${summarizeFailure(output)}`));
      }
    });
  });
}

export class StepFailed extends Error {}

/** Returns the path of an Electron-ABI better_sqlite3.node, building it when needed. */
export async function ensureElectronNative(root = ROOT) {
  const version = electronVersion(root);
  const { abi, source } = electronAbi(root);
  const paths = nativePaths(root, version);
  if (fs.existsSync(paths.binding) && readNodeModuleAbi(fs.readFileSync(paths.binding)) === abi) return paths.binding;

  const gyp = [
    path.join(root, 'node_modules/node-gyp/bin/node-gyp.js'),
    `--target=${version}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
    `--devdir=${paths.headers}`,
  ];
  const env = gypEnvironment(process.env);
  console.log(`Building better-sqlite3 for Electron ${version} (ABI ${abi})…`);
  try {
    await run(process.execPath, [gyp[0], 'install', ...gyp.slice(1)], { timeoutMs: 120_000, env, quiet: true });
  } catch (error) {
    throw new StepFailed(messages.headersFailed(version, error.message));
  }
  // Build in a copy so node_modules/better-sqlite3/build (the Node build) stays as it is.
  fs.rmSync(paths.sources, { recursive: true, force: true });
  const pristine = path.join(root, 'node_modules/better-sqlite3');
  fs.cpSync(pristine, paths.sources, {
    recursive: true,
    filter: (src) => path.relative(pristine, src).split(path.sep)[0] !== 'build',
  });
  try {
    await run(process.execPath, [gyp[0], 'rebuild', '--release', ...gyp.slice(1)], {
      timeoutMs: 20 * 60_000,
      env,
      cwd: paths.sources,
    });
  } catch (error) {
    throw new StepFailed(messages.compileFailed(error.message));
  }
  const built = path.join(paths.sources, 'build/Release/better_sqlite3.node');
  const actual = readNodeModuleAbi(fs.readFileSync(built));
  if (actual !== abi) throw new StepFailed(messages.abiMismatch(built, actual, abi, source));
  fs.copyFileSync(built, paths.binding);
  return paths.binding;
}

/** Path of the Electron executable, downloading it (with a time limit) when it is missing. */
export async function ensureElectronBinary(root = ROOT) {
  const pkg = path.join(root, 'node_modules/electron');
  const located = () => {
    try {
      const file = path.join(pkg, 'dist', fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8'));
      return fs.existsSync(file) ? file : null;
    } catch {
      return null;
    }
  };
  if (located()) return located();
  try {
    await run(process.execPath, [path.join(pkg, 'install.js')], { timeoutMs: 180_000, quiet: true });
  } catch (error) {
    throw new StepFailed(messages.electronMissing(electronVersion(root), error.message));
  }
  const file = located();
  if (!file)
    throw new StepFailed(messages.electronMissing(electronVersion(root), 'the download did not produce an executable'));
  return file;
}
