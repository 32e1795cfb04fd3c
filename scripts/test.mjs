// `npm test`: lint, type-check and build side by side (each is mostly single-threaded, so on two
// cores they finish together in the time of the slowest), then Vitest, then the end-to-end tests
// (each of those uses every core by itself). Stops at the first stage that fails, after printing
// each failed script's output whole; a passing script's output is printed too, in one block.
import { spawn } from 'node:child_process';

const STAGES = [['lint', 'typecheck', 'build'], ['test:unit'], ['test:e2e']];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function runScript(name, { quiet }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', name], {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      shell: process.platform === 'win32',
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) =>
      resolve({ name, ok: code === 0, code: signal ?? code, seconds: (Date.now() - started) / 1000, output }),
    );
  });
}

for (const stage of STAGES) {
  const together = stage.length > 1;
  if (together) console.log(`\n▶ ${stage.join(', ')} (side by side)`);
  const results = await Promise.all(stage.map((name) => runScript(name, { quiet: together })));
  for (const result of results) {
    const text = Buffer.concat(result.output).toString('utf8').trimEnd();
    if (together && text) console.log(`\n── ${result.name} ──\n${text}`);
    console.log(`${result.ok ? '✓' : '✗'} ${result.name} (${result.seconds.toFixed(0)} s)`);
  }
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    console.error(`\nnpm test stopped: ${failed.map((r) => `${r.name} exited with ${r.code}`).join('; ')}.`);
    process.exit(1);
  }
}
