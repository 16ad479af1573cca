import type { DB } from '../db/open';

/** SQL of the media domain; statements prepared once per connection. */

export interface ImageRow {
  id: number;
  product_id: number;
  position: number;
  original_sha256: string | null;
  original_ext: string | null;
  width: number;
  height: number;
  format: string;
  bytes: number;
  file_name: string | null;
  dhash: string | null;
  phash: string | null;
  dhash_mirror: string | null;
  quality_flags_json: string;
}
export interface DerivativeRow {
  image_id: number;
  variant: string;
  sha256: string;
  ext: string;
  width: number;
  height: number;
}
export interface HashRow {
  id: number;
  product_id: number;
  dhash: string;
  phash: string | null;
  dhash_mirror: string | null;
}
export interface ImportItemRow {
  job_id: number;
  seq: number;
  path: string;
  product_id: number | null;
  sku: string | null;
  state: 'pending' | 'imported' | 'duplicate' | 'rejected';
  image_id: number | null;
  position: number | null;
  code: string | null;
  params_json: string;
  finished_at: string | null;
}

const IMAGE_COLUMNS = `i.id, i.product_id, i.position, i.original_sha256, m.ext AS original_ext, i.width, i.height, i.format,
  i.bytes, i.file_name, i.dhash, i.phash, i.dhash_mirror, i.quality_flags_json`;

function prepare(db: DB) {
  return {
    productImages: db.prepare<[number], ImageRow>(
      `SELECT ${IMAGE_COLUMNS} FROM images i LEFT JOIN media_files m ON m.sha256 = i.original_sha256
       WHERE i.product_id = ? ORDER BY i.position, i.id`,
    ),
    image: db.prepare<[number], ImageRow>(
      `SELECT ${IMAGE_COLUMNS} FROM images i LEFT JOIN media_files m ON m.sha256 = i.original_sha256 WHERE i.id = ?`,
    ),
    derivatives: db.prepare<[number], DerivativeRow>(
      `SELECT d.image_id, d.variant, d.sha256, m.ext, d.width, d.height
       FROM image_derivatives d JOIN media_files m ON m.sha256 = d.sha256 WHERE d.image_id = ? ORDER BY d.variant`,
    ),
    alts: db.prepare<[number], { locale: string; alt: string }>('SELECT locale, alt FROM image_alt WHERE image_id = ?'),
    boundVariants: db.prepare<[number], number>('SELECT id FROM variants WHERE image_id = ? ORDER BY position, id').pluck(),
    productVariants: db.prepare<[number], { id: number; image_id: number | null; option1: string | null; option2: string | null }>(
      'SELECT id, image_id, option1, option2 FROM variants WHERE product_id = ? ORDER BY position, id',
    ),
    product: db.prepare<[number], { id: number; title: string; vendor: string | null; handle: string }>(
      'SELECT id, title, vendor, handle FROM products WHERE id = ? AND deleted_at IS NULL',
    ),
    productTitleIn: db
      .prepare<[number, string], string>('SELECT title FROM product_translations WHERE product_id = ? AND locale = ?')
      .pluck(),
    imageBySha: db.prepare<[string], { id: number; product_id: number }>(
      'SELECT id, product_id FROM images WHERE original_sha256 = ? ORDER BY id LIMIT 1',
    ),
    hashes: db.prepare<[], HashRow>('SELECT id, product_id, dhash, phash, dhash_mirror FROM images WHERE dhash IS NOT NULL'),
    maxPosition: db.prepare<[number], number>('SELECT coalesce(max(position), 0) FROM images WHERE product_id = ?').pluck(),
    insertDerivative: db.prepare<[number, string, string, number, number]>(
      'INSERT OR REPLACE INTO image_derivatives(image_id, variant, sha256, width, height) VALUES (?, ?, ?, ?, ?)',
    ),
    skus: db.prepare<[], { sku: string; product_id: number; title: string }>(
      `SELECT v.sku, v.product_id, p.title FROM variants v JOIN products p ON p.id = v.product_id WHERE p.deleted_at IS NULL`,
    ),
    handles: db.prepare<[], { handle: string; id: number; title: string }>(
      'SELECT handle, id, title FROM products WHERE deleted_at IS NULL',
    ),
    firstSku: db.prepare<[number], string>('SELECT sku FROM variants WHERE product_id = ? ORDER BY position, id LIMIT 1').pluck(),
    items: db.prepare<[number], ImportItemRow>('SELECT * FROM media_import_items WHERE job_id = ? ORDER BY seq'),
    itemCount: db.prepare<[number], number>('SELECT count(*) FROM media_import_items WHERE job_id = ?').pluck(),
    insertItem: db.prepare(
      `INSERT INTO media_import_items(job_id, seq, path, product_id, sku, state, code, params_json, finished_at)
       VALUES (@jobId, @seq, @path, @productId, @sku, @state, @code, @params, @finishedAt)`,
    ),
    finishItem: db.prepare(
      `UPDATE media_import_items SET state = @state, image_id = @imageId, position = @position, code = @code,
         params_json = @params, finished_at = @finishedAt WHERE job_id = @jobId AND seq = @seq`,
    ),
    jobTimes: db.prepare<[number], { state: string; started_at: string | null }>('SELECT state, started_at FROM jobs WHERE id = ?'),
  };
}

type Statements = ReturnType<typeof prepare>;
const cache = new WeakMap<DB, Statements>();

export function mediaRepo(db: DB): Statements {
  let s = cache.get(db);
  if (!s) {
    s = prepare(db);
    cache.set(db, s);
  }
  return s;
}
