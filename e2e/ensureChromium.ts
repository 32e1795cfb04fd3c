// Before the end-to-end tests: find a Chromium (electron/backend/browser/findChromium.ts says in
// which order) or install one the way this machine allows, so `npm install && npm test` passes on
// a fresh machine. Where nothing can be installed, stop with one line naming the command to run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { findChromium } from '../electron/backend/browser/findChromium';
import { installSteps, missingBrowserMessage, type Machine } from '../electron/backend/browser/installChromium';

function thisMachine(): Machine {
  const hasApt = process.platform === 'linux' && ['/usr/bin/apt-get', '/bin/apt-get'].some((p) => fs.existsSync(p));
  return {
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    hasApt,
    node: process.execPath,
    playwrightCli: createRequire(import.meta.url).resolve('@playwright/test/cli'),
  };
}

/** A Chromium's path, installing one if needed; throws the one-line message when that fails. */
export function ensureChromium(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): string {
  const found = findChromium();
  if (found) {
    if (!fs.existsSync(found))
      throw new Error(
        `CASEFILE_CHROMIUM is set to ${found}, which does not exist: set it to a Chrome or Chromium executable, or unset it.`,
      );
    return found;
  }
  const machine = thisMachine();
  for (const step of installSteps(machine)) {
    log(`No Chromium found for the end-to-end tests; installing one: ${step.display}`);
    const result = spawnSync(step.command, step.args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: 10 * 60_000,
    });
    const installed = result.status === 0 ? findChromium() : null;
    if (installed) return installed;
  }
  throw new Error(missingBrowserMessage(machine));
}
