import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dHash, hammingDistance } from '../../src/core/media/dhash';
import { mediaFilePath, sha256Hex, storeMediaFile, TEMP_PREFIX, writeMediaFile } from '../../src/core/media/store';
import { generateTiny, listFiles, openDemoStore, type DemoStore } from './helpers/demo-store';
import { openTestDb, type TestDb } from './helpers/test-db';

interface ImageRow {
  id: number;
  product_id: number;
  original_sha256: string;
  width: number;
  height: number;
  format: string;
  bytes: number;
  file_name: string;
  dhash: string;
  ext: string;
}

let store: DemoStore;
let images: ImageRow[];
beforeAll(async () => {
  store = await openDemoStore();
  await generateTiny(store);
  images = store.db
    .prepare('SELECT i.*, m.ext FROM images i JOIN media_files m ON m.sha256 = i.original_sha256 ORDER BY i.id')
    .all() as ImageRow[];
});
afterAll(() => store?.close());

const original = (img: ImageRow) => readFileSync(mediaFilePath(store.mediaDir, img.original_sha256, img.ext));
const thumbOf = (imageId: number) =>
  store.db.prepare("SELECT d.sha256, d.width, d.height FROM image_derivatives d WHERE d.image_id = ? AND d.variant = 'w400.webp'").get(imageId) as
    | { sha256: string; width: number; height: number }
    | undefined;

describe('demo photos: stored originals and derivatives', () => {
  it('stores every file once, under its sha256, never empty, with no temp files left', () => {
    const files = listFiles(join(store.mediaDir, 'files'));
    const rows = store.db.prepare('SELECT sha256, ext, bytes FROM media_files').all() as { sha256: string; ext: string; bytes: number }[];
    expect(files.size).toBe(rows.length);
    for (const r of rows) expect(files.get(join(r.sha256.slice(0, 2), `${r.sha256}.${r.ext}`))).toBe(r.bytes);
    for (const [name, size] of files) {
      expect(size).toBeGreaterThan(0);
      expect(name).not.toContain(TEMP_PREFIX);
    }
    for (const img of images.slice(0, 12)) expect(sha256Hex(original(img))).toBe(img.original_sha256);
  });

  it('records the upright size, format and dHash of each original, and a ≤400 px WebP without metadata', async () => {
    for (const img of images) {
      const meta = await sharp(original(img)).metadata();
      expect(meta.autoOrient.width).toBe(img.width);
      expect(meta.autoOrient.height).toBe(img.height);
      expect(meta.format).toBe(img.format);
      expect(img.bytes).toBe(original(img).length);
      expect(img.dhash).toMatch(/^[0-9a-f]{16}$/);
      const thumb = thumbOf(img.id)!;
      expect(thumb.width).toBe(Math.min(400, img.width));
      const thumbMeta = await sharp(readFileSync(mediaFilePath(store.mediaDir, thumb.sha256, 'webp'))).metadata();
      expect([thumbMeta.format, thumbMeta.width, thumbMeta.height]).toEqual(['webp', thumb.width, thumb.height]);
      expect(thumbMeta.exif).toBeUndefined();
      expect(thumbMeta.orientation).toBeUndefined();
    }
    for (const img of images.slice(0, 8)) expect(await dHash(original(img))).toBe(img.dhash);
  });

  it('links variants to a photo of their own product', () => {
    const wrong = store.db.prepare('SELECT count(*) FROM variants v JOIN images i ON i.id = v.image_id WHERE i.product_id != v.product_id').pluck().get();
    expect(wrong).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM variants WHERE image_id IS NOT NULL').pluck().get()).toBeGreaterThan(0);
  });
});

