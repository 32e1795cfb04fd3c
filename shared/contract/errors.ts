// Every error the backend returns has one of these codes, a message written for the analyst (what
// was wrong and what to do), and optional details for programs.

export const ERROR_CODES = [
  'invalid_input', // input failed the contract's schema or a domain rule
  'not_found', // no object with that id
  'duplicate', // the same original bytes are already in the library
  'quote_not_found', // an excerpt's quote is not in the article's text
  'ambiguous_quote', // the quote occurs more than once
  'in_use', // deletion refused while other objects refer to it
  'newer_library', // the library was written by a newer Casefile
  'corrupt_library', // integrity or audit checks failed
  'io_error', // a file could not be read or written
  'unsupported_format', // a file type Casefile cannot import (yet)
  'cancelled', // a job was cancelled
  'unknown_method', // the method is not in the contract
  'unauthorized', // the browser host's token was missing or wrong
  'backend_unavailable', // the backend process stopped; the call may not have run
  'internal', // a bug: the message says what happened, the log has the rest
  'not_a_library', // the path is missing, not SQLite, or another program's SQLite database
  'read_only', // the library file cannot be written (permissions, immutable, read-only media)
  'busy', // another writer held the library longer than Casefile waits
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ContractErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** Thrown by services; dispatch turns it into an error envelope. */
export class ContractError extends Error implements ContractErrorShape {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ContractError';
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ContractErrorShape };
