// Commands that protect the evidence: `head` (the audit head to anchor outside the library) and
// the --anchor option of `verify`. `init` is handled in main.ts, before any library is opened.
import fs from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ContractError } from '../../shared/contract/errors';
import { formatMegabytes } from '../../shared/contract/limits';
import type { Backend } from '../backend/backend';
import { anchorLine, parseAnchors, type Anchor } from '../backend/verify/anchor';
import { GLOBAL_OPTIONS, UsageError } from './args';
import type { Outcome } from './commands';

function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export async function headCommand(backend: Backend, argv: string[]): Promise<Outcome> {
  const { values } = parse(argv, { append: { type: 'string' } });
  const head = await backend.call('library.head', {});
  if (!head)
    return { json: { head: null }, text: 'The audit log is empty: nothing has been recorded in this library yet.' };
  const append = values.append;
  if (append) {
    try {
      const fd = fs.openSync(append, 'a');
      fs.writeSync(fd, anchorLine(head, backend.library.path));
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    } catch (error) {
      throw new ContractError(
        'io_error',
        `Could not append the audit head to ${append}: ${(error as NodeJS.ErrnoException).message}`,
      );
    }
  }
  return {
    json: { ...head, ...(append && { appendedTo: append }) },
    text: `${head.seq} ${head.hash} ${head.at}${append ? `\nAppended to ${append}; keep that file away from the library and check it with: casefile verify --anchor ${append}` : ''}`,
  };
}

/** --anchor FILE|HASH: a bare SHA-256, or an anchor file as `head --append` writes it. */
export function readAnchors(value: string | undefined): Anchor[] | undefined {
  if (value === undefined) return undefined;
  if (/^[0-9a-fA-F]{64}$/.test(value.trim())) return parseAnchors(value);
  let text: string;
  try {
    text = fs.readFileSync(value, 'utf8');
  } catch (error) {
    throw new ContractError(
      'io_error',
      `--anchor: ${value} is neither an audit head (64 hex digits) nor a readable anchor file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
    );
  }
  try {
    return parseAnchors(text);
  } catch (error) {
    throw new ContractError('invalid_input', `--anchor: ${value}: ${(error as Error).message}.`);
  }
}

export async function backupCommand(backend: Backend): Promise<Outcome> {
  const info = await backend.call('backups.create', {});
  return {
    json: info,
    text: `Backed up and verified: ${info.path}${info.head ? `\naudit head ${info.head.seq} ${info.head.hash}` : ''}`,
  };
}

export async function backupsCommand(backend: Backend): Promise<Outcome> {
  const { items } = await backend.call('backups.list', {});
  return {
    json: { items },
    text:
      items
        .map((b) => `${b.createdAt}  ${b.reason.padEnd(20)} ${formatMegabytes(b.sizeBytes, 1)}  ${b.path}`)
        .join('\n') || 'No backups yet. Make one with: casefile backup',
  };
}
