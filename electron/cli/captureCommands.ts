// The web-capture commands: `capture URL...`, `export-warc ID --out FILE.warc.gz` and `network`.
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ContractError } from '../../shared/contract/errors';
import type { WebCaptureResult } from '../../shared/contract/webCapture';
import type { Backend } from '../backend/backend';
import { parseProxy } from '../backend/capture/network';
import { GLOBAL_OPTIONS, UsageError } from './args';
import type { Outcome } from './commands';

type Command = (backend: Backend, argv: string[]) => Promise<Outcome>;

function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export const captureCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, {
    proxy: { type: 'string' },
    screenshot: { type: 'boolean' },
    'user-agent': { type: 'string' },
    'capture-anyway': { type: 'boolean' },
    timeout: { type: 'string' },
  });
  if (!positionals.length) throw new UsageError('capture needs at least one URL');
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout >= 1 && timeout <= 600)) {
    throw new ContractError(
      'invalid_input',
      `--timeout must be a whole number of seconds from 1 to 600, not "${String(values.timeout)}".`,
    );
  }
  const { jobId } = await backend.call('web.capture', {
    urls: positionals,
    snapshot: Boolean(values.screenshot),
    captureAnyway: Boolean(values['capture-anyway']),
    ...(values.proxy !== undefined && { proxy: String(values.proxy) }),
    ...(values['user-agent'] !== undefined && { userAgent: String(values['user-agent']) }),
    ...(timeout !== undefined && { timeoutSeconds: timeout }),
  });
  const stop = backend.onEvent((event, payload) => {
    if (event === 'job.progress' && process.stderr.isTTY) {
      const p = (payload as { progress: { done: number; total: number; current: string } }).progress;
      process.stderr.write(`\rcapturing ${p.done}/${p.total} ${p.current.slice(-60).padEnd(60)}`);
    }
  });
  const state = await backend.jobs.wait(jobId);
  stop();
  if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(80) + '\r');
  if (state.status === 'failed')
    throw new ContractError((state.error?.code ?? 'internal') as never, state.error?.message ?? 'The capture failed.');
  const result = state.result as WebCaptureResult;
  const lines = [
    ...result.captured.map((c) =>
      [
        `captured  ${c.id}  sha256:${c.sha256}  ${c.url}  ${c.title}`,
        ...(c.previousArticleId ? [`          the page changed since capture ${c.previousArticleId}`] : []),
        ...c.warnings.map((w) => `          warning: ${w}`),
      ].join('\n'),
    ),
    ...result.duplicates.map(
      (d) => `duplicate ${d.id}  sha256:${d.sha256}  ${d.url} (the same bytes are already in the library)`,
    ),
    ...result.failed.map((f) => `failed    ${f.url}: ${f.error}`),
  ];
  return { json: result, text: lines.join('\n'), exitCode: result.failed.length ? 1 : 0 };
};

export const exportWarcCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, { out: { type: 'string' } });
  const out = values.out;
  if (typeof out !== 'string' || !out) throw new UsageError('missing --out FILE.warc.gz');
  const id = positionals[0];
  if (!id) throw new UsageError('missing CASE_ID (or ARTICLE_ID)');
  const result = await backend.call('web.exportWarc', { id, path: out });
  return {
    json: result,
    text: `Wrote ${result.captures} web capture(s) to ${path.resolve(out)} (${result.size} bytes)`,
  };
};

export const networkCommand: Command = async (backend, argv) => {
  const { positionals } = parse(argv, {});
  const setting =
    positionals[0] === undefined
      ? await backend.call('web.getNetwork', {})
      : await backend.call('web.setNetwork', parseProxy(positionals[0]));
  const text =
    setting.mode === 'direct'
      ? 'Captures connect directly.'
      : `Captures go through the ${setting.mode === 'socks5' ? 'SOCKS5' : setting.mode.toUpperCase()} proxy ${setting.proxy}; if it is down they fail, never going direct.`;
  return { json: setting, text };
};
