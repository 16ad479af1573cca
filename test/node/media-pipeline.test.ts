import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { processImage, type PipelineResult, type ProcessedImage } from '../../src/core/media/pipeline';
import { hashDistance } from '../../src/core/media/rules/near-duplicate';
import {
  animatedGif,
  animatedWebp,
  jpegHeaderBomb,
  orientedJpeg,
  photoJpeg,
  photoPng,
  pixelAt,
  pngHeaderBomb,
  SPY_EXIF,
} from './helpers/media-images';

const ok = (r: PipelineResult): ProcessedImage => {
  if (!r.ok) throw new Error(`rejected: ${r.code} ${JSON.stringify(r.params)}`);
  return r;
};

describe('photo pipeline: rejections', () => {
  it('rejects an empty file', async () => {
    expect(await processImage(new Uint8Array())).toMatchObject({ ok: false, code: 'empty' });
  });

  it('rejects random bytes and SVG as unsupported_format', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expect(await processImage(random)).toMatchObject({ ok: false, code: 'unsupported_format' });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><rect width="800" height="800"/></svg>');
    expect(await processImage(svg)).toMatchObject({ ok: false, code: 'unsupported_format' });
  });

  it('rejects a truncated JPEG as corrupt', async () => {
    const jpeg = await photoJpeg(800, 600, 1);
    expect(await processImage(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)))).toMatchObject({ ok: false, code: 'corrupt' });
  });

  it('rejects animated GIF and WebP', async () => {
    expect(await processImage(await animatedGif())).toMatchObject({ ok: false, code: 'animated', params: { pages: 2 } });
    expect(await processImage(await animatedWebp())).toMatchObject({ ok: false, code: 'animated' });
  });

  it('rejects bombs from the header: a 20000×20000 PNG and a JPEG claiming 65000×65000', async () => {
    const png = await processImage(pngHeaderBomb(20000, 20000));
    expect(png).toMatchObject({ ok: false, code: 'too_many_pixels', params: { width: 20000, height: 20000 } });
    expect(await processImage(await jpegHeaderBomb())).toMatchObject({ ok: false, code: 'too_many_pixels' });
    // 11000×11000 = 121 MP: just over the 120 MP limit, below libvips' own.
    expect(await processImage(pngHeaderBomb(11000, 11000))).toMatchObject({ ok: false, code: 'too_many_pixels' });
  });

  it('rejects a 150 px photo and flags a 300 px one as low resolution', async () => {
    expect(await processImage(await photoJpeg(150, 150, 2))).toMatchObject({ ok: false, code: 'too_small', params: { min: 200 } });
    expect(ok(await processImage(await photoJpeg(400, 300, 3))).flags).toContain('low_resolution');
    expect(ok(await processImage(await photoJpeg(800, 600, 3))).flags).not.toContain('low_resolution');
  });
});

