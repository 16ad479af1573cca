import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  ApiError,
  contract,
  isMethod,
  type Envelope,
  type Method,
  type ValidationIssue,
} from '../shared/api';
import type { Ctx, Handlers } from './context';
import { isCorruptionError } from './db/open';

/** Handlers slower than this are logged (Signal's MIN_TRACE_DURATION): they belong in a job. */
const SLOW_HANDLER_MS = 40;

export interface Dispatcher {
  dispatch(method: string, raw: unknown): Promise<Envelope<unknown>>;
}

/**
 * validate input → handler → validate output → Envelope. Mutations announce the tables
 * they wrote in `db.changed` so every client refetches what it shows. Unknown errors
 * become `internal` with a correlation id; the stack is logged here and never leaves.
 */
export function createDispatcher(
  handlers: Handlers,
  ctx: () => Ctx,
  opts: { validateOutput: boolean; blockedBy?: () => ApiError | null },
): Dispatcher {
  return {
    async dispatch(method, raw) {
      const blocked = opts.blockedBy?.();
      if (blocked) return { ok: false, error: blocked.toData() };
      if (!isMethod(method)) {
        return fail(
          new ApiError('validation', `unknown method ${String(method).slice(0, 80)}`, {
            i18nKey: 'errors.method_unknown',
            params: { method: String(method).slice(0, 80) },
          }),
        );
      }
      const started = performance.now();
      try {
        const value = await run(method, raw, handlers, ctx(), opts.validateOutput);
        const ms = performance.now() - started;
        if (ms > SLOW_HANDLER_MS) ctx().logger.warn('slow handler', { method, ms: Math.round(ms) });
        return { ok: true, value };
      } catch (e) {
        return fail(toApiError(e, method, ctx()));
      }
    },
  };
}

async function run(method: Method, raw: unknown, handlers: Handlers, ctx: Ctx, validateOutput: boolean) {
  const entry = contract[method];
  const parsed = entry.input.safeParse(raw ?? {});
  if (!parsed.success) throw validationError(parsed.error);
  const handler = handlers[method] as (input: unknown, ctx: Ctx) => unknown;
  const result = await handler(parsed.data, ctx);
  const output = validateOutput ? entry.output.parse(result) : result;
  if (entry.kind === 'mutation' && entry.invalidates.length > 0) {
    ctx.events.emit('db.changed', { tables: [...entry.invalidates] });
  }
  return output;
}

export function validationError(error: z.ZodError): ApiError {
  const issues: ValidationIssue[] = error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: i.code,
    message: i.message,
  }));
  return new ApiError('validation', 'input does not match the contract', { issues });
}

function toApiError(e: unknown, method: Method, ctx: Ctx): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof z.ZodError) {
    // Output validation failed: a bug on our side, never the caller's fault.
    return internal(e, method, ctx);
  }
  if (isCorruptionError(e)) return new ApiError('db_corrupt', (e as Error).message);
  if ((e as Error)?.name === 'AbortError') return new ApiError('cancelled', 'cancelled');
  return internal(e, method, ctx);
}

function internal(e: unknown, method: Method, ctx: Ctx): ApiError {
  const correlationId = randomUUID();
  ctx.logger.error('handler failed', {
    method,
    correlationId,
    error: e instanceof Error ? (e.stack ?? e.message) : String(e),
  });
  return new ApiError('internal', 'internal error', { correlationId });
}

const fail = (e: ApiError): Envelope<never> => ({ ok: false, error: e.toData() });
