import sharp from 'sharp';
import { dHash } from '../media/dhash';
import { webpDerivative } from '../media/derivatives';
import { prepareMediaRowInsert, writeMediaFile } from '../media/store';
import type { CatalogModel } from './catalog-model';
import { renderOriginal } from './image-render';
import type { PlannedImage } from './images-plan';
import { isoFromSeconds } from './local-time';
import { runPool } from './pool';
import { yieldToEventLoop, type DemoRun } from './run';

export const IMAGE_UNITS = 400;
const IMAGES_IN_FLIGHT = 2;
/** ~8 rows per image (media files, image, alt texts, derivative): about 1,000 rows per transaction. */
const IMAGES_PER_TRANSACTION = 128;
export const THUMB_VARIANT = 'w400.webp';

/** What later steps need to know about a stored product photo. */
export interface StoredImage {
  id: number;
  productId: number;
  sha256: string;
  width: number;
  height: number;
  dhash: string;
}

interface ImageResult {
  image: PlannedImage;
  original: { sha256: string; bytes: number; ext: string; mime: string; format: string; width: number; height: number };
  thumb: { sha256: string; bytes: number; width: number; height: number };
  dhash: string;
}

async function produce(run: DemoRun, image: PlannedImage): Promise<ImageResult> {
  const original = await renderOriginal(image.spec);
  const [stored, thumb, hash] = await Promise.all([
    writeMediaFile(run.mediaDir, original.bytes, original.ext),
    webpDerivative(original.bytes, 400),
    dHash(original.bytes),
  ]);
  const storedThumb = await writeMediaFile(run.mediaDir, thumb.bytes, 'webp');
  return {
    image,
    original: { sha256: stored.sha256, bytes: stored.bytes, ext: original.ext, mime: original.mime, format: original.format, width: original.width, height: original.height },
    thumb: { sha256: storedThumb.sha256, bytes: storedThumb.bytes, width: thumb.width, height: thumb.height },
    dhash: hash,
  };
}

/**
 * Renders, stores and indexes every planned photo with two images in flight, reporting
 * progress per photo and committing rows 128 photos at a time. Variants then point at the
 * first photo of their colour.
 */
export async function writeImages(run: DemoRun, catalog: CatalogModel, images: PlannedImage[]): Promise<StoredImage[]> {
  sharp.concurrency(1);
  const { db } = run;
  const createdOf = new Map(catalog.products.map((p) => [p.id, isoFromSeconds(p.createdTs)]));
  const insertImage = db.prepare(
    `INSERT INTO images(id, product_id, position, original_sha256, width, height, format, bytes, file_name, dhash, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAlt = db.prepare('INSERT INTO image_alt(image_id, locale, alt) VALUES (?, ?, ?)');
  const insertMediaRow = prepareMediaRowInsert(db);
  const insertDerivative = db.prepare('INSERT INTO image_derivatives(image_id, variant, sha256, width, height) VALUES (?, ?, ?, ?, ?)');
  const stored: StoredImage[] = [];
  let pending: ImageResult[] = [];

  const flush = () => {
    const batch = pending;
    pending = [];
    db.transaction(() => {
      for (const r of batch) {
        const created = createdOf.get(r.image.productId)!;
        insertMediaRow(r.original.sha256, r.original.bytes, { ext: r.original.ext, mime: r.original.mime, width: r.original.width, height: r.original.height, createdAt: created });
        insertMediaRow(r.thumb.sha256, r.thumb.bytes, { ext: 'webp', mime: 'image/webp', width: r.thumb.width, height: r.thumb.height, createdAt: created });
        insertImage.run(r.image.id, r.image.productId, r.image.position, r.original.sha256, r.original.width, r.original.height,
          r.original.format, r.original.bytes, r.image.fileName, r.dhash, created, created);
        if (r.image.alt) for (const [locale, alt] of Object.entries(r.image.alt)) insertAlt.run(r.image.id, locale, alt);
        insertDerivative.run(r.image.id, THUMB_VARIANT, r.thumb.sha256, r.thumb.width, r.thumb.height);
      }
    })();
  };

  // Rows go in id order so the database is identical whichever image finishes first.
  const results: (ImageResult | undefined)[] = new Array(images.length);
  let committed = 0;
  await runPool(
    images,
    IMAGES_IN_FLIGHT,
    (image) => produce(run, image),
    (result, index) => {
      results[index] = result;
      while (committed < images.length && results[committed]) {
        const r = results[committed]!;
        results[committed++] = undefined;
        pending.push(r);
        stored.push({ id: r.image.id, productId: r.image.productId, sha256: r.original.sha256, width: r.original.width, height: r.original.height, dhash: r.dhash });
      }
      run.progress.advance(IMAGE_UNITS);
      if (pending.length >= IMAGES_PER_TRANSACTION) flush();
    },
    run.signal,
  );
  if (pending.length) flush();
  await yieldToEventLoop();

  linkVariantImages(run, catalog, images);
  return stored;
}

function linkVariantImages(run: DemoRun, catalog: CatalogModel, images: PlannedImage[]): void {
  const firstByColour = new Map<string, number>();
  for (const image of images) {
    const key = `${image.productId}:${image.colourValue ?? ''}`;
    if (!firstByColour.has(key)) firstByColour.set(key, image.id);
  }
  const update = run.db.prepare('UPDATE variants SET image_id = ? WHERE id = ?');
  run.db.transaction(() => {
    for (const p of catalog.products) {
      for (const v of p.variants) {
        const imageId = firstByColour.get(`${p.id}:${v.colour?.value ?? ''}`) ?? firstByColour.get(`${p.id}:`);
        if (imageId) update.run(imageId, v.id);
      }
    }
  })();
}
