import sharp from 'sharp';

/**
 * dHash (difference hash): the upright image shrunk to 9×8 grey pixels; each of the 64 bits
 * says whether a pixel is brighter than its right neighbour. Row-major, first bit = most
 * significant, written as 16 hex digits. Near-identical photos differ in a few bits.
 */
export const DHASH_WIDTH = 9;
export const DHASH_HEIGHT = 8;

export function dHashFromGrey(pixels: Uint8Array): string {
  if (pixels.length !== DHASH_WIDTH * DHASH_HEIGHT) throw new Error(`dHash needs ${DHASH_WIDTH}×${DHASH_HEIGHT} grey pixels`);
  let hex = '';
  let nibble = 0;
  let bits = 0;
  for (let y = 0; y < DHASH_HEIGHT; y++) {
    for (let x = 0; x < DHASH_WIDTH - 1; x++) {
      const i = y * DHASH_WIDTH + x;
      nibble = (nibble << 1) | (pixels[i] > pixels[i + 1] ? 1 : 0);
      if (++bits === 4) {
        hex += nibble.toString(16);
        nibble = 0;
        bits = 0;
      }
    }
  }
  return hex;
}

/** dHash of encoded image bytes, after auto-orienting (a sideways original hashes upright). */
export async function dHash(input: Buffer | Uint8Array): Promise<string> {
  const grey = await sharp(input, { limitInputPixels: 120e6 })
    .rotate()
    // Transparent PNGs would otherwise keep an alpha channel in the raw output.
    .flatten({ background: '#ffffff' })
    .greyscale()
    .resize(DHASH_WIDTH, DHASH_HEIGHT, { fit: 'fill' })
    .raw()
    .toBuffer();
  return dHashFromGrey(grey);
}

/** Number of differing bits between two hex hashes of equal length. */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length) throw new Error('hashes differ in length');
  let distance = 0;
  for (let i = 0; i < a.length; i++) {
    let x = parseInt(a[i], 16) ^ parseInt(b[i], 16);
    while (x) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance;
}
