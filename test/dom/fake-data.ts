import type { z } from 'zod';
import type { Settings } from '../../src/shared/schemas/app';
import type { ProductDetail } from '../../src/shared/schemas/catalog';
import type { OutboxOp, ReviewRow } from '../../src/shared/schemas/domain-summaries';
import type { GalleryImage as GalleryImageSchema } from '../../src/shared/schemas/media';

/** Deterministic, realistic store content for the fake backend (four languages, real-looking prices). */
const BASE_TIME = Date.parse('2026-03-01T09:00:00Z');
export const isoAt = (minutes: number) => new Date(BASE_TIME + minutes * 60_000).toISOString();

const CATALOG: { title: string; vendor: string | null; type: string; price: number; tags: string[]; en?: string }[] = [
  { title: 'Linen Shirt', vendor: 'Northwind Apparel', type: 'Shirts', price: 4900, tags: ['summer', 'linen'] },
  { title: 'Merino Wool Beanie', vendor: 'Northwind Apparel', type: 'Hats', price: 2500, tags: ['winter'] },
  { title: 'Ceramic Pour-Over Set', vendor: 'Kiln & Co', type: 'Kitchen', price: 6800, tags: ['coffee'] },
  { title: 'قميص قطني', vendor: 'دار الأزياء', type: 'Shirts', price: 3900, tags: ['cotton'] },
  { title: 'کیف چرمی دست‌دوز', vendor: 'چرم تبریز', type: 'Bags', price: 12900, tags: ['leather'] },
  { title: 'Шерстяной шарф', vendor: 'Уральская шерсть', type: 'Scarves', price: 3400, tags: ['winter', 'wool'] },
  { title: 'Bamboo Cutting Board', vendor: null, type: 'Kitchen', price: 1900, tags: ['kitchen'] },
  { title: 'Canvas Tote Bag', vendor: 'Harbor Goods', type: 'Bags', price: 2200, tags: ['cotton'] },
  { title: 'Stoneware Mug', vendor: 'Kiln & Co', type: 'Kitchen', price: 1600, tags: ['coffee'] },
  { title: 'Leather Card Wallet', vendor: 'Harbor Goods', type: 'Accessories', price: 3500, tags: ['leather'] },
];
const STATUSES = ['active', 'active', 'draft', 'active', 'archived'] as const;

export function makeProducts(count: number, currency = 'USD'): ProductDetail[] {
  return Array.from({ length: count }, (_, index) => {
    const id = index + 1;
    const base = CATALOG[index % CATALOG.length];
    const round = Math.floor(index / CATALOG.length);
    const title = round === 0 ? base.title : `${base.title} ${round + 1}`;
    const handle = `product-${id}`;
    const variants = ['S', 'M', 'L'].slice(0, 1 + (index % 3)).map((size, v) => ({
      id: id * 10 + v,
      sku: `SK-${String(id).padStart(4, '0')}-${size}`,
      title: size,
      priceMinor: base.price + v * 200,
      compareAtMinor: null,
      inventory: (id * 7 + v * 3) % 40,
      options: [size],
    }));
    const images =
      index % 4 === 3
        ? []
        : [
            {
              id: id * 100,
              position: 1,
              width: 1200,
              height: 1200,
              alt: index % 2 === 0 ? { en: `${title} on a plain background` } : {},
              url: `/media/${id * 100}/full`,
              thumbUrl: `/media/${id * 100}/thumb`,
            },
          ];
    return {
      id,
      handle,
      title,
      status: STATUSES[index % STATUSES.length],
      vendor: base.vendor,
      productType: base.type,
      variantCount: variants.length,
      imageCount: images.length,
      minPriceMinor: variants[0].priceMinor,
      currency,
      thumbnailUrl: images[0]?.thumbUrl ?? null,
      updatedAt: isoAt(index * 37),
      titles: { en: title },
      descriptions: {},
      tags: base.tags,
      options: [{ name: 'Size', values: variants.map((v) => v.title) }],
      variants,
      images,
    };
  });
}

