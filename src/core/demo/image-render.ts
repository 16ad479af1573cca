import sharp from 'sharp';
import { compositionSvg, type Composition } from './image-svg';

/** How an original's bytes are produced, including the deliberate defects. */
export interface OriginalSpec extends Composition {
  format: 'jpeg' | 'png';
  /** Near-duplicate: the same composition mirrored. */
  mirror: boolean;
  /** Near-duplicate: the same composition slightly recoloured (hue degrees, 0 = none). */
  hueShift: number;
  /** EXIF-rotated defect: pixels stored sideways with this Orientation tag (0 = upright). */
  exifOrientation: 0 | 6 | 8;
}

export interface RenderedOriginal {
  bytes: Buffer;
  ext: 'jpg' | 'png';
  mime: 'image/jpeg' | 'image/png';
  format: 'jpeg' | 'png';
  /** Upright size (what a viewer shows after applying the Orientation tag). */
  width: number;
  height: number;
}

/**
 * Renders the original photo. Only the EXIF-rotated defect uses withMetadata, and only
 * to write the Orientation tag into the defective original itself: the stored bytes must
 * really carry the tag that every derivative pipeline has to honour.
 */
export async function renderOriginal(spec: OriginalSpec): Promise<RenderedOriginal> {
  let image = sharp(Buffer.from(compositionSvg(spec))).removeAlpha();
  if (spec.mirror) image = image.flop();
  if (spec.hueShift) image = image.modulate({ hue: spec.hueShift });
  const upright = { width: spec.width, height: spec.height };
  if (spec.exifOrientation) {
    // Orientation 6 means "rotate 90° clockwise to display", so store it turned 90° anticlockwise.
    const bytes = await image
      .rotate(spec.exifOrientation === 6 ? 270 : 90)
      .withMetadata({ orientation: spec.exifOrientation })
      .jpeg({ quality: 82, optimiseCoding: false })
      .toBuffer();
    return { bytes, ext: 'jpg', mime: 'image/jpeg', format: 'jpeg', ...upright };
  }
  if (spec.format === 'png') {
    const bytes = await image.png({ compressionLevel: 6 }).toBuffer();
    return { bytes, ext: 'png', mime: 'image/png', format: 'png', ...upright };
  }
  // No Huffman optimisation, like most cameras: ~20 % cheaper to encode for a few % more bytes.
  const bytes = await image.jpeg({ quality: 82, optimiseCoding: false }).toBuffer();
  return { bytes, ext: 'jpg', mime: 'image/jpeg', format: 'jpeg', ...upright };
}