describe('photo pipeline: output', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('EXIF orientation %i comes out upright in the original and every derivative', async (o) => {
    const r = ok(await processImage(await orientedJpeg(o)));
    expect([r.original.width, r.original.height]).toEqual([300, 200]);
    const files = [r.original, ...r.derivatives];
    for (const f of files) {
      const meta = await sharp(f.bytes).metadata();
      expect([meta.width, meta.height]).toEqual([f.width, f.height]);
      expect(f.width).toBeGreaterThan(f.height);
      // Red block top-left; the opposite corners stay dark blue.
      const [r0, g0, b0] = await pixelAt(f.bytes, 2, 2);
      expect(r0).toBeGreaterThan(180);
      expect(g0 + b0).toBeLessThan(140);
      const [r1] = await pixelAt(f.bytes, f.width - 3, f.height - 3);
      expect(r1).toBeLessThan(80);
      const [r2] = await pixelAt(f.bytes, f.width - 3, 2);
      expect(r2).toBeLessThan(80);
    }
  });

  it('stores no EXIF, GPS or orientation tag in any file, the original included', async () => {
    const upright = await sharp(await photoJpeg(900, 700, 4)).withExif(SPY_EXIF).jpeg().toBuffer();
    expect((await sharp(upright).metadata()).exif).toBeDefined();
    for (const input of [upright, await orientedJpeg(6)]) {
      const r = ok(await processImage(input));
      for (const f of [r.original, ...r.derivatives]) {
        const meta = await sharp(f.bytes).metadata();
        expect(meta.exif).toBeUndefined();
        expect(meta.xmp).toBeUndefined();
        expect(meta.orientation).toBeUndefined();
        expect(Buffer.from(f.bytes).includes('Spy Photographer')).toBe(false);
      }
    }
  });

  it('keeps an upright JPEG losslessly (same pixels) and a PNG as PNG', async () => {
    const jpeg = await sharp(await photoJpeg(900, 700, 5)).withExif(SPY_EXIF).jpeg({ quality: 90 }).toBuffer();
    const r = ok(await processImage(jpeg));
    expect(r.original.ext).toBe('jpg');
    const [a, b] = await Promise.all([sharp(jpeg).raw().toBuffer(), sharp(r.original.bytes).raw().toBuffer()]);
    expect(a.equals(b)).toBe(true);
    expect(r.original.bytes.length).toBeLessThan(jpeg.length);
    const png = ok(await processImage(await photoPng(600, 400, 6)));
    expect([png.original.ext, png.format]).toEqual(['png', 'png']);
  });

  it('makes w1600.webp, w400.webp and w400.avif at the right sizes and formats', async () => {
    const r = ok(await processImage(await photoJpeg(2400, 1800, 7)));
    const byName = Object.fromEntries(r.derivatives.map((d) => [d.variant, d]));
    expect(Object.keys(byName).sort()).toEqual(['w1600.webp', 'w400.avif', 'w400.webp']);
    expect([byName['w1600.webp'].width, byName['w1600.webp'].height]).toEqual([1600, 1200]);
    expect([byName['w400.webp'].width, byName['w400.webp'].height]).toEqual([400, 300]);
    expect([byName['w400.avif'].width, byName['w400.avif'].height]).toEqual([400, 300]);
    expect((await sharp(byName['w1600.webp'].bytes).metadata()).format).toBe('webp');
    expect((await sharp(byName['w400.avif'].bytes).metadata()).format).toBe('heif');
    // Never enlarged: a 700 px photo's "w1600" is 700 wide.
    const small = ok(await processImage(await photoJpeg(700, 500, 8)));
    expect(small.derivatives.find((d) => d.variant === 'w1600.webp')!.width).toBe(700);
  });

  it('hashes: the same photo re-encoded is near, another photo is far, the mirror matches the mirror hash', async () => {
    const a = ok(await processImage(await photoJpeg(800, 600, 11, 95)));
    const again = ok(await processImage(await photoJpeg(800, 600, 11, 60)));
    const other = ok(await processImage(await photoJpeg(800, 600, 12)));
    const mirrored = ok(await processImage(await sharp(await photoJpeg(800, 600, 11)).flop().jpeg().toBuffer()));
    expect(a.dhash).toMatch(/^[0-9a-f]{16}$/);
    expect(a.phash).toMatch(/^[0-9a-f]{16}$/);
    expect(hashDistance(a.dhash, again.dhash)).toBeLessThanOrEqual(6);
    expect(hashDistance(a.phash, again.phash)).toBeLessThanOrEqual(6);
    expect(hashDistance(a.dhash, other.dhash)).toBeGreaterThan(6);
    expect(hashDistance(a.dhash, mirrored.dhash)).toBeGreaterThan(6);
    expect(hashDistance(mirrored.dhash, a.dhashMirror)).toBeLessThanOrEqual(6);
  });

  it('flags a near-blank photo', async () => {
    const blank = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#f4f4f4' } }).jpeg().toBuffer();
    expect(ok(await processImage(blank)).flags).toContain('near_blank');
    expect(ok(await processImage(await photoJpeg(800, 600, 13))).flags).not.toContain('near_blank');
  });
});
