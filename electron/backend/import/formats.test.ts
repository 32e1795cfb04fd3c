// The renderer offers exactly the file types the backend can extract.
import { describe, expect, it } from 'vitest';
import { hasImportableExtension, IMPORTABLE_EXTENSIONS as SHARED } from '../../../shared/contract/importFormats';
import { IMPORTABLE_EXTENSIONS } from './formats';

describe('importable extensions', () => {
  it('are the same list in the backend and in shared/contract', () => {
    expect([...IMPORTABLE_EXTENSIONS].sort()).toEqual([...SHARED].sort());
  });

  it('are matched case-insensitively, on the last extension, never on a bare dot-file', () => {
    expect(hasImportableExtension('Page.HTM')).toBe(true);
    expect(hasImportableExtension('report.final.pdf')).toBe(true);
    expect(hasImportableExtension('photo.png')).toBe(false);
    expect(hasImportableExtension('.md')).toBe(false);
    expect(hasImportableExtension('README')).toBe(false);
  });
});
