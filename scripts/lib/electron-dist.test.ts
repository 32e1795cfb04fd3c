import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseElectronDist, electronDistArgs, electronExecutableIn } from './electron-dist.mjs';

const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('which Electron is packaged', () => {
  it('uses ELECTRON_DIST when it holds Electron', () => {
    const choice = chooseElectronDist({
      env: { ELECTRON_DIST: '/opt/electron-45' },
      root: '/repo',
      platform: 'linux',
      exists: only('/opt/electron-45/electron'),
    });
    expect(choice).toEqual({ dist: '/opt/electron-45' });
    expect(electronDistArgs(choice)).toEqual(['--config.electronDist=/opt/electron-45']);
  });

  it('says in one line what is wrong with an ELECTRON_DIST without Electron', () => {
    const choice = chooseElectronDist({
      env: { ELECTRON_DIST: '/opt/empty' },
      root: '/repo',
      platform: 'win32',
      exists: only(),
    });
    expect(choice.error).toMatch(/^ELECTRON_DIST is .*empty, which has no electron\.exe/);
    expect(choice.error).not.toContain('\n');
  });

  it('falls back to the binary the electron package downloaded, else to electron-builder’s cache', () => {
    const downloaded = path.join('/repo', 'node_modules/electron/dist');
    expect(
      chooseElectronDist({
        env: {},
        root: '/repo',
        platform: 'darwin',
        exists: only(electronExecutableIn(downloaded, 'darwin')),
      }),
    ).toEqual({ dist: downloaded });
    expect(chooseElectronDist({ env: {}, root: '/repo', platform: 'linux', exists: only() })).toEqual({ dist: null });
    expect(electronDistArgs({ dist: null })).toEqual([]);
  });
});
