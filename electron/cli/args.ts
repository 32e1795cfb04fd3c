// Command-line parsing on node:util's parseArgs: global options, then a command and its own.
import type { ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export const GLOBAL_OPTIONS = {
  library: { type: 'string' },
  analyst: { type: 'string' },
  json: { type: 'boolean', default: false },
  'read-only': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];
