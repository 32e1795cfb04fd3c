// Where Casefile finds a Chromium to drive: the end-to-end tests, the paint benchmark and the PDF
// report all use this one search, so a browser that works for one works for all. The order:
//   1. $CASEFILE_CHROMIUM, an explicit path (used as given, even if it is wrong, so a typo says so);
//   2. the browser Playwright installed (`npx playwright install chromium`), newest revision first;
//   3. the system Chromium or Chrome at its usual path on Linux, macOS or Windows.
// Plain Node and no dependency: the packaged app uses it too, where Playwright is not installed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ChromiumSearch {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  arch: string;
  home: string;
  exists: (file: string) => boolean;
  listDir: (dir: string) => string[];
}

const REAL: ChromiumSearch = {
  env: process.env,
  platform: process.platform,
  arch: process.arch,
  home: os.homedir(),
  exists: (file) => fs.existsSync(file),
  listDir: (dir) => {
    try {
      return fs.readdirSync(dir);
    } catch {
      return [];
    }
  },
};

/** Playwright's browser folder, as Playwright computes it (PLAYWRIGHT_BROWSERS_PATH "0" means inside the package; not searched). */
export function playwrightBrowsersDir(search: ChromiumSearch = REAL): string | null {
  const explicit = search.env.PLAYWRIGHT_BROWSERS_PATH;
  if (explicit && explicit !== '0') return path.resolve(explicit);
  if (search.platform === 'win32')
    return search.env.LOCALAPPDATA ? path.win32.join(search.env.LOCALAPPDATA, 'ms-playwright') : null;
  if (search.platform === 'darwin') return path.join(search.home, 'Library', 'Caches', 'ms-playwright');
  return path.join(search.env.XDG_CACHE_HOME || path.join(search.home, '.cache'), 'ms-playwright');
}

/** The executable inside one of Playwright's `chromium-NNNN` folders, for this platform (current and older layouts). */
function playwrightExecutables(search: ChromiumSearch): string[][] {
  const arm = search.arch === 'arm64';
  if (search.platform === 'win32')
    return [
      ['chrome-win64', 'chrome.exe'],
      ['chrome-win', 'chrome.exe'],
    ];
  if (search.platform === 'darwin') {
    const testing = ['Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'];
    return [
      [arm ? 'chrome-mac-arm64' : 'chrome-mac-x64', ...testing],
      ['chrome-mac', ...testing],
      ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
    ];
  }
  return [
    [arm ? 'chrome-linux-arm64' : 'chrome-linux64', 'chrome'],
    ['chrome-linux', 'chrome'],
  ];
}

function headlessShellExecutable(search: ChromiumSearch): string[] {
  const arm = search.arch === 'arm64';
  if (search.platform === 'win32') return ['chrome-headless-shell-win64', 'chrome-headless-shell.exe'];
  if (search.platform === 'darwin')
    return [arm ? 'chrome-headless-shell-mac-arm64' : 'chrome-headless-shell-mac-x64', 'chrome-headless-shell'];
  return [arm ? 'chrome-headless-shell-linux-arm64' : 'chrome-headless-shell-linux64', 'chrome-headless-shell'];
}

/** Playwright's installed Chromium (the full browser before the headless shell), newest revision first. */
export function playwrightChromium(search: ChromiumSearch = REAL): string | null {
  const dir = playwrightBrowsersDir(search);
  if (!dir) return null;
  const join = search.platform === 'win32' ? path.win32.join : path.join;
  const revisions = (prefix: string) =>
    search
      .listDir(dir)
      .filter((name) => new RegExp(`^${prefix}-\\d+$`).test(name))
      .sort((a, b) => Number(b.slice(prefix.length + 1)) - Number(a.slice(prefix.length + 1)));
  const candidates = [
    ...revisions('chromium').flatMap((folder) =>
      playwrightExecutables(search).map((parts) => join(dir, folder, ...parts)),
    ),
    ...revisions('chromium_headless_shell').map((folder) => join(dir, folder, ...headlessShellExecutable(search))),
  ];
  return candidates.find((file) => search.exists(file)) ?? null;
}

/** The usual install paths of Chromium and Chrome on this platform. */
export function systemChromiumPaths(search: ChromiumSearch = REAL): string[] {
  if (search.platform === 'win32') {
    const roots = [
      search.env.PROGRAMFILES ?? 'C:\\Program Files',
      search.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
      search.env.LOCALAPPDATA,
    ].filter((r): r is string => !!r);
    return roots.flatMap((root) => [
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (search.platform === 'darwin') {
    const apps = ['/Applications', path.join(search.home, 'Applications')];
    return apps.flatMap((apps) => [
      `${apps}/Chromium.app/Contents/MacOS/Chromium`,
      `${apps}/Google Chrome.app/Contents/MacOS/Google Chrome`,
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ];
}

/** The Chromium to use, in the documented order, or null when there is none. */
export function findChromium(search: ChromiumSearch = REAL): string | null {
  const explicit = search.env.CASEFILE_CHROMIUM;
  if (explicit) return explicit;
  return playwrightChromium(search) ?? systemChromiumPaths(search).find((file) => search.exists(file)) ?? null;
}

/** The flags every headless run here uses: no sandbox (containers, root), no GPU, and nothing that phones home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
