// The packaged app keeps its native module outside the asar archive. The rules are checked on
// listings here; a real package (dist/…/resources/app.asar, from `npm run package -- --dir`) is
// read with @electron/asar when both exist, and the test says it skipped, and why, when not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asarUnpackPatterns, findPackagedArchives, nativeModuleProblems, parsePackListing } from './asar-listing.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');

describe('electron-builder.yml', () => {
  it('unpacks every .node file from the archive', () => {
    const patterns = asarUnpackPatterns(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'));
    expect(patterns).toContain('**/*.node');
  });

  it('reads asarUnpack lists with quotes and comments', () => {
    expect(asarUnpackPatterns('asar: true\n# c\nasarUnpack:\n  # why\n  - "**/*.node"\n  - x/y\nfiles: []\n')).toEqual([
      '**/*.node',
      'x/y',
    ]);
    expect(asarUnpackPatterns('asar: true\n')).toEqual([]);
  });
});

describe('native modules in a package listing', () => {
  const listing = parsePackListing([
    'pack   : /out',
    'pack   : /out/main/index.js',
    'unpack : /node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  ]);
  const present =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);

  it('passes when native code is unpacked and the SQLite module the app loads is beside the archive', () => {
    expect(
      nativeModuleProblems(
        listing,
        present(
          'app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
          'native/better_sqlite3.node',
        ),
      ),
    ).toEqual([]);
  });

  it('names a native module packed inside the archive, or missing from the unpacked folder', () => {
    const packed = parsePackListing(['pack   : /node_modules/better-sqlite3/build/Release/better_sqlite3.node']);
    expect(nativeModuleProblems(packed, present('native/better_sqlite3.node'))).toEqual([
      '/node_modules/better-sqlite3/build/Release/better_sqlite3.node is inside app.asar, where native code cannot be loaded.',
    ]);
    expect(nativeModuleProblems(listing, present('native/better_sqlite3.node'))[0]).toMatch(
      /missing from app\.asar\.unpacked/,
    );
  });

  it('names a missing resources/native/better_sqlite3.node', () => {
    expect(nativeModuleProblems(parsePackListing(['pack   : /out/main/index.js']), present())).toEqual([
      'resources/native/better_sqlite3.node, the SQLite module the app loads, is missing.',
    ]);
  });
});

type Asar = typeof import('@electron/asar');

async function loadAsar(): Promise<Asar | null> {
  try {
    return await import('@electron/asar');
  } catch {
    return null;
  }
}

function problemsIn(asar: Asar, archive: string): string[] {
  const resources = path.dirname(archive);
  const entries = parsePackListing(asar.listPackage(archive, { isPack: true }));
  expect(entries.length, archive).toBeGreaterThan(0);
  return nativeModuleProblems(entries, (file) => fs.existsSync(path.join(resources, file)));
}

describe('an archive made with @electron/asar', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  // A miniature package, so the listing's real format is what the rules read.
  async function pack(asar: Asar, unpack: string | undefined): Promise<string> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-asar-'));
    made.push(root);
    const app = path.join(root, 'app');
    fs.mkdirSync(path.join(app, 'node_modules/better-sqlite3/build/Release'), { recursive: true });
    fs.writeFileSync(path.join(app, 'package.json'), '{"name":"casefile"}');
    fs.writeFileSync(path.join(app, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'ELF');
    const resources = path.join(root, 'resources');
    fs.mkdirSync(path.join(resources, 'native'), { recursive: true });
    fs.writeFileSync(path.join(resources, 'native/better_sqlite3.node'), 'ELF');
    const archive = path.join(resources, 'app.asar');
    await asar.createPackageWithOptions(app, archive, unpack ? { unpack } : {});
    return archive;
  }

  it('passes with asarUnpack’s pattern and fails without it', async (context) => {
    const asar = await loadAsar();
    if (!asar) return context.skip('@electron/asar is not installed, so no archive can be made or listed');
    expect(problemsIn(asar, await pack(asar, '**/*.node'))).toEqual([]);
    expect(problemsIn(asar, await pack(asar, undefined))).toEqual([
      '/node_modules/better-sqlite3/build/Release/better_sqlite3.node is inside app.asar, where native code cannot be loaded.',
    ]);
  });
});

describe('the packaged app', () => {
  const archives = findPackagedArchives(DIST);

  it('keeps the better-sqlite3 native module outside app.asar', async (context) => {
    if (archives.length === 0) {
      return context.skip('no packaged app: dist/…/resources/app.asar does not exist (run `npm run package -- --dir`)');
    }
    const asar = await loadAsar();
    if (!asar) return context.skip('@electron/asar is not installed, so the archive cannot be listed');
    for (const archive of archives) expect(problemsIn(asar, archive), archive).toEqual([]);
  });
});
