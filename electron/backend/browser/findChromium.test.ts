// The browser search on each platform, against real folders laid out as Playwright and the
// operating systems lay them out (a temp folder stands in for the home directory).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempLibrary';
import { findChromium, playwrightBrowsersDir, type ChromiumSearch } from './findChromium';

function touch(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  return file;
}

/** A search of this disk with the given platform and environment, and nothing at the system paths unless listed. */
function search(overrides: Partial<ChromiumSearch> & { system?: string[] }): ChromiumSearch {
  const system = new Set(overrides.system ?? []);
  return {
    env: {},
    platform: 'linux',
    arch: 'x64',
    home: tempDir(),
    exists: (file) => system.has(file) || (file.startsWith(os.tmpdir()) && fs.existsSync(file)),
    listDir: (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []),
    ...overrides,
  };
}

describe('findChromium', () => {
  it('takes CASEFILE_CHROMIUM first, as given', () => {
    const s = search({ env: { CASEFILE_CHROMIUM: '/opt/my/chrome' }, system: ['/usr/bin/chromium'] });
    expect(findChromium(s)).toBe('/opt/my/chrome');
  });

  it('prefers the newest Playwright Chromium over the system one, and the full browser over the headless shell', () => {
    const s = search({ system: ['/usr/bin/chromium'] });
    const dir = playwrightBrowsersDir(s)!;
    expect(dir).toBe(path.join(s.home, '.cache', 'ms-playwright'));
    touch(path.join(dir, 'chromium_headless_shell-1300', 'chrome-headless-shell-linux64', 'chrome-headless-shell'));
    touch(path.join(dir, 'chromium-999', 'chrome-linux64', 'chrome'));
    const newest = touch(path.join(dir, 'chromium-1255', 'chrome-linux64', 'chrome'));
    fs.mkdirSync(path.join(dir, 'chromium-1300')); // an interrupted download: no executable inside
    expect(findChromium(s)).toBe(newest);
  });

  it('falls back to Playwright’s headless shell, then to the system Chromium', () => {
    const s = search({ system: ['/usr/bin/google-chrome'] });
    expect(findChromium(s)).toBe('/usr/bin/google-chrome');
    const shell = touch(
      path.join(
        playwrightBrowsersDir(s)!,
        'chromium_headless_shell-1255',
        'chrome-headless-shell-linux64',
        'chrome-headless-shell',
      ),
    );
    expect(findChromium(s)).toBe(shell);
  });

  it('honours PLAYWRIGHT_BROWSERS_PATH and the macOS layout', () => {
    const browsers = tempDir();
    const s = search({ platform: 'darwin', arch: 'arm64', env: { PLAYWRIGHT_BROWSERS_PATH: browsers } });
    const app = touch(
      path.join(
        browsers,
        'chromium-1255',
        'chrome-mac-arm64',
        'Google Chrome for Testing.app',
        'Contents',
        'MacOS',
        'Google Chrome for Testing',
      ),
    );
    expect(findChromium(s)).toBe(app);
  });

  it('knows the usual Chrome paths on macOS and Windows', () => {
    expect(
      findChromium(
        search({ platform: 'darwin', system: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'] }),
      ),
    ).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(
      findChromium(search({ platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' }, system: [chrome] })),
    ).toBe(chrome);
    expect(
      playwrightBrowsersDir(search({ platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\vk\\AppData\\Local' } })),
    ).toBe('C:\\Users\\vk\\AppData\\Local\\ms-playwright');
  });

  it('says null when there is no browser at all', () => {
    expect(findChromium(search({}))).toBeNull();
  });
});
