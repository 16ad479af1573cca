import sharp, { type Sharp, type SharpOptions } from 'sharp';

/**
 * Real image bytes for the photo-pipeline tests, generated in-process (no binary fixtures):
 * seeded "photos" (gradient + blobs + grain, so hashes differ between seeds), a marked
 * corner for orientation probes, animations, bombs.
 */

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * An RGB photo-like raw image: smooth colour field from a coarse random grid, plus grain
 * (±grain/2). The bench uses heavy grain so a 12 MP q90 JPEG weighs what a phone photo does.
 */
export async function photoRaw(width: number, height: number, seed: number, grain = 9): Promise<Buffer> {
  const rnd = seededRandom(seed);
  const gw = 6;
  const gh = 5;
  const grid = Buffer.alloc(gw * gh * 3);
  for (let i = 0; i < grid.length; i++) grid[i] = Math.floor(rnd() * 256);
  const smooth = await sharp(grid, { raw: { width: gw, height: gh, channels: 3 } })
    .resize(width, height, { kernel: 'cubic', fit: 'fill' })
    .raw()
    .toBuffer();
  for (let i = 0; i < smooth.length; i++) smooth[i] = Math.max(0, Math.min(255, smooth[i] + Math.floor(rnd() * grain) - (grain >> 1)));
  return smooth;
}

export async function photoJpeg(width: number, height: number, seed: number, quality = 90, grain = 9): Promise<Buffer> {
  return sharp(await photoRaw(width, height, seed, grain), { raw: { width, height, channels: 3 } }).jpeg({ quality }).toBuffer();
}

export async function photoPng(width: number, height: number, seed: number): Promise<Buffer> {
  return sharp(await photoRaw(width, height, seed), { raw: { width, height, channels: 3 } }).png().toBuffer();
}

/** EXIF with identifying data and a GPS position, as a phone writes it. */
export const SPY_EXIF = {
  IFD0: { Artist: 'Spy Photographer', Copyright: 'secret' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
};

/** Upright 300×200: dark blue with a bright red 60×40 block in the top-left corner. */
async function markedUpright(): Promise<Buffer> {
  const red = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#ff0000' } }).png().toBuffer();
  return sharp({ create: { width: 300, height: 200, channels: 3, background: '#102060' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .png()
    .toBuffer();
}

/**
 * A JPEG whose stored pixels are the marked image transformed so that EXIF `orientation`
 * shows it upright again (stored = inverse of the display transform), with GPS EXIF.
 */
export async function orientedJpeg(orientation: number): Promise<Buffer> {
  const upright = await markedUpright();
  const step = async (input: Buffer, op: (s: Sharp) => Sharp) => op(sharp(input)).png().toBuffer();
  let stored = upright;
  if (orientation === 2) stored = await step(upright, (s) => s.flop());
  if (orientation === 3) stored = await step(upright, (s) => s.rotate(180));
  if (orientation === 4) stored = await step(upright, (s) => s.flip());
  if (orientation === 5) stored = await step(await step(upright, (s) => s.rotate(90)), (s) => s.flop());
  if (orientation === 6) stored = await step(upright, (s) => s.rotate(270));
  if (orientation === 7) stored = await step(await step(upright, (s) => s.rotate(270)), (s) => s.flop());
  if (orientation === 8) stored = await step(upright, (s) => s.rotate(90));
  return sharp(stored).jpeg({ quality: 95 }).withExif(SPY_EXIF).withMetadata({ orientation }).toBuffer();
}

export async function animatedGif(): Promise<Buffer> {
  const frames = await Promise.all(
    ['#ff0000', '#00ff00'].map((c) => sharp({ create: { width: 300, height: 300, channels: 3, background: c } }).raw().toBuffer()),
  );
  return sharp(Buffer.concat(frames), { raw: { width: 300, height: 600, channels: 3, pageHeight: 300 } } as SharpOptions)
    .gif()
    .toBuffer();
}

export async function animatedWebp(): Promise<Buffer> {
  const frames = await Promise.all(
    ['#0000ff', '#ffff00'].map((c) => sharp({ create: { width: 300, height: 300, channels: 3, background: c } }).raw().toBuffer()),
  );
  return sharp(Buffer.concat(frames), { raw: { width: 300, height: 600, channels: 3, pageHeight: 300 } } as SharpOptions)
    .webp({ loop: 0 })
    .toBuffer();
}

/** A valid PNG header claiming width×height, with a tiny (invalid) body: a bomb's header. */
export function pngHeaderBomb(width: number, height: number): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** A JPEG whose SOF header claims 65000×65000 (the rest of a real small JPEG follows). */
export async function jpegHeaderBomb(): Promise<Buffer> {
  const jpeg = Buffer.from(await photoJpeg(256, 256, 7));
  for (let i = 2; i + 9 < jpeg.length; i++) {
    if (jpeg[i] === 0xff && (jpeg[i + 1] === 0xc0 || jpeg[i + 1] === 0xc2)) {
      jpeg.writeUInt16BE(65000, i + 5);
      jpeg.writeUInt16BE(65000, i + 7);
      return jpeg;
    }
  }
  throw new Error('no SOF marker');
}

/** Pixel of an encoded image at (x, y) after decoding. */
export async function pixelAt(bytes: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i], data[i + 1], data[i + 2]];
}
