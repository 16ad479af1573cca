import type { ApiErrorData } from '../shared/api/errors';

/** Exit codes: 0 ok, 1 the command failed, 2 the command line was wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A bad command line: unknown command/option, missing or malformed value. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command ran and failed; `code` is the envelope's error code when there is one. */
export class CommandFailure extends Error {
  override readonly name = 'CommandFailure';
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }

  static fromEnvelope(context: string, error: ApiErrorData): CommandFailure | UsageError {
    const details = error.issues?.length
      ? `: ${error.issues.map((i) => `${i.path.join('.') || 'input'} ${i.message}`).join('; ')}`
      : '';
    const message = `${context}: ${error.message}${details} [${error.code}]`;
    // The CLI builds every input itself, so a contract validation error is a usage error.
    return error.code === 'validation' ? new UsageError(message) : new CommandFailure(message, error.code);
  }
}
