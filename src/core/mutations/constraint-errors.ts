import { ApiError } from '../../shared/api/errors';

/**
 * SQLite constraint failures a merchant can cause, turned into contract errors. The
 * transaction has already rolled back when these are thrown, so nothing was written.
 */
const UNIQUE_KEYS: Record<string, { i18nKey: string; param: string }> = {
  'products.handle': { i18nKey: 'errors.handle_taken', param: 'handle' },
  'variants.sku': { i18nKey: 'errors.sku_taken', param: 'sku' },
};

export function translateConstraintError(e: unknown, attempted: Record<string, unknown>): unknown {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) return e;
  const message = (e as Error).message;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
    const column = /UNIQUE constraint failed: ([\w.]+)/.exec(message)?.[1] ?? '';
    const known = UNIQUE_KEYS[column];
    if (known) {
      const value = attempted[known.param];
      return new ApiError('conflict', message, {
        i18nKey: known.i18nKey,
        params: typeof value === 'string' || typeof value === 'number' ? { [known.param]: value } : undefined,
      });
    }
    return new ApiError('conflict', message);
  }
  // CHECK, NOT NULL and foreign-key failures: the edit itself is invalid.
  return new ApiError('validation', message);
}
