import { searchKey } from '../../../shared/text/search-key';

/**
 * A handle from a title: folded like search (so "Kāshān Rug" and "کاشان" give stable,
 * lowercase handles), runs of anything but letters and digits become one hyphen.
 */
export function handleFromTitle(title: string): string {
  const slug = searchKey(title)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200)
    .replace(/-+$/g, '');
  return slug || 'product';
}

/** The next free variant of `base` (base, base-2, base-3 …) given a taken-test. */
export function uniqueHandle(base: string, isTaken: (handle: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
