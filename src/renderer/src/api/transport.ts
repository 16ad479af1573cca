import { ApiError, type Envelope, type ErrorCode, type EventName, type Method } from '../../../shared/api';

/**
 * The one seam between the renderer and a backend: Electron IPC, the HTTP host, or a
 * test fake. `call` always resolves to an Envelope, even when the channel itself fails.
 */
export interface Transport {
  call(method: Method, input: unknown): Promise<Envelope<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** An error envelope for failures of the channel itself (not reported by the backend). */
export function failureEnvelope(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: new ApiError(code, message).toData() };
}

/** Narrow check that a reply has the envelope shape before we trust it. */
export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  if (v.ok === true) return 'value' in value;
  return v.ok === false && typeof v.error === 'object' && v.error !== null;
}
