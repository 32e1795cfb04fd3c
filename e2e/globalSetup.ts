// The suite tests the renderer as built; a missing build is a setup mistake, said plainly.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const STATIC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../out/renderer');

export default function globalSetup(): void {
  if (!fs.existsSync(path.join(STATIC_DIR, 'index.html'))) {
    throw new Error(`No renderer build at ${STATIC_DIR}. Run "npm run build" before "npm run test:e2e".`);
  }
}
