// Checks on a packaged app's file list (issue 18, packaging): native code cannot be loaded from
// inside an asar archive, so every `.node` file must be unpacked beside it, and the Electron build
// of better-sqlite3 that the app loads (resources/native, electron/main/launch-options.ts) must be
// there. Pure functions over the listing; scripts/lib/asar-listing.test.ts reads a real package.
import fs from 'node:fs';
import path from 'node:path';

/** `listPackage(archive, { isPack: true })` lines ("pack   : /a", "unpack : /b") as entries. */
export function parsePackListing(lines) {
  return lines.map((line) => {
    const match = /^(pack|unpack)\s*:\s*(.*)$/.exec(line);
    if (!match) throw new Error(`Not an asar listing line: ${line}`);
    return { path: match[2].replaceAll('\\', '/'), unpacked: match[1] === 'unpack' };
  });
}

/**
 * What is wrong with a package's native modules, as sentences (empty when all is well).
 * `exists(relative)` answers for paths under the package's resources folder.
 */
export function nativeModuleProblems(entries, exists) {
  const problems = [];
  for (const entry of entries.filter((e) => e.path.endsWith('.node'))) {
    if (!entry.unpacked) problems.push(`${entry.path} is inside app.asar, where native code cannot be loaded.`);
    else if (!exists(`app.asar.unpacked${entry.path}`))
      problems.push(`${entry.path} is marked unpacked but is missing from app.asar.unpacked.`);
  }
  if (!exists('native/better_sqlite3.node'))
    problems.push('resources/native/better_sqlite3.node, the SQLite module the app loads, is missing.');
  return problems;
}

/** The `asarUnpack` patterns of electron-builder.yml (a top-level list of strings). */
export function asarUnpackPatterns(yml) {
  const block = /^asarUnpack:\s*\n((?:[ \t]+-.*\n?|[ \t]*#.*\n?)*)/m.exec(yml);
  if (!block) return [];
  return [...block[1].matchAll(/^[ \t]+-[ \t]*["']?([^"'\n#]+?)["']?[ \t]*$/gm)].map((m) => m[1]);
}

/** Every `…/resources/app.asar` electron-builder left under `dist` (unpacked dirs, mac bundles). */
export function findPackagedArchives(dist, depth = 5) {
  if (depth < 0 || !fs.existsSync(dist)) return [];
  const found = [];
  for (const entry of fs.readdirSync(dist, { withFileTypes: true })) {
    const full = path.join(dist, entry.name);
    if (entry.isFile() && entry.name === 'app.asar' && /^resources$/i.test(path.basename(dist))) found.push(full);
    else if (entry.isDirectory() && !entry.name.endsWith('.unpacked'))
      found.push(...findPackagedArchives(full, depth - 1));
  }
  return found;
}
