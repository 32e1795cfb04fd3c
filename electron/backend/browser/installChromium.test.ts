import { describe, expect, it } from 'vitest';
import { installSteps, missingBrowserMessage, type Machine } from './installChromium';

const debianRoot: Machine = {
  platform: 'linux',
  isRoot: true,
  hasApt: true,
  node: '/usr/bin/node',
  playwrightCli: '/p/cli.js',
};

describe('installing a Chromium for the end-to-end tests', () => {
  it('uses Debian’s packages as root (as .ci/run does), then Playwright’s installer', () => {
    const steps = installSteps(debianRoot);
    expect(steps.map((s) => s.display)).toEqual([
      'apt-get install chromium fonts-noto-cjk',
      'npx playwright install chromium',
    ]);
    expect(steps[0]!.args.join(' ')).toContain(
      'apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk',
    );
    expect(steps[1]).toMatchObject({ command: '/usr/bin/node', args: ['/p/cli.js', 'install', 'chromium'] });
  });

  it('only tries Playwright’s installer without root or off Debian', () => {
    expect(installSteps({ ...debianRoot, isRoot: false }).map((s) => s.display)).toEqual([
      'npx playwright install chromium',
    ]);
    expect(installSteps({ ...debianRoot, platform: 'darwin', hasApt: false }).map((s) => s.display)).toEqual([
      'npx playwright install chromium',
    ]);
  });

  it('names the exact command to run when nothing could be installed', () => {
    expect(missingBrowserMessage({ ...debianRoot, isRoot: false })).toMatch(
      /run "sudo apt-get install chromium fonts-noto-cjk"/,
    );
    expect(missingBrowserMessage({ ...debianRoot, platform: 'win32', hasApt: false })).toMatch(
      /run "npx playwright install chromium"/,
    );
    expect(missingBrowserMessage(debianRoot)).not.toContain('\n');
  });
});
