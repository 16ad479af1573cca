import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp';
import { dHashFromGrey, DHASH_HEIGHT, DHASH_WIDTH } from './dhash';
import { LIMIT_INPUT_PIXELS } from './derivatives';
import { mirrorGrey, pHashFromGrey, PHASH_SIZE } from './phash';
import { sniffImageFormat, type SniffedFormat } from './rules/sniff';
import { stripJpegMetadata } from './rules/strip-jpeg';
import { sha256Hex } from './store';

/**
 * One photo's bytes → a rejection with a reason code, or everything the import stores:
 * a metadata-free upright original, the derivative set, hashes and quality flags. Runs in
 * a pool worker (pure: no DB, no files). Checks go cheapest first, so a decompression bomb
 * is refused from its header without a pixel being decoded.
 */

export const REJECTION_CODES = ['empty', 'unsupported_format', 'corrupt', 'too_many_pixels', 'animated', 'too_small'] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export const MIN_SHORT_SIDE = 200;
export const LOW_RES_SHORT_SIDE = 500;
/** Largest channel standard deviation (0–255) of an image that looks blank. */
const NEAR_BLANK_STDEV = 4;

export interface Rejection {
  ok: false;
  code: RejectionCode;
  params: Record<string, string | number>;
}

export interface EncodedFile {
  bytes: Uint8Array;
  ext: 'jpg' | 'png' | 'webp' | 'avif';
  mime: string;
  width: number;
  height: number;
}
export interface Derivative extends EncodedFile {
  variant: DerivativeName;
  /** Set by the writer once the file is stored. */
  sha256?: string;
}
export type DerivativeName = 'w1600.webp' | 'w400.webp' | 'w400.avif';

export interface ProcessedImage {
  ok: true;
  format: SniffedFormat;
  original: EncodedFile;
  /** sha256 of the stored (metadata-free) original. */
  sha256: string;
  derivatives: Derivative[];
  dhash: string;
  phash: string;
  dhashMirror: string;
  /** Intrinsic flags; gallery flags (aspect, duplicates) are added where the gallery is known. */
  flags: string[];
}
export type PipelineResult = Rejection | ProcessedImage;

export interface PipelineOptions {
  /** AVIF encoder effort, 0–2 (platform.md §1: effort 4 costs 5.5× for 12 % fewer bytes). */
  avifEffort?: number;
}

const reject = (code: RejectionCode, params: Record<string, string | number> = {}): Rejection => ({ ok: false, code, params });

export async function processImage(input: Uint8Array, opts: PipelineOptions = {}): Promise<PipelineResult> {
  if (input.length === 0) return reject('empty');
  const format = sniffImageFormat(input);
  if (!format) return reject('unsupported_format');

  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (e) {
    return reject('corrupt', { detail: shortMessage(e) });
  }
  const { width = 0, height = 0 } = meta;
  if (width * height > LIMIT_INPUT_PIXELS) return reject('too_many_pixels', { width, height, limit: LIMIT_INPUT_PIXELS });
  if ((meta.pages ?? 1) > 1) return reject('animated', { pages: meta.pages ?? 0 });
  if (width === 0 || height === 0) return reject('corrupt', { detail: 'no dimensions' });
  const short = Math.min(width, height);
  if (short < MIN_SHORT_SIDE) return reject('too_small', { width, height, min: MIN_SHORT_SIDE });

  try {
    return await encodeAll(input, format, meta, opts);
  } catch (e) {
    const message = shortMessage(e);
    if (/pixel limit/i.test(message)) return reject('too_many_pixels', { width, height, limit: LIMIT_INPUT_PIXELS });
    if (/heif|compression format has not been built in|unsupported/i.test(message)) return reject('unsupported_format', { detail: message });
    return reject('corrupt', { detail: message });
  }
}

const open = (input: Uint8Array) => sharp(input, { limitInputPixels: LIMIT_INPUT_PIXELS, failOn: 'warning' });

