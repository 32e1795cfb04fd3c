// The suite tests the renderer as built; a missing build is a setup mistake, said plainly. A
// missing browser is installed where the machine allows it (e2e/ensureChromium.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensureChromium';

export const STATIC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../out/renderer');

export default function globalSetup(): void {
  if (!fs.existsSync(path.join(STATIC_DIR, 'index.html'))) {
    throw new Error(`No renderer build at ${STATIC_DIR}. Run "npm run build" before "npm run test:e2e".`);
  }
  // Workers inherit this process's environment and load playwright.config.ts again, where
  // findChromium() then returns the browser found or installed here.
  process.env.CASEFILE_CHROMIUM = ensureChromium();
}
