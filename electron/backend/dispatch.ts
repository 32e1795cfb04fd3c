// The boundary every call crosses: check the method exists, parse its input with the contract's
// schema, run the handler, and answer with an envelope. Nothing below this trusts its caller.
import { z } from 'zod';
import { effects, isMethodName } from '../../shared/contract/effects';
import { ContractError, type Envelope } from '../../shared/contract/errors';
import { methods, type MethodName, type MethodOutput } from '../../shared/contract/methods';
import type { Handlers } from './handlers';
import { BUSY_MESSAGE, type Ctx } from './services/context';

function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

const READ_ONLY_MESSAGE =
  'The library is open read-only (its file or folder cannot be written, or read-only was asked for), so it cannot be changed. Copy it somewhere writable to make changes.';

export function toErrorEnvelope(error: unknown): Envelope<never> {
  if (error instanceof ContractError) {
    return {
      ok: false,
      error: {
        code: error.code,
        message: error.message,
        ...(error.details === undefined ? {} : { details: error.details }),
      },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  // SQLite constraint failures that slip past validation are still the caller's input.
  if (
    error instanceof Error &&
    'code' in error &&
    String((error as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT')
  ) {
    return { ok: false, error: { code: 'invalid_input', message: `The library refused the change: ${message}` } };
  }
  const sqliteCode = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (sqliteCode.startsWith('SQLITE_BUSY') || sqliteCode.startsWith('SQLITE_LOCKED')) {
    return { ok: false, error: { code: 'busy', message: BUSY_MESSAGE } };
  }
  if (sqliteCode.startsWith('SQLITE_READONLY')) {
    return {
      ok: false,
      error: {
        code: 'read_only',
        message: READ_ONLY_MESSAGE,
      },
    };
  }
  return { ok: false, error: { code: 'internal', message: `Something went wrong inside Casefile: ${message}` } };
}

export async function dispatch(
  getCtx: () => Ctx,
  handlers: Handlers,
  method: unknown,
  rawInput: unknown,
): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `"${String(method)}" is not a Casefile method.` } };
  }
  const parsed = methods[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: `${method}: ${describeZodError(parsed.error)}`,
        details: parsed.error.issues,
      },
    };
  }
  const ctx = getCtx();
  const declaredEffect = effects[method];
  // A read-only library refuses every change up front, before a job starts or a handler half-runs.
  if (ctx.db.readonly && method !== 'library.open' && declaredEffect.effect !== 'read' && declaredEffect.writes.length)
    return { ok: false, error: { code: 'read_only', message: READ_ONLY_MESSAGE } };
  try {
    const handler = handlers[method] as (ctx: Ctx, input: unknown) => unknown;
    const value = await handler(ctx, parsed.data);
    // A job announces its changes when it finishes (jobs.ts); library.open announces its own switch.
    const declared = effects[method];
    if (declared.effect === 'write' && method !== 'library.open')
      getCtx().emit('library.changed', { kinds: [...declared.writes] });
    return { ok: true, value: value as MethodOutput<MethodName> };
  } catch (error) {
    return toErrorEnvelope(error);
  }
}
