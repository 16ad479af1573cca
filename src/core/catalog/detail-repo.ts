import type { DB } from '../db/open';
import type { ProductStatus } from '../../shared/schemas/catalog';

/** SQL for one product page: the product and everything hanging off it. */

export interface ProductHeadRow {
  id: number;
  handle: string;
  title: string;
  description_html: string;
  status: ProductStatus;
  vendor: string | null;
  product_type: string | null;
  seo_title: string | null;
  seo_description: string | null;
  updated_at: string;
}
export interface TranslationRow {
  locale: string;
  title: string;
  description_html: string;
}
export interface OptionRow {
  name: string;
  values_json: string;
}
export interface VariantRow {
  id: number;
  sku: string;
  title: string;
  price_minor: number;
  compare_at_minor: number | null;
  inventory: number;
  option1: string | null;
  option2: string | null;
  option3: string | null;
  barcode: string | null;
  weight_grams: number | null;
  image_id: number | null;
}
export interface ImageRow {
  id: number;
  position: number;
  width: number;
  height: number;
  original_sha256: string | null;
  original_ext: string | null;
  source_url: string | null;
}
export interface AltRow {
  image_id: number;
  locale: string;
  alt: string;
}
export interface DerivativeRow {
  image_id: number;
  variant: string;
  sha256: string;
}

export interface ProductGraph {
  head: ProductHeadRow;
  translations: TranslationRow[];
  tags: string[];
  collectionIds: number[];
  options: OptionRow[];
  variants: VariantRow[];
  images: ImageRow[];
  alts: AltRow[];
  derivatives: DerivativeRow[];
}

const statementsByDb = new WeakMap<DB, ReturnType<typeof prepare>>();

function prepare(db: DB) {
  return {
    head: db.prepare<[number], ProductHeadRow>(
      `SELECT id, handle, title, description_html, status, vendor, product_type, seo_title, seo_description, updated_at
       FROM products WHERE id = ? AND deleted_at IS NULL`,
    ),
    translations: db.prepare<[number], TranslationRow>(
      'SELECT locale, title, description_html FROM product_translations WHERE product_id = ? ORDER BY locale',
    ),
    tags: db
      .prepare<[number], string>(
        'SELECT g.name FROM product_tags pt JOIN tags g ON g.id = pt.tag_id WHERE pt.product_id = ? ORDER BY g.name',
      )
      .pluck(),
    collections: db
      .prepare<[number], number>('SELECT collection_id FROM product_collections WHERE product_id = ? ORDER BY collection_id')
      .pluck(),
    options: db.prepare<[number], OptionRow>(
      'SELECT name, values_json FROM product_options WHERE product_id = ? ORDER BY position',
    ),
    variants: db.prepare<[number], VariantRow>(
      `SELECT id, sku, title, price_minor, compare_at_minor, inventory, option1, option2, option3, barcode, weight_grams, image_id
       FROM variants WHERE product_id = ? ORDER BY position, id`,
    ),
    images: db.prepare<[number], ImageRow>(
      `SELECT i.id, i.position, i.width, i.height, i.original_sha256, m.ext AS original_ext, i.source_url
       FROM images i LEFT JOIN media_files m ON m.sha256 = i.original_sha256
       WHERE i.product_id = ? ORDER BY i.position, i.id`,
    ),
    alts: db.prepare<[number], AltRow>(
      `SELECT a.image_id, a.locale, a.alt FROM image_alt a
       JOIN images i ON i.id = a.image_id WHERE i.product_id = ?`,
    ),
    derivatives: db.prepare<[number], DerivativeRow>(
      `SELECT d.image_id, d.variant, d.sha256 FROM image_derivatives d
       JOIN images i ON i.id = d.image_id WHERE i.product_id = ?`,
    ),
  };
}

function statements(db: DB) {
  let s = statementsByDb.get(db);
  if (!s) {
    s = prepare(db);
    statementsByDb.set(db, s);
  }
  return s;
}

/** Null when the product does not exist or is deleted. */
export function readProductGraph(db: DB, id: number): ProductGraph | null {
  const s = statements(db);
  const head = s.head.get(id);
  if (!head) return null;
  return {
    head,
    translations: s.translations.all(id),
    tags: s.tags.all(id),
    collectionIds: s.collections.all(id),
    options: s.options.all(id),
    variants: s.variants.all(id),
    images: s.images.all(id),
    alts: s.alts.all(id),
    derivatives: s.derivatives.all(id),
  };
}
