/**
 * pHash (DCT hash): the upright image shrunk to 32×32 grey, a 2-D DCT-II, and the 8×8
 * lowest frequencies compared with their median (the DC term excluded from the median,
 * since it only says how bright the image is). Robust to re-encoding and mild resizing
 * where dHash is robust to brightness changes: together they catch most re-exports.
 */
export const PHASH_SIZE = 32;
const LOW = 8;

const cosines: Float64Array = (() => {
  const table = new Float64Array(PHASH_SIZE * PHASH_SIZE);
  for (let u = 0; u < PHASH_SIZE; u++) {
    for (let x = 0; x < PHASH_SIZE; x++) table[u * PHASH_SIZE + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * PHASH_SIZE));
  }
  return table;
})();

/** 64-bit pHash of 32×32 grey pixels, as 16 hex digits (first coefficient = most significant bit). */
export function pHashFromGrey(pixels: Uint8Array): string {
  const n = PHASH_SIZE;
  if (pixels.length !== n * n) throw new Error(`pHash needs ${n}×${n} grey pixels`);
  // Separable DCT: rows first (only the LOW frequencies we keep), then columns.
  const rows = new Float64Array(n * LOW);
  for (let y = 0; y < n; y++) {
    for (let u = 0; u < LOW; u++) {
      let sum = 0;
      for (let x = 0; x < n; x++) sum += pixels[y * n + x] * cosines[u * n + x];
      rows[y * LOW + u] = sum;
    }
  }
  const coefficients = new Float64Array(LOW * LOW);
  for (let v = 0; v < LOW; v++) {
    for (let u = 0; u < LOW; u++) {
      let sum = 0;
      for (let y = 0; y < n; y++) sum += rows[y * LOW + u] * cosines[v * n + y];
      coefficients[v * LOW + u] = sum;
    }
  }
  const sorted = Array.from(coefficients.subarray(1)).sort((a, b) => a - b);
  const median = (sorted[31] + sorted[32]) / 2;
  let hex = '';
  for (let i = 0; i < 64; i += 4) {
    let nibble = 0;
    for (let b = 0; b < 4; b++) nibble = (nibble << 1) | (coefficients[i + b] > median ? 1 : 0);
    hex += nibble.toString(16);
  }
  return hex;
}

/** Mirrors rows of a width×height grey image (for the mirror-image hash). */
export function mirrorGrey(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(pixels.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) out[y * width + x] = pixels[y * width + (width - 1 - x)];
  }
  return out;
}
