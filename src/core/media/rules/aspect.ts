/**
 * Gallery aspect consistency: a product page looks broken when one photo is 3:4 and the
 * rest 1:1. The dominant ratio is the most common one (rounded to 2 decimals, ties → the
 * earliest photo's); a photo more than 5 % away from it is flagged aspect_mismatch.
 */
export const ASPECT_TOLERANCE = 0.05;

export function dominantAspect(sizes: readonly { width: number; height: number }[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const { width, height } of sizes) {
    if (width <= 0 || height <= 0) continue;
    const ratio = Math.round((width / height) * 100) / 100;
    const n = (counts.get(ratio) ?? 0) + 1;
    counts.set(ratio, n);
    if (best === null || n > counts.get(best)!) best = ratio;
  }
  return best;
}

export function isAspectMismatch(size: { width: number; height: number }, dominant: number | null): boolean {
  if (dominant === null || size.height <= 0) return false;
  return Math.abs(size.width / size.height - dominant) / dominant > ASPECT_TOLERANCE;
}
