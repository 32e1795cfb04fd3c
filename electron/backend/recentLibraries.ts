// The list of recently opened libraries, kept per user (not in any library) as a small JSON file.
import fs from 'node:fs';
import path from 'node:path';

export interface RecentLibrary {
  path: string;
  openedAt: string;
}

const MAX_RECENT = 10;

export class RecentLibraries {
  constructor(private readonly file: string | null) {}

  list(): RecentLibrary[] {
    if (!this.file) return [];
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as unknown;
      return Array.isArray(parsed)
        ? parsed.filter((r): r is RecentLibrary => typeof r?.path === 'string' && typeof r?.openedAt === 'string')
        : [];
    } catch {
      return [];
    }
  }

  remember(libraryPath: string, openedAt: string): void {
    if (!this.file) return;
    const items = [{ path: libraryPath, openedAt }, ...this.list().filter((r) => r.path !== libraryPath)].slice(
      0,
      MAX_RECENT,
    );
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(items, null, 2));
    fs.renameSync(tmp, this.file);
  }
}
