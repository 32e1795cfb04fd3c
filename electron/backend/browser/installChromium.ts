// How a machine without a Chromium gets one, decided from facts about the machine so it can be
// tested on any machine; e2e/ensureChromium.ts runs the steps before the end-to-end tests.

export interface InstallStep {
  /** What the user would type. */
  display: string;
  command: string;
  args: string[];
}

export interface Machine {
  platform: NodeJS.Platform;
  isRoot: boolean;
  /** apt-get exists (Debian, Ubuntu and their derivatives). */
  hasApt: boolean;
  /** The Node binary and Playwright's CLI script, to run Playwright's installer without npx. */
  node: string;
  playwrightCli: string;
}

/** How this machine can get a Chromium, best first. Debian's package also brings the CJK fonts the specs need. */
export function installSteps(machine: Machine): InstallStep[] {
  const steps: InstallStep[] = [];
  if (machine.platform === 'linux' && machine.hasApt && machine.isRoot) {
    steps.push({
      display: 'apt-get install chromium fonts-noto-cjk',
      command: 'sh',
      args: [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk',
      ],
    });
  }
  // Playwright's own build, downloaded from its CDN where the network allows it (no root needed).
  steps.push({
    display: 'npx playwright install chromium',
    command: machine.node,
    args: [machine.playwrightCli, 'install', 'chromium'],
  });
  return steps;
}

/** The one line said when nothing could be installed: the exact command for this machine. */
export function missingBrowserMessage(machine: Machine): string {
  const command =
    machine.platform === 'linux' && machine.hasApt
      ? `${machine.isRoot ? '' : 'sudo '}apt-get install chromium fonts-noto-cjk`
      : 'npx playwright install chromium';
  return `No Chromium for the end-to-end tests and none could be installed: run "${command}" (or set CASEFILE_CHROMIUM to a Chrome or Chromium executable), then npm test again.`;
}
