import { createHash } from 'node:crypto';
import type { DB } from '../../../src/core/db/open';

/**
 * Small SQL helpers that insert exactly the rows a test names (no demo generator), with
 * defaults for the NOT NULL columns a test does not care about.
 */

const T0 = '2026-01-01T00:00:00.000Z';

export interface ProductFixture {
  handle?: string;
  title?: string;
  /** Any text: the schema's CHECK constraint is what decides. */
  status?: string;
  vendor?: string | null;
  productType?: string | null;
  descriptionHtml?: string;
  updatedAt?: string;
  deletedAt?: string | null;
}

let handleCounter = 0;

export function insertProduct(db: DB, p: ProductFixture = {}): number {
  const handle = p.handle ?? `product-${++handleCounter}-${Math.random().toString(36).slice(2, 8)}`;
  const r = db
    .prepare(
      `INSERT INTO products(handle, title, description_html, vendor, product_type, status, created_at, updated_at, deleted_at)
       VALUES (?,?,?,?,?,?,?,?,?)`,
    )
    .run(
      handle,
      p.title ?? handle,
      p.descriptionHtml ?? '',
      p.vendor ?? null,
      p.productType ?? null,
      p.status ?? 'active',
      T0,
      p.updatedAt ?? T0,
      p.deletedAt ?? null,
    );
  return Number(r.lastInsertRowid);
}

export function insertVariant(db: DB, productId: number, v: { sku: string; priceMinor?: number; title?: string; options?: string[]; position?: number }): number {
  const [o1, o2, o3] = v.options ?? [];
  const r = db
    .prepare(
      `INSERT INTO variants(product_id, position, sku, title, option1, option2, option3, price_minor, created_at, updated_at)
       VALUES (?,?,?,?,?,?,?,?,?,?)`,
    )
    .run(productId, v.position ?? 1, v.sku, v.title ?? v.sku, o1 ?? null, o2 ?? null, o3 ?? null, v.priceMinor ?? 1000, T0, T0);
  return Number(r.lastInsertRowid);
}

export function insertTranslation(db: DB, productId: number, locale: string, title: string, descriptionHtml = ''): void {
  db.prepare('INSERT INTO product_translations(product_id, locale, title, description_html) VALUES (?,?,?,?)').run(
    productId,
    locale,
    title,
    descriptionHtml,
  );
}

