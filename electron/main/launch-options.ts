// Where the desktop app's library and native SQLite binding come from. Pure, so tests can check the
// precedence rules without Electron.
import path from 'node:path';

export const LIBRARY_FLAG = '--library';
export const LIBRARY_ENV = 'CASEFILE_LIBRARY';
/** Set by `npm start` (scripts/start-electron.mjs) to the Electron-ABI build of better-sqlite3. */
export const NATIVE_BINDING_ENV = 'CASEFILE_NATIVE_BINDING';

function flagValue(argv: readonly string[], flag: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === flag) return argv[i + 1] ?? null;
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return null;
}

/** `--library PATH` (or `--library=PATH`), else $CASEFILE_LIBRARY, else `<userData>/library.casefile`. */
export function resolveLibraryPath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
  cwd = process.cwd(),
): string {
  const chosen = flagValue(argv, LIBRARY_FLAG) || env[LIBRARY_ENV] || path.join(userDataDir, 'library.casefile');
  return path.resolve(cwd, chosen);
}

/**
 * The better_sqlite3.node the backend must load. Packaged apps use only the copy shipped in their
 * resources: honouring an environment variable there would let anyone who can set one make a
 * signed Casefile load arbitrary native code. In development `npm start` names the file.
 */
export function nativeBindingPath(options: {
  isPackaged: boolean;
  resourcesPath: string;
  env: Readonly<Record<string, string | undefined>>;
}): string | undefined {
  if (options.isPackaged) return path.join(options.resourcesPath, 'native', 'better_sqlite3.node');
  return options.env[NATIVE_BINDING_ENV] || undefined;
}
