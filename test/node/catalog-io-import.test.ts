import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE } from '../../src/core/backend';
import type { CsvImportPreview, CsvImportResult } from '../../src/shared/schemas/catalog-io';
import { readOutbox } from './helpers/outbox-rows';
import { FIXTURES_DIR, openStore, storeFingerprint, type Store } from './helpers/catalog-io-harness';

const FULL = join(FIXTURES_DIR, 'semicolon-bom-crlf.csv');
const ROW_ERRORS = join(FIXTURES_DIR, 'row-errors.csv');
const SKU_OWNER = join(FIXTURES_DIR, 'sku-owner.csv');

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});
async function open(): Promise<Store> {
  store = await openStore();
  return store;
}
const preview = (s: Store, path: string) => s.call<CsvImportPreview>('catalog.previewShopifyCsv', { path });
function writeCsv(s: Store, name: string, text: string): string {
  const path = join(s.dir, name);
  writeFileSync(path, text);
  return path;
}
/** Marks every op as sent and acknowledged, as a sync would, so later edits make new ops. */
function ackOutbox(s: Store): void {
  const db = new Database(join(s.dir, DB_FILE));
  db.prepare("UPDATE outbox SET state = 'acked'").run();
  db.close();
}

describe('Shopify CSV dry run', () => {
  it('reads BOM + CRLF + ; with quoted multi-line HTML and reports counts and warnings', async () => {
    const s = await open();
    const p = await preview(s, FULL);
    expect(p).toMatchObject({ products: 2, variants: 4, images: 3, creates: 2, updates: 0, errors: [] });
    expect(p.warnings).toEqual([
      { line: 2, column: 'Body (HTML)', code: 'body_sanitized', params: { handle: 'linen-shirt' } },
      { line: 10, column: 'Variant SKU', code: 'sku_generated', params: { handle: 'old-mug', count: 1 } },
      { line: 0, code: 'images_pending', params: { count: 3 } },
    ]);
    expect(storeFingerprint(s.db()).counts.products).toBe(0);
  });

  it('reports each row error code on its physical line (multi-line cells counted)', async () => {
    const s = await open();
    expect((await s.importCsv(SKU_OWNER)).state).toBe('succeeded');
    const p = await preview(s, ROW_ERRORS);
    expect(p.errors).toEqual([
      { line: 5, column: 'Variant SKU', code: 'duplicate_sku', params: { sku: 'G-1', firstLine: 2 } },
      { line: 6, column: 'Variant Price', code: 'invalid_price', params: { value: '10.999' } },
      { line: 7, column: 'Handle', code: 'missing_handle', params: {} },
      { line: 8, column: 'Title', code: 'missing_title_first_row', params: { handle: 'notitle' } },
      { line: 9, column: 'Option1 Value', code: 'option_value_missing', params: { option: 1, name: 'Size' } },
      { line: 10, column: 'Option1 Value', code: 'too_many_options', params: { option: 1 } },
      { line: 11, column: 'Status', code: 'invalid_status', params: { value: 'published' } },
      { line: 12, column: 'Variant Compare At Price', code: 'invalid_price', params: { value: 'abc' } },
      { line: 12, column: 'Variant Grams', code: 'invalid_number', params: { value: 'x' } },
      { line: 12, column: 'Variant Inventory Qty', code: 'invalid_number', params: { value: '3.5' } },
      { line: 12, column: 'Image Position', code: 'invalid_number', params: { value: 'one' } },
      { line: 14, column: 'Option1 Value', code: 'duplicate_variant', params: { handle: 'dup', firstLine: 13 } },
      { line: 15, column: 'Variant SKU', code: 'sku_taken', params: { sku: 'TAKEN-1', handle: 'owner' } },
    ]);
  });

  it('refuses a file whose header is not a Shopify product CSV', async () => {
    const s = await open();
    const p = await preview(s, writeCsv(s, 'bad.csv', 'Name,Price\nA,1\n'));
    expect(p.errors).toEqual([{ line: 1, code: 'bad_header', params: { missing: 'Handle, Title' } }]);
    const four = await preview(s, writeCsv(s, 'four.csv', 'Handle,Title,Option4 Name,Variant Price\na,A,X,1\n'));
    expect(four.errors).toEqual([{ line: 1, column: 'Option4 Name', code: 'too_many_options', params: { max: 3 } }]);
  });

  it('answers not_found for a missing file', async () => {
    const s = await open();
    const error = await s.fail('catalog.previewShopifyCsv', { path: join(s.dir, 'nope.csv') });
    expect(error).toMatchObject({ code: 'not_found', i18nKey: 'catalog_io.error.file_not_found' });
  });
});

