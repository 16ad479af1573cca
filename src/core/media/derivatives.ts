import sharp from 'sharp';

/** Inputs above this many pixels are refused before decoding (platform.md §1, Table 1.3). */
export const LIMIT_INPUT_PIXELS = 120e6;

export interface EncodedImage {
  bytes: Buffer;
  width: number;
  height: number;
}

/**
 * A WebP derivative `width` pixels wide (never enlarged). Always auto-oriented, so an
 * original with EXIF Orientation 6/8 comes out upright; metadata is never kept, so no
 * EXIF or GPS survives. Effort 2 costs ~60 % of the default for ~1 % more bytes.
 */
export async function webpDerivative(original: Uint8Array, width: number): Promise<EncodedImage> {
  const { data, info } = await sharp(original, { limitInputPixels: LIMIT_INPUT_PIXELS })
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .webp({ quality: 80, effort: 2 })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}