describe('demo photos: deliberate defects', () => {
  it('has photos without alt text and photos whose alt text is a camera file name', () => {
    const missing = store.db.prepare('SELECT count(*) FROM images WHERE id NOT IN (SELECT image_id FROM image_alt)').pluck().get() as number;
    expect(missing).toBeGreaterThan(0);
    const fileNames = store.db
      .prepare("SELECT DISTINCT image_id FROM image_alt WHERE alt GLOB '*.[jJpP][pPnN][gG]' AND alt NOT GLOB '* *'")
      .all();
    expect(fileNames.length).toBeGreaterThan(0);
    // Everything else has real alt text in all four languages.
    const partial = store.db.prepare('SELECT count(*) FROM (SELECT image_id FROM image_alt GROUP BY image_id HAVING count(*) != 4)').pluck().get();
    expect(partial).toBe(0);
  });

  it('attaches identical bytes to two products, and near-identical (recoloured) copies', () => {
    const shared = store.db
      .prepare('SELECT original_sha256 FROM images GROUP BY original_sha256 HAVING count(DISTINCT product_id) > 1')
      .all();
    expect(shared.length).toBeGreaterThan(0);
    let nearPairs = 0;
    for (const a of images) {
      for (const b of images) {
        if (a.id < b.id && a.product_id !== b.product_id && a.original_sha256 !== b.original_sha256 && hammingDistance(a.dhash, b.dhash) <= 6) nearPairs++;
      }
    }
    expect(nearPairs).toBeGreaterThan(0);
  });

  it('has tiny (< 200 px) and small (200–499 px) photos', () => {
    const shortest = images.map((i) => Math.min(i.width, i.height));
    expect(shortest.some((s) => s < 200)).toBe(true);
    expect(shortest.some((s) => s >= 200 && s < 500)).toBe(true);
    expect(shortest.filter((s) => s >= 900).length).toBeGreaterThan(images.length * 0.8);
  });

  it('stores EXIF-rotated originals whose derivative comes out upright', async () => {
    let rotated = 0;
    for (const img of images) {
      const bytes = original(img);
      const meta = await sharp(bytes).metadata();
      if (meta.orientation !== 6 && meta.orientation !== 8) continue;
      rotated++;
      // The stored pixels are sideways: the raw size is the upright size turned by 90°.
      expect([meta.width, meta.height]).toEqual([img.height, img.width]);
      expect(img.width).not.toBe(img.height);
      const thumb = thumbOf(img.id)!;
      expect(thumb.width / thumb.height).toBeCloseTo(img.width / img.height, 1);
      // Upright means the light top of the studio backdrop is at the top of the derivative.
      const { data, info } = await sharp(readFileSync(mediaFilePath(store.mediaDir, thumb.sha256, 'webp')))
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const rowMean = (y: number) => data.subarray(y * info.width, (y + 1) * info.width).reduce((s, v) => s + v, 0) / info.width;
      expect(rowMean(2)).toBeGreaterThan(rowMean(info.height - 3) + 10);
    }
    expect(rotated).toBeGreaterThan(0);
  });
});

describe('content-addressed media store', () => {
  let t: TestDb;
  afterAll(() => t?.close());

  it('writes bytes under their hash once and indexes them idempotently', async () => {
    t = await openTestDb();
    const mediaDir = join(t.dir, 'media');
    const bytes = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c0603a' } }).png().toBuffer();
    const meta = { ext: 'png', mime: 'image/png', width: 8, height: 8, createdAt: '2026-01-01T00:00:00.000Z' };
    const sha = await storeMediaFile(t.db, mediaDir, bytes, meta);
    expect(sha).toBe(sha256Hex(bytes));
    expect(readFileSync(mediaFilePath(mediaDir, sha, 'png'))).toEqual(bytes);
    expect(await storeMediaFile(t.db, mediaDir, bytes, meta)).toBe(sha);
    expect((await writeMediaFile(mediaDir, bytes, 'png')).created).toBe(false);
    expect(t.db.prepare('SELECT count(*) FROM media_files').pluck().get()).toBe(1);
    expect([...listFiles(mediaDir).keys()]).toEqual([join('files', sha.slice(0, 2), `${sha}.png`)]);
  });

  it('refuses empty files and leaves no temp file when the final rename fails', async () => {
    const mediaDir = join(t.dir, 'broken');
    await expect(writeMediaFile(mediaDir, Buffer.alloc(0), 'jpg')).rejects.toThrow(/empty/);
    const bytes = Buffer.from('not really a jpeg, but bytes all the same');
    // A directory squatting on the final name makes rename() fail after the temp file is written.
    mkdirSync(mediaFilePath(mediaDir, sha256Hex(bytes), 'jpg'), { recursive: true });
    await expect(writeMediaFile(mediaDir, bytes, 'jpg')).rejects.toThrow();
    expect([...listFiles(mediaDir).keys()]).toEqual([]);
  });
});
