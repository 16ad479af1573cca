import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { CsvExportResult } from '../../shared/schemas/catalog-io';
import { EXPORT_COLUMNS, PRODUCT_DEFAULTS, publishedFor, VARIANT_DEFAULTS, type ShopifyColumn } from './columns';
import type { CatalogIoRepo, ProductRow } from './repo';
import { formatMoney } from './rules/money';

type Cells = Partial<Record<ShopifyColumn, string>>;

// Shopify's exports: comma separated, CRLF, UTF-8 with a BOM (so Excel reads it as UTF-8).
// csv-stringify only quotes the record delimiter itself, so a lone LF inside HTML must be forced.
const CSV_OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;
const BOM = '\ufeff';

/**
 * Writes every live product as Shopify product CSV rows: the first row carries the product
 * and its first variant and image; the next rows carry further variants, then images
 * beside them (Shopify's layout). Images without a URL (local photos) cannot be expressed
 * in the format and are left out. Written to a temp file, fsynced, then renamed.
 */
export function exportShopifyCsv(repo: CatalogIoRepo, path: string): CsvExportResult {
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  const totals = { path, products: 0, variants: 0, images: 0, rows: 0 };
  try {
    writeSync(fd, BOM + stringify([[...EXPORT_COLUMNS]], CSV_OPTIONS));
    for (const product of repo.liveProducts()) {
      const rows = productRows(repo, product, totals);
      totals.rows += rows.length;
      writeSync(fd, stringify(rows.map((r) => EXPORT_COLUMNS.map((c) => r[c] ?? '')), CSV_OPTIONS));
    }
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, path);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temp, { force: true });
    throw e;
  }
  return totals;
}

function productRows(repo: CatalogIoRepo, product: ProductRow, totals: CsvExportResult): Cells[] {
  const options = repo.optionsOf(product.id);
  const variants = repo.variantsOf(product.id);
  const images = repo.imagesOf(product.id).filter((i) => i.source_url !== null);
  const urlById = new Map(images.map((i) => [i.id, i.source_url!]));
  totals.products++;
  totals.variants += variants.length;
  totals.images += images.length;

  const productExtra = parseExtra(product.shopify_extra_json);
  const first: Cells = {
    ...PRODUCT_DEFAULTS,
    Published: publishedFor(product.status),
    ...productExtra,
    Title: product.title,
    'Body (HTML)': product.description_html,
    Vendor: product.vendor ?? '',
    Type: product.product_type ?? '',
    Tags: repo.tagsOf(product.id).join(', '),
    'SEO Title': product.seo_title ?? '',
    'SEO Description': product.seo_description ?? '',
    Status: product.status,
  };
  for (const o of options) first[`Option${o.position} Name` as ShopifyColumn] = o.name;

  const count = Math.max(variants.length, images.length, 1);
  const rows: Cells[] = [];
  for (let i = 0; i < count; i++) {
    const row: Cells = i === 0 ? { ...first } : {};
    row.Handle = product.handle;
    const v = variants[i];
    if (v) {
      Object.assign(row, VARIANT_DEFAULTS, parseExtra(v.shopify_extra_json), {
        'Option1 Value': v.option1 ?? '',
        'Option2 Value': v.option2 ?? '',
        'Option3 Value': v.option3 ?? '',
        'Variant SKU': v.sku,
        'Variant Grams': v.weight_grams === null ? '' : String(v.weight_grams),
        'Variant Inventory Qty': String(v.inventory),
        'Variant Price': formatMoney(v.price_minor),
        'Variant Compare At Price': v.compare_at_minor === null ? '' : formatMoney(v.compare_at_minor),
        'Variant Barcode': v.barcode ?? '',
        'Variant Image': v.image_id === null ? '' : (urlById.get(v.image_id) ?? ''),
      } satisfies Cells);
    }
    const image = images[i];
    if (image) {
      row['Image Src'] = image.source_url!;
      row['Image Position'] = String(i + 1);
      row['Image Alt Text'] = image.alt ?? '';
    }
    rows.push(row);
  }
  return rows;
}

function parseExtra(json: string | null): Cells {
  if (!json) return {};
  try {
    const parsed = JSON.parse(json) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Cells) : {};
  } catch {
    return {};
  }
}
