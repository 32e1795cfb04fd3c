// Real SQLite files in temporary folders for tests, removed afterwards.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { Backend } from '../backend';

const made: string[] = [];
const open: Backend[] = [];

afterEach(async () => {
  while (open.length) await open.pop()!.close();
  while (made.length) fs.rmSync(made.pop()!, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-test-'));
  made.push(dir);
  return dir;
}

export function tempLibraryPath(): string {
  return path.join(tempDir(), 'library.casefile');
}

/** A backend on a fresh library with an analyst set; closed after the test. */
export function openTestBackend(libraryPath = tempLibraryPath(), analyst = 'Test Analyst'): Backend {
  const backend = new Backend({ libraryPath, analyst });
  open.push(backend);
  return backend;
}

/** A digest of a library file and its WAL, to prove a failed operation changed no byte. */
export function librarySnapshot(libraryPath: string): string {
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal']) {
    hash.update(suffix).update(fs.existsSync(libraryPath + suffix) ? fs.readFileSync(libraryPath + suffix) : '');
  }
  return hash.digest('hex');
}

export const SEED_PATH = path.resolve(import.meta.dirname, '../../../../shared/corpus/seed/000_7b2b4f9a55c89497.txt');
export const SEED_TEXT = fs.readFileSync(SEED_PATH, 'utf8');
