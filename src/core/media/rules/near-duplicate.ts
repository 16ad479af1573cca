/**
 * Near-duplicate search over 64-bit perceptual hashes. A photo is a near-duplicate of
 * another when its dHash or pHash is within NEAR_DUPLICATE_BITS of the other's, or its
 * dHash is that close to the other's mirror-image dHash (a flipped re-shoot or export).
 * Hashes are kept as two 32-bit halves, so a scan of 500k images is a tight integer loop.
 */
export const NEAR_DUPLICATE_BITS = 6;

export interface ImageHashes {
  id: number;
  productId: number;
  dhash: string;
  phash: string | null;
  dhashMirror: string | null;
}

type Halves = [number, number];
const NONE: Halves = [-1, -1];

const halves = (hex: string | null): Halves =>
  hex && /^[0-9a-f]{16}$/.test(hex) ? [parseInt(hex.slice(0, 8), 16) >>> 0, parseInt(hex.slice(8), 16) >>> 0] : NONE;

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const distance = (a: Halves, b: Halves): number =>
  a === NONE || b === NONE ? 64 : popcount32((a[0] ^ b[0]) >>> 0) + popcount32((a[1] ^ b[1]) >>> 0);

interface Entry {
  id: number;
  productId: number;
  d: Halves;
  p: Halves;
  m: Halves;
}

export class NearDuplicateIndex {
  private readonly entries: Entry[] = [];

  add(h: ImageHashes): void {
    this.entries.push({ id: h.id, productId: h.productId, d: halves(h.dhash), p: halves(h.phash), m: halves(h.dhashMirror) });
  }

  /** The closest near-duplicate, preferring one in the same product; null when none. */
  find(h: Omit<ImageHashes, 'id'>): number | null {
    const d = halves(h.dhash);
    const p = halves(h.phash);
    const m = halves(h.dhashMirror);
    let best: { id: number; score: number } | null = null;
    for (const e of this.entries) {
      const score = Math.min(distance(d, e.d), distance(p, e.p), distance(d, e.m), distance(m, e.d));
      if (score > NEAR_DUPLICATE_BITS) continue;
      // Same product first, then the smallest distance, then the oldest image.
      const ranked = score + (e.productId === h.productId ? 0 : 100);
      if (!best || ranked < best.score || (ranked === best.score && e.id < best.id)) best = { id: e.id, score: ranked };
    }
    return best?.id ?? null;
  }
}

/** Hamming distance of two 16-hex-digit hashes (64 when either is missing or malformed). */
export const hashDistance = (a: string | null, b: string | null): number => distance(halves(a), halves(b));
