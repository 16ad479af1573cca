/**
 * The photographer-folder convention: a file is named after a variant SKU or a product
 * handle, optionally followed by its place in the gallery:
 *   SKU123.jpg, SKU123_2.jpg, SKU123-2.jpg, "sku123 (3).JPG"  → numbered positions
 *   SKU123-back.jpg, SKU123_detail.png                        → named angles, after the numbers
 * Matching is case-insensitive after NFC normalisation (a Persian or Russian handle typed on
 * another keyboard or OS still matches). The whole name is tried first, so a SKU that itself
 * ends in "-2" or "-red" wins over reading the ending as a suffix. Pure functions.
 */

export interface NameReading {
  /** Normalised SKU or handle to look up. */
  key: string;
  /** Explicit number (1 when the name is the bare SKU); null for a named angle. */
  number: number | null;
  angle: string | null;
}

/** Angles in the order a product page usually shows them; unknown words sort after, A–Z. */
export const ANGLE_ORDER = ['front', 'back', 'side', 'left', 'right', 'top', 'bottom', 'detail', 'closeup', 'label', 'lifestyle'];

export const normaliseKey = (text: string): string => text.normalize('NFC').trim().toLowerCase();

export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Every way to read a file name, most literal first. */
export function readFileName(fileName: string): NameReading[] {
  const stem = normaliseKey(fileStem(fileName));
  const readings: NameReading[] = [{ key: stem, number: 1, angle: null }];
  const bracketed = /^(.+?)\s*\((\d{1,4})\)$/u.exec(stem);
  if (bracketed) readings.push({ key: bracketed[1].trim(), number: Number(bracketed[2]), angle: null });
  const numbered = /^(.+?)[\s_-]+(\d{1,4})$/u.exec(stem);
  if (numbered) readings.push({ key: numbered[1], number: Number(numbered[2]), angle: null });
  const named = /^(.+?)[\s_-]+(\p{L}+)$/u.exec(stem);
  if (named) readings.push({ key: named[1], number: null, angle: named[2] });
  return readings;
}

export interface FileMatch<T> {
  target: T;
  number: number | null;
  angle: string | null;
}

/** The first reading whose key names a known SKU/handle, or null. */
export function matchFileName<T>(fileName: string, lookup: (key: string) => T | undefined): FileMatch<T> | null {
  for (const reading of readFileName(fileName)) {
    const target = lookup(reading.key);
    if (target !== undefined) return { target, number: reading.number, angle: reading.angle };
  }
  return null;
}

/** Sort order within one product: numbers ascending, then angles (known order, then A–Z), then file name. */
export function compareGalleryOrder(
  a: { number: number | null; angle: string | null; file: string },
  b: { number: number | null; angle: string | null; file: string },
): number {
  if (a.number !== null || b.number !== null) {
    if (a.number === null) return 1;
    if (b.number === null) return -1;
    if (a.number !== b.number) return a.number - b.number;
  } else if (a.angle !== b.angle) {
    const rank = (angle: string | null) => {
      const i = ANGLE_ORDER.indexOf(angle ?? '');
      return i < 0 ? ANGLE_ORDER.length : i;
    };
    const byRank = rank(a.angle) - rank(b.angle);
    if (byRank !== 0) return byRank;
    return (a.angle ?? '').localeCompare(b.angle ?? '');
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
