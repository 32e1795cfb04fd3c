import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { windowIconPath } from './app-icon';

const REPO = path.resolve(import.meta.dirname, '../..');

describe('the window icon', () => {
  it('comes from resources/ in development, where the generated PNG exists', () => {
    const icon = windowIconPath({ platform: 'linux', isPackaged: false, resourcesPath: '/unused', appPath: REPO })!;
    expect(fs.existsSync(icon)).toBe(true);
    expect(fs.readFileSync(icon).readUInt32BE(16)).toBe(512); // the PNG's width
  });

  it('comes from the packaged resources where electron-builder copies it', () => {
    expect(
      windowIconPath({ platform: 'win32', isPackaged: true, resourcesPath: '/opt/Casefile/resources', appPath: '/x' }),
    ).toBe(path.join('/opt/Casefile/resources', 'icon.png'));
    const builder = fs.readFileSync(path.join(REPO, 'electron-builder.yml'), 'utf8');
    expect(builder).toMatch(/- from: resources\/icons\/512x512\.png\s+to: icon\.png/);
  });

  it('is left to the app bundle on macOS', () => {
    expect(
      windowIconPath({ platform: 'darwin', isPackaged: true, resourcesPath: '/r', appPath: '/a' }),
    ).toBeUndefined();
  });
});
