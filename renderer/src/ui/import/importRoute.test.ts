import { describe, expect, it } from 'vitest';
import { chooseImportRoute } from './importRoute';

type FakeFile = { name: string; path: string };
const files: FakeFile[] = [
  { name: 'a.txt', path: '/home/vk/a.txt' },
  { name: 'b.pdf', path: '/home/vk/b.pdf' },
];
const pathOf = (f: FakeFile) => f.path || null;

describe('choosing how files are imported', () => {
  it('imports by path on a host that can (the desktop app)', () => {
    expect(chooseImportRoute(files, true, pathOf)).toEqual({
      kind: 'paths',
      paths: ['/home/vk/a.txt', '/home/vk/b.pdf'],
    });
  });

  it('uploads on a host that cannot (the browser host), even if paths were known', () => {
    expect(chooseImportRoute(files, false, pathOf)).toEqual({ kind: 'upload', files });
  });

  it('uploads all when any file has no path (made in the page)', () => {
    expect(chooseImportRoute([...files, { name: 'pasted.txt', path: '' }], true, pathOf)).toMatchObject({
      kind: 'upload',
    });
  });
});
