import type { DB } from '../db/open';

export interface ProductRow {
  id: number;
  handle: string;
  title: string;
  description_html: string;
  vendor: string | null;
  product_type: string | null;
  status: 'active' | 'draft' | 'archived';
  seo_title: string | null;
  seo_description: string | null;
  shopify_extra_json: string | null;
  deleted_at: string | null;
}
export interface VariantRow {
  id: number;
  product_id: number;
  position: number;
  sku: string;
  option1: string | null;
  option2: string | null;
  option3: string | null;
  price_minor: number;
  compare_at_minor: number | null;
  barcode: string | null;
  weight_grams: number | null;
  inventory: number;
  image_id: number | null;
  shopify_extra_json: string | null;
}
export interface ImageRow {
  id: number;
  position: number;
  source_url: string | null;
  alt: string | null;
}
export interface OptionRow {
  id: number;
  position: number;
  name: string;
}

const cache = new WeakMap<DB, ReturnType<typeof prepare>>();

function prepare(db: DB) {
  return {
    productByHandle: db.prepare<[string], ProductRow>('SELECT * FROM products WHERE handle = ?'),
    skuOwner: db.prepare<[string], { variantId: number; productId: number; handle: string }>(
      'SELECT v.id AS variantId, p.id AS productId, p.handle FROM variants v JOIN products p ON p.id = v.product_id WHERE v.sku = ?',
    ),
    variants: db.prepare<[number], VariantRow>('SELECT * FROM variants WHERE product_id = ? ORDER BY position, id'),
    options: db.prepare<[number], OptionRow>('SELECT id, position, name FROM product_options WHERE product_id = ? ORDER BY position'),
    images: db.prepare<[number], ImageRow>(
      `SELECT i.id, i.position, i.source_url, a.alt FROM images i LEFT JOIN image_alt a ON a.image_id = i.id AND a.locale = 'en'
       WHERE i.product_id = ? ORDER BY i.position, i.id`,
    ),
    tags: db
      .prepare<[number], string>(
        'SELECT g.name FROM product_tags pt JOIN tags g ON g.id = pt.tag_id WHERE pt.product_id = ? ORDER BY g.name',
      )
      .pluck(),
    liveProducts: db.prepare<[], ProductRow>('SELECT * FROM products WHERE deleted_at IS NULL ORDER BY id'),
    pendingDownloads: db
      .prepare<[], number>("SELECT count(*) FROM images WHERE source_url IS NOT NULL AND original_sha256 IS NULL")
      .pluck(),
  };
}

/** Prepared statements of CSV import/export, once per connection. */
export function catalogIoRepo(db: DB) {
  let s = cache.get(db);
  if (!s) {
    s = prepare(db);
    cache.set(db, s);
  }
  const st = s;
  return {
    productByHandle: (handle: string) => st.productByHandle.get(handle) ?? null,
    skuOwner: (sku: string) => st.skuOwner.get(sku) ?? null,
    variantsOf: (productId: number) => st.variants.all(productId),
    optionsOf: (productId: number) => st.options.all(productId),
    imagesOf: (productId: number) => st.images.all(productId),
    tagsOf: (productId: number) => st.tags.all(productId),
    liveProducts: () => st.liveProducts.iterate(),
    pendingDownloads: () => st.pendingDownloads.get() ?? 0,
  };
}
export type CatalogIoRepo = ReturnType<typeof catalogIoRepo>;
