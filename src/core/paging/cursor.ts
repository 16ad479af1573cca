import { ApiError } from '../../shared/api/errors';

/**
 * Keyset cursors (platform.md §2, D5: no OFFSET anywhere). A cursor is the sort key of
 * the last row served, as base64url JSON, so it is opaque to clients and survives
 * rows being inserted or deleted between pages.
 */
export type KeysetKey = readonly [string, number];

export function encodeCursor(key: KeysetKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** A cursor that does not decode to [string, integer] is the caller's mistake: `validation`. */
export function decodeCursor(cursor: string | undefined): KeysetKey | null {
  if (cursor === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    !Number.isSafeInteger(parsed[1])
  ) {
    throw new ApiError('validation', 'malformed page cursor', {
      issues: [{ path: ['after'], code: 'invalid_format', message: 'malformed page cursor' }],
    });
  }
  return [parsed[0], parsed[1] as number];
}

/**
 * Splits a page fetched with `limit + 1` rows into the page and the cursor of its last
 * row (null when nothing follows).
 */
export function pageOf<R, T>(rows: R[], limit: number, key: (row: R) => KeysetKey, map: (row: R) => T) {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map(map),
    next: hasMore ? encodeCursor(key(pageRows[pageRows.length - 1])) : null,
  };
}