describe('Shopify CSV import', () => {
  it('creates products, options, variants and URL images through the mutation path', async () => {
    const s = await open();
    const job = await s.importCsv(FULL);
    expect(job.state).toBe('succeeded');
    const db = s.db();
    const shirt = db.prepare("SELECT * FROM products WHERE handle = 'linen-shirt'").get() as Record<string, string>;
    expect(shirt).toMatchObject({ title: 'Linen Shirt; "Summer" edition', status: 'draft', vendor: 'Atelier Nord', product_type: 'Shirts' });
    expect(shirt.description_html).toContain('<p>Light linen, cut loose; washed "soft".</p>');
    expect(shirt.description_html).toContain('<a href="https://example.com/care">guide</a>');
    for (const unsafe of ['<script', 'onclick', 'onerror', 'javascript:', '<img']) expect(shirt.description_html).not.toContain(unsafe);
    // Published false matches the draft status, and weight unit g differs from Shopify's default kg.
    expect(shirt.shopify_extra_json).toBeNull();
    expect(db.prepare("SELECT shopify_extra_json FROM variants WHERE sku = 'LS-S-W'").pluck().get()).toBe('{"Variant Weight Unit":"g"}');
    expect(db.prepare("SELECT status FROM products WHERE handle = 'old-mug'").pluck().get()).toBe('archived');

    const options = db.prepare('SELECT position, name, values_json FROM product_options WHERE product_id = ? ORDER BY position').all(shirt.id);
    expect(options).toEqual([
      { position: 1, name: 'Size', values_json: '["S","M"]' },
      { position: 2, name: 'Color', values_json: '["White","Blue"]' },
      { position: 3, name: 'Material', values_json: '["Linen"]' },
    ]);
    const variants = db
      .prepare(
        `SELECT v.sku, v.title, v.price_minor, v.compare_at_minor, v.inventory, v.weight_grams, i.source_url AS image
         FROM variants v LEFT JOIN images i ON i.id = v.image_id ORDER BY v.product_id, v.position`,
      )
      .all();
    expect(variants).toEqual([
      { sku: 'LS-S-W', title: 'S / White / Linen', price_minor: 4990, compare_at_minor: 5900, inventory: 4, weight_grams: 250, image: 'https://cdn.example.com/linen-white.jpg' },
      { sku: 'LS-M-W', title: 'M / White / Linen', price_minor: 4990, compare_at_minor: null, inventory: -2, weight_grams: 260, image: 'https://cdn.example.com/linen-white.jpg' },
      { sku: 'LS-M-B', title: 'M / Blue / Linen', price_minor: 5200, compare_at_minor: null, inventory: 0, weight_grams: 260, image: 'https://cdn.example.com/linen-blue.jpg' },
      { sku: 'old-mug-1', title: 'Default Title', price_minor: 750, compare_at_minor: null, inventory: 12, weight_grams: null, image: null },
    ]);
    const images = db
      .prepare("SELECT i.position, i.source_url, i.format, a.alt FROM images i LEFT JOIN image_alt a ON a.image_id = i.id AND a.locale = 'en' ORDER BY i.position")
      .all();
    expect(images).toEqual([
      { position: 1, source_url: 'https://cdn.example.com/linen-white.jpg', format: 'pending', alt: 'White linen shirt, front' },
      { position: 2, source_url: 'https://cdn.example.com/linen-blue.jpg', format: 'pending', alt: 'Blue "sky" shirt, back' },
      { position: 3, source_url: 'https://cdn.example.com/linen-detail.jpg', format: 'pending', alt: null },
    ]);

    const ops = readOutbox(db);
    const count = (type: string) => ops.filter((o) => o.type === type && o.kind === 'create').length;
    expect({ product: count('product'), variant: count('variant'), image: count('image'), productOption: count('productOption') }).toEqual({
      product: 2,
      variant: 4,
      image: 3,
      productOption: 4,
    });
    expect(ops.every((o) => o.kind === 'create')).toBe(true);
    const productOp = ops.find((o) => o.type === 'product' && o.entityId === String(shirt.id))!;
    expect(productOp.patch).toMatchObject({ handle: 'linen-shirt', tags: ['Men', 'linen', 'summer'] });
  });

  it('updates products matched by handle and variants matched by SKU, with update ops', async () => {
    const s = await open();
    expect((await s.importCsv(FULL)).state).toBe('succeeded');
    ackOutbox(s);
    const before = storeFingerprint(s.db()).counts;
    const update = writeCsv(
      s,
      'update.csv',
      [
        'Handle,Title,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Price,Status',
        'linen-shirt,Linen Shirt,Size,S,Color,White,Material,Linen,LS-S-W,45,active',
        'linen-shirt,,,M,,White,,Linen,LS-M-W,49.90,',
        'linen-shirt,,,L,,White,,Linen,LS-L-W,55,',
      ].join('\n'),
    );
    expect(await preview(s, update)).toMatchObject({ products: 1, creates: 0, updates: 1, errors: [] });
    const result = (await s.importCsv(update)) as { state: string };
    expect(result.state).toBe('succeeded');

    const db = s.db();
    expect(db.prepare("SELECT title, status FROM products WHERE handle = 'linen-shirt'").get()).toEqual({ title: 'Linen Shirt', status: 'active' });
    expect(db.prepare("SELECT sku FROM variants WHERE product_id = (SELECT id FROM products WHERE handle = 'linen-shirt') ORDER BY position").pluck().all()).toEqual([
      'LS-S-W',
      'LS-M-W',
      'LS-L-W',
    ]);
    expect(storeFingerprint(db).counts.products).toBe(before.products);
    const pending = readOutbox(db).filter((o) => o.state === 'pending');
    const variantOp = pending.find((o) => o.type === 'variant' && o.kind === 'update' && o.patch.priceMinor === 4500)!;
    expect(variantOp.base).toMatchObject({ priceMinor: 4990 });
    // LS-L-W is new, LS-M-B is gone, LS-S-W and LS-M-W changed (price; dropped weight, inventory, image).
    expect(pending.filter((o) => o.type === 'variant').map((o) => o.kind).sort()).toEqual(['create', 'delete', 'update', 'update']);
    expect(pending.find((o) => o.type === 'product')).toMatchObject({ kind: 'update', patch: { title: 'Linen Shirt', status: 'active' } });
    // The file no longer lists the images: the URL images go, as in Shopify's overwrite.
    expect(pending.filter((o) => o.type === 'image' && o.kind === 'delete')).toHaveLength(3);
  });

  it('imports nothing when one row is bad: the store and the outbox stay byte for byte the same', async () => {
    const s = await open();
    expect((await s.importCsv(FULL)).state).toBe('succeeded');
    const before = storeFingerprint(s.db());
    const mixed = writeCsv(
      s,
      'mixed.csv',
      ['Handle,Title,Variant SKU,Variant Price', 'linen-shirt,Renamed,LS-S-W,1', 'fresh,Fresh,F-1,2', 'broken,Broken,B-1,12.345'].join('\r\n'),
    );
    const job = await s.importCsv(mixed);
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'validation', i18nKey: 'catalog_io.error.file_has_errors' });
    expect(job.error?.message).toContain('1 row errors');
    expect(storeFingerprint(s.db())).toEqual(before);
  });

  it('records URL images as pending downloads without failing offline', async () => {
    const s = await open();
    const jobs = await s.call<{ id: number }[]>('jobs.list', {});
    expect(jobs).toEqual([]);
    const job = await s.importCsv(FULL);
    expect(job.state).toBe('succeeded');
    const db = s.db();
    const result = JSON.parse(db.prepare('SELECT result_json FROM jobs WHERE id = ?').pluck().get(job.id) as string) as CsvImportResult;
    expect(result).toMatchObject({ products: 2, pendingImageDownloads: 3, errors: [] });
    expect(db.prepare('SELECT count(*) FROM images WHERE original_sha256 IS NULL AND source_url IS NOT NULL').pluck().get()).toBe(3);
  });
});
