// The repository's own TypeScript sources (no tests, no migrations, no dependencies), for the tests
// that read the tree to prove a concept is defined in one place.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = new URL('../../..', import.meta.url).pathname;

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' || d.name === 'migrations' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [path] : [];
  });
}