export function tagProduct(db: DB, productId: number, ...names: string[]): void {
  for (const name of names) {
    db.prepare('INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(name);
    const tagId = db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(name) as number;
    db.prepare('INSERT INTO product_tags(product_id, tag_id) VALUES (?,?)').run(productId, tagId);
  }
}

export function insertOption(db: DB, productId: number, position: number, name: string, values: string[]): void {
  db.prepare('INSERT INTO product_options(product_id, position, name, values_json) VALUES (?,?,?,?)').run(
    productId,
    position,
    name,
    JSON.stringify(values),
  );
}

/** A media_files row for a fake file; returns its sha256. */
export function insertMediaFile(db: DB, seed: string, ext = 'jpg'): string {
  const sha = createHash('sha256').update(seed).digest('hex');
  db.prepare(
    `INSERT INTO media_files(sha256, ext, mime, bytes, created_at) VALUES (?,?,?,?,?) ON CONFLICT(sha256) DO NOTHING`,
  ).run(sha, ext, ext === 'webp' ? 'image/webp' : 'image/jpeg', 1234, T0);
  return sha;
}

export interface ImageFixture {
  position?: number;
  width?: number;
  height?: number;
  originalSha256?: string | null;
  fileName?: string | null;
}

export function insertImage(db: DB, productId: number, img: ImageFixture = {}): number {
  const r = db
    .prepare(
      `INSERT INTO images(product_id, position, original_sha256, width, height, format, bytes, file_name, created_at, updated_at)
       VALUES (?,?,?,?,?,?,?,?,?,?)`,
    )
    .run(productId, img.position ?? 1, img.originalSha256 ?? null, img.width ?? 1200, img.height ?? 1200, 'jpeg', 1234, img.fileName ?? null, T0, T0);
  return Number(r.lastInsertRowid);
}

export function setAlt(db: DB, imageId: number, locale: string, alt: string): void {
  db.prepare('INSERT INTO image_alt(image_id, locale, alt) VALUES (?,?,?)').run(imageId, locale, alt);
}

export function insertDerivative(db: DB, imageId: number, variant: string, sha256: string, width = 400, height = 400): void {
  db.prepare('INSERT INTO image_derivatives(image_id, variant, sha256, width, height) VALUES (?,?,?,?,?)').run(
    imageId,
    variant,
    sha256,
    width,
    height,
  );
}

export interface ReviewFixture {
  kind?: 'review' | 'question' | 'answer';
  status?: 'pending' | 'approved' | 'rejected' | 'flagged';
  rating?: number | null;
  body?: string;
  author?: string;
  createdAt?: string;
  reasonCodes?: string[] | string;
}

export function insertReview(db: DB, productId: number, r: ReviewFixture = {}): number {
  const reasons = typeof r.reasonCodes === 'string' ? r.reasonCodes : JSON.stringify(r.reasonCodes ?? []);
  const res = db
    .prepare(
      `INSERT INTO reviews(kind, product_id, author_name, rating, body, status, reason_codes_json, created_at, updated_at)
       VALUES (?,?,?,?,?,?,?,?,?)`,
    )
    .run(
      r.kind ?? 'review',
      productId,
      r.author ?? 'Ana',
      r.kind && r.kind !== 'review' ? null : (r.rating === undefined ? 5 : r.rating),
      r.body ?? 'Lovely.',
      r.status ?? 'pending',
      reasons,
      r.createdAt ?? T0,
      r.createdAt ?? T0,
    );
  return Number(res.lastInsertRowid);
}

export function insertCustomer(db: DB, name = 'Customer'): number {
  const r = db.prepare('INSERT INTO customers(name, created_ts, updated_at) VALUES (?,?,?)').run(name, 1_700_000_000, T0);
  return Number(r.lastInsertRowid);
}

let orderCounter = 0;

export interface OrderFixture {
  customerId?: number | null;
  lines: { unitPriceMinor: number; quantity: number }[];
  discountsMinor?: number;
  test?: boolean;
  cancelled?: boolean;
  createdTs?: number;
}

export function insertOrder(db: DB, o: OrderFixture): number {
  const subtotal = o.lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity, 0);
  const created = o.createdTs ?? 1_700_000_000;
  const r = db
    .prepare(
      `INSERT INTO orders(number, customer_id, currency, subtotal_minor, discounts_minor, total_minor, test, created_ts,
                          cancelled_ts, local_day, local_month, updated_at)
       VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
    )
    .run(
      `#${++orderCounter}-${Math.random().toString(36).slice(2, 7)}`,
      o.customerId ?? null,
      'USD',
      subtotal,
      o.discountsMinor ?? 0,
      subtotal - (o.discountsMinor ?? 0),
      o.test ? 1 : 0,
      created,
      o.cancelled ? created + 60 : null,
      Math.floor(created / 86400),
      0,
      T0,
    );
  const orderId = Number(r.lastInsertRowid);
  for (const l of o.lines) {
    db.prepare('INSERT INTO order_lines(order_id, title, quantity, unit_price_minor) VALUES (?,?,?,?)').run(
      orderId,
      'Line',
      l.quantity,
      l.unitPriceMinor,
    );
  }
  return orderId;
}

export function insertRefund(db: DB, orderId: number, amountMinor: number): void {
  db.prepare('INSERT INTO refunds(order_id, amount_minor, created_ts, local_day) VALUES (?,?,?,?)').run(
    orderId,
    amountMinor,
    1_700_100_000,
    19677,
  );
}

let checkoutCounter = 0;
export function insertCheckout(db: DB, completedOrderId: number | null): void {
  db.prepare('INSERT INTO checkouts(token, completed_order_id, created_ts, local_day) VALUES (?,?,?,?)').run(
    `tok-${++checkoutCounter}-${Math.random().toString(36).slice(2, 7)}`,
    completedOrderId,
    1_700_000_000,
    19675,
  );
}