async function encodeAll(input: Uint8Array, format: SniffedFormat, meta: Metadata, opts: PipelineOptions): Promise<ProcessedImage> {
  const avifEffort = Math.max(0, Math.min(2, opts.avifEffort ?? 2));
  // One decode (shrink-on-load for JPEG/WebP) to an upright sRGB raw image ≤ 1600 px wide;
  // every derivative and hash is cut from it.
  const large = await open(input)
    .rotate()
    .resize({ width: 1600, withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { width: large.info.width, height: large.info.height, channels: large.info.channels };
  const fromLarge = () => sharp(large.data, { raw });
  const small = await fromLarge().resize({ width: 400, withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
  const smallRaw = { width: small.info.width, height: small.info.height, channels: small.info.channels };
  const fromSmall = () => sharp(small.data, { raw: smallRaw });

  // One after another, not Promise.all: a photo in flight uses one core, so two photos in
  // flight use two (platform.md §1: parallelism from images in flight, not inside one).
  const w1600 = await fromLarge().webp({ quality: 80, effort: 2 }).toBuffer({ resolveWithObject: true });
  const w400 = await fromSmall().webp({ quality: 80, effort: 2 }).toBuffer({ resolveWithObject: true });
  const avif = await fromSmall().avif({ quality: 50, effort: avifEffort }).toBuffer({ resolveWithObject: true });
  const hashes = await perceptualHashes(fromSmall);
  const stats = await fromSmall().stats();
  const original = await storedOriginal(input, format, meta);
  const derivative = (variant: DerivativeName, out: { data: Buffer; info: OutputInfo }, ext: 'webp' | 'avif'): Derivative => ({
    variant,
    bytes: new Uint8Array(out.data),
    ext,
    mime: `image/${ext}`,
    width: out.info.width,
    height: out.info.height,
  });

  const flags: string[] = [];
  if (Math.min(original.width, original.height) < LOW_RES_SHORT_SIDE) flags.push('low_resolution');
  const colourChannels = stats.channels.slice(0, Math.min(3, stats.channels.length));
  if (Math.max(...colourChannels.map((c) => c.stdev)) < NEAR_BLANK_STDEV) flags.push('near_blank');
  return {
    ok: true,
    format,
    original,
    sha256: sha256Hex(original.bytes),
    derivatives: [derivative('w1600.webp', w1600, 'webp'), derivative('w400.webp', w400, 'webp'), derivative('w400.avif', avif, 'avif')],
    ...hashes,
    flags,
  };
}

async function perceptualHashes(from: () => Sharp): Promise<{ dhash: string; phash: string; dhashMirror: string }> {
  const grey = (w: number, h: number) =>
    from().flatten({ background: '#ffffff' }).greyscale().resize(w, h, { fit: 'fill' }).raw().toBuffer();
  const d = await grey(DHASH_WIDTH, DHASH_HEIGHT);
  const p = await grey(PHASH_SIZE, PHASH_SIZE);
  const dGrey = new Uint8Array(d.buffer, d.byteOffset, d.length);
  return {
    dhash: dHashFromGrey(dGrey),
    phash: pHashFromGrey(new Uint8Array(p.buffer, p.byteOffset, p.length)),
    dhashMirror: dHashFromGrey(mirrorGrey(dGrey, DHASH_WIDTH, DHASH_HEIGHT)),
  };
}

/**
 * The original as stored: upright and without EXIF/GPS/XMP. An upright JPEG keeps its
 * exact image data (metadata segments cut out); anything else is re-encoded once at high
 * quality in a format that keeps what it had (PNG stays lossless). metadata is never kept.
 * JPEG re-encodes use libjpeg-turbo, not mozjpeg: mozjpeg at q92 costs 1.2 s CPU on a
 * 12 MP photo against 0.15 s, for a few percent fewer bytes.
 */
async function storedOriginal(input: Uint8Array, format: SniffedFormat, meta: Metadata): Promise<EncodedFile> {
  const upright = (meta.orientation ?? 1) === 1;
  const swap = (meta.orientation ?? 1) >= 5;
  const width = swap ? meta.height! : meta.width!;
  const height = swap ? meta.width! : meta.height!;
  if (format === 'jpeg' && upright) {
    const stripped = stripJpegMetadata(input);
    if (stripped) return { bytes: stripped, ext: 'jpg', mime: 'image/jpeg', width, height };
  }
  const base = open(input).rotate();
  if (format === 'png' || format === 'gif' || format === 'tiff') {
    return encoded(await base.png({ compressionLevel: 6 }).toBuffer({ resolveWithObject: true }), 'png');
  }
  if (format === 'webp') return encoded(await base.webp({ quality: 92, effort: 2 }).toBuffer({ resolveWithObject: true }), 'webp');
  return encoded(await base.jpeg({ quality: 92 }).toBuffer({ resolveWithObject: true }), 'jpg');
}

function encoded(out: { data: Buffer; info: OutputInfo }, ext: 'jpg' | 'png' | 'webp'): EncodedFile {
  const mime = ext === 'jpg' ? 'image/jpeg' : `image/${ext}`;
  return { bytes: new Uint8Array(out.data), ext, mime, width: out.info.width, height: out.info.height };
}

const shortMessage = (e: unknown): string => String((e as Error)?.message ?? e).split('\n')[0].slice(0, 200);
