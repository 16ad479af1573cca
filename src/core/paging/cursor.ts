import { ApiError } from '../../shared/api/errors';

/**
 * Keyset cursors (platform.md §2, D5: no OFFSET anywhere). A cursor is the sort key of
 * the last row served, as base64url JSON, so it is opaque to clients and survives
 * rows being inserted or deleted between pages. Lists with several sorts also record the
 * sort in the cursor, so a cursor made for one order is refused by another.
 */
export type KeysetKey = readonly [string, number];
/** A sort value (text, date or money) and the row id that breaks ties. */
export type SortKey = readonly [string | number, number];

export function encodeCursor(key: KeysetKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

const malformed = (message = 'malformed page cursor'): ApiError =>
  new ApiError('validation', message, { issues: [{ path: ['after'], code: 'invalid_format', message }] });

function parseCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

/** A cursor that does not decode to [string, integer] is the caller's mistake: `validation`. */
export function decodeCursor(cursor: string | undefined): KeysetKey | null {
  if (cursor === undefined) return null;
  const parsed = parseCursor(cursor);
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    !Number.isSafeInteger(parsed[1])
  ) {
    throw malformed();
  }
  return [parsed[0], parsed[1] as number];
}

export function encodeSortedCursor(sort: string, key: SortKey): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key }), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeSortedCursor for the same `sort`; anything else is `validation`. */
export function decodeSortedCursor(cursor: string | undefined, sort: string): SortKey | null {
  if (cursor === undefined) return null;
  const parsed = parseCursor(cursor) as { s?: unknown; k?: unknown } | null;
  const k = parsed?.k;
  if (
    !parsed ||
    typeof parsed !== 'object' ||
    !Array.isArray(k) ||
    k.length !== 2 ||
    (typeof k[0] !== 'string' && typeof k[0] !== 'number') ||
    !Number.isSafeInteger(k[1])
  ) {
    throw malformed();
  }
  if (parsed.s !== sort) throw malformed(`page cursor was made for sort ${String(parsed.s)}, not ${sort}`);
  return [k[0] as string | number, k[1] as number];
}

/**
 * Splits a page fetched with `limit + 1` rows into the page and the cursor of its last
 * row (null when nothing follows).
 */
export function pageOf<R, T>(
  rows: R[],
  limit: number,
  key: (row: R) => KeysetKey | SortKey,
  map: (row: R) => T,
  encode: (key: SortKey) => string = (k) => encodeCursor(k as KeysetKey),
) {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map(map),
    next: hasMore ? encode(key(pageRows[pageRows.length - 1])) : null,
  };
}
