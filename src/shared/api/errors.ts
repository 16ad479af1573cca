/**
 * The error model that crosses every boundary (IPC, HTTP, in-process).
 * Errors carry a code and an i18n key; `message` is English for logs only and
 * is never shown to a merchant. Stacks never cross the boundary.
 */
export const ERROR_CODES = [
  'validation',
  'not_found',
  'conflict',
  'offline',
  'remote',
  'rate_limited',
  'unsupported_media',
  'db_corrupt',
  'db_too_new',
  'cancelled',
  'forbidden',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One zod issue, reduced to what is JSON-safe and useful for inline form errors. */
export interface ValidationIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

export interface ApiErrorData {
  code: ErrorCode;
  /** English, for logs only. The UI translates `i18nKey` instead. */
  message: string;
  i18nKey: string;
  params?: Record<string, string | number>;
  retryable: boolean;
  issues?: ValidationIssue[];
  correlationId?: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['offline', 'rate_limited', 'remote']);

/** Default i18n key per code, used when a thrower does not name a more specific one. */
export const defaultI18nKey = (code: ErrorCode): string => `errors.${code}`;

/**
 * The error type every layer throws. Core throws it; dispatch turns it into an
 * envelope; the renderer client rebuilds it from the envelope.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly i18nKey: string;
  readonly params?: Record<string, string | number>;
  readonly retryable: boolean;
  readonly issues?: ValidationIssue[];
  readonly correlationId?: string;

  constructor(
    code: ErrorCode,
    message: string,
    opts: {
      i18nKey?: string;
      params?: Record<string, string | number>;
      retryable?: boolean;
      issues?: ValidationIssue[];
      correlationId?: string;
    } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.i18nKey = opts.i18nKey ?? defaultI18nKey(code);
    this.params = opts.params;
    this.retryable = opts.retryable ?? RETRYABLE.has(code);
    this.issues = opts.issues;
    this.correlationId = opts.correlationId;
  }

  toData(): ApiErrorData {
    const data: ApiErrorData = {
      code: this.code,
      message: this.message,
      i18nKey: this.i18nKey,
      retryable: this.retryable,
    };
    if (this.params) data.params = this.params;
    if (this.issues) data.issues = this.issues;
    if (this.correlationId) data.correlationId = this.correlationId;
    return data;
  }

  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.message, data);
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
