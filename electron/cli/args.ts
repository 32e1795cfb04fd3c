// Command-line parsing on node:util's parseArgs: global options, then a command and its own.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export const GLOBAL_OPTIONS = {
  library: { type: 'string' },
  analyst: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
