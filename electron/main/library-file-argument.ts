// A library opened as a document: the file manager (or a shell) starts Casefile with the
// .casefile file as an argument, on first launch or, through the single-instance lock, as a
// `second-instance` argv. Pure, so it is tested without Electron.
import path from 'node:path';

export const LIBRARY_EXTENSION = '.casefile';

/** The .casefile file named among the arguments (the last one, as a file manager appends it), resolved against `cwd`; null if none. */
export function libraryFileArgument(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!;
    if (arg.startsWith('-')) continue;
    // `--library PATH` is handled by resolveLibraryPath; its value is not a document argument.
    if (argv[i - 1] === '--library') continue;
    if (arg.toLowerCase().endsWith(LIBRARY_EXTENSION)) return path.resolve(cwd, arg);
  }
  return null;
}