type Review = z.infer<typeof ReviewRow>;

export function makeReviews(products: ProductDetail[]): Review[] {
  const samples: Omit<Review, 'id' | 'productId' | 'productTitle' | 'createdAt'>[] = [
    { kind: 'review', author: 'Dana K.', rating: 5, title: 'Perfect fit', body: 'Great shirt, washes well.', language: 'en', status: 'approved', reasonCodes: [] },
    { kind: 'review', author: 'سارا', rating: 4, title: null, body: 'جنس خوبی داره، با شماره ۰۹۱۲۳۴۵۶۷۸۹ تماس بگیرید', language: 'fa', status: 'pending', reasonCodes: ['PII'] },
    { kind: 'review', author: 'Omar', rating: 2, title: 'Not as shown', body: 'Colour differs. See www.example-shop.test for better deals', language: 'en', status: 'pending', reasonCodes: ['LINK'] },
    { kind: 'question', author: 'Лена', rating: null, title: null, body: 'Есть ли размер XS?', language: 'ru', status: 'pending', reasonCodes: [] },
    { kind: 'review', author: 'أحمد', rating: 1, title: null, body: 'منتج سيئ جدا', language: 'ar', status: 'flagged', reasonCodes: ['PROFANITY', 'DUPLICATE'] },
    { kind: 'review', author: 'Jo', rating: 3, title: null, body: 'Okay.', language: 'en', status: 'rejected', reasonCodes: ['DUPLICATE'] },
  ];
  if (products.length === 0) return [];
  return samples.map((sample, index) => {
    const product = products[index % products.length];
    return { ...sample, id: index + 1, productId: product.id, productTitle: product.title, createdAt: isoAt(index * 90) };
  });
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  theme: 'light',
  numberingSystem: 'auto',
  storeName: 'Northwind Outfitters',
  currency: 'USD',
};

type Op = z.infer<typeof OutboxOp>;

export function makeOutboxOp(seq: number, entityId: number, patch: Record<string, unknown>): Op {
  return {
    opId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    entity: 'product',
    entityId: String(entityId),
    kind: 'update',
    patch,
    base: {},
    state: 'pending',
    attempts: 0,
    lastError: null,
    createdAt: isoAt(1000 + seq),
  };
}

type GalleryImage = z.infer<typeof GalleryImageSchema>;
const ANGLES = ['front', 'back', 'detail'] as const;

/** A product's gallery as media.listImages returns it: its photo plus two more angles, alt text partly translated. */
export function makeGallery(product: ProductDetail): GalleryImage[] {
  if (product.images.length === 0) return [];
  return ANGLES.map((angle, index) => {
    const id = product.id * 100 + index;
    const sha = `${String(id).padStart(8, '0')}${'ab'.repeat(28)}`;
    const file = (variant: string, width: number) => ({ sha256: sha, ext: 'webp', url: `/media/${sha}/${variant}`, width, height: width });
    return {
      id,
      productId: product.id,
      position: index + 1,
      primary: index === 0,
      width: 1200,
      height: 1200,
      format: 'jpeg',
      bytes: 180_000 + index * 1000,
      fileName: `${product.handle}-${angle}.jpg`,
      original: { sha256: sha, ext: 'jpg', url: `/media/${sha}/original`, width: 1200, height: 1200 },
      derivatives: { 'w400.webp': file('w400.webp', 400), 'w1600.webp': file('w1600.webp', 1200) },
      alt: {
        en: index === 0 ? (product.images[0].alt.en ?? null) : `${product.title}, ${angle} view`,
        ar: index === 1 ? `${product.title}، منظر خلفي` : null,
        fa: null,
        ru: index === 2 ? `${product.title}, крупный план` : null,
      },
      dhash: null,
      phash: null,
      dhashMirror: null,
      flags: [],
      variantIds: [],
    };
  });
}
