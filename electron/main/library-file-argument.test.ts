import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryFileArgument } from './library-file-argument';

describe('a library file given as an argument', () => {
  it('is found after Chromium’s switches, resolved against the working folder', () => {
    expect(
      libraryFileArgument(
        ['/opt/Casefile/casefile', '--allow-file-access-from-files', 'cases/border.casefile'],
        '/home/vk',
      ),
    ).toBe(path.resolve('/home/vk/cases/border.casefile'));
    expect(libraryFileArgument(['/opt/Casefile/casefile', '/media/usb/Teammate.CASEFILE'], '/')).toBe(
      path.resolve('/media/usb/Teammate.CASEFILE'),
    );
  });

  it('ignores the app path, other files and the value of --library', () => {
    expect(libraryFileArgument(['electron', '/work/app', '--library', 'x.casefile'], '/w')).toBeNull();
    expect(libraryFileArgument(['casefile', 'notes.txt'], '/w')).toBeNull();
    expect(libraryFileArgument(['a.casefile'], '/w')).toBeNull(); // argv[0] is the executable
  });

  it('is associated with the app in the installers', () => {
    const builder = fs.readFileSync(path.resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8');
    expect(builder).toMatch(/fileAssociations:\s+- ext: casefile/);
  });
});
