import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/shared/api/errors';
import { getProduct, listProducts, updateProduct } from '../../src/core/catalog/service';
import { writeSettings } from '../../src/core/settings/repo';
import {
  insertDerivative,
  insertImage,
  insertMediaFile,
  insertOption,
  insertProduct,
  insertTranslation,
  insertVariant,
  setAlt,
  tagProduct,
} from './helpers/fixtures';
import { readOutbox } from './helpers/outbox-rows';
import { advancingClock, openTestDb, type TestDb } from './helpers/test-db';

let t: TestDb;
afterEach(() => t?.close());

const iso = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();

describe('catalog.listProducts', () => {
  it('pages newest-first with keyset cursors, visiting every live product exactly once', async () => {
    t = await openTestDb();
    const ids: number[] = [];
    // Several products share an updated_at, so the id tie-breaker matters.
    for (let i = 0; i < 23; i++) ids.push(insertProduct(t.db, { title: `P${i}`, updatedAt: iso(Math.floor(i / 3)) }));
    insertProduct(t.db, { title: 'Gone', updatedAt: iso(59), deletedAt: iso(59) });

    const seen: number[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = listProducts(t.db, { limit: 5, after });
      seen.push(...page.items.map((p) => p.id));
      after = page.next ?? undefined;
      pages++;
    } while (after);
    expect(pages).toBe(5);
    const expected = [...ids].sort((a, b) => {
      const ua = Math.floor((a - ids[0]) / 3);
      const ub = Math.floor((b - ids[0]) / 3);
      return ub - ua || b - a;
    });
    expect(seen).toEqual(expected);
  });

  it('filters by status and reports counts, cheapest price, store currency and thumbnail', async () => {
    t = await openTestDb();
    writeSettings(t.db, { currency: 'EUR' });
    const rug = insertProduct(t.db, { title: 'Rug', status: 'active', vendor: 'Atelier', productType: 'Rugs' });
    insertVariant(t.db, rug, { sku: 'R-1', priceMinor: 9900 });
    insertVariant(t.db, rug, { sku: 'R-2', priceMinor: 4900, position: 2 });
    const second = insertImage(t.db, rug, { position: 2 });
    const first = insertImage(t.db, rug, { position: 1 });
    const thumb = insertMediaFile(t.db, 'rug-thumb', 'webp');
    insertDerivative(t.db, first, 'w400.webp', thumb);
    insertDerivative(t.db, second, 'w400.webp', insertMediaFile(t.db, 'other-thumb', 'webp'));
    insertProduct(t.db, { title: 'Draft lamp', status: 'draft' });

    const active = listProducts(t.db, { limit: 50, status: 'active' });
    expect(active.next).toBeNull();
    expect(active.items).toEqual([
      {
        id: rug,
        handle: expect.any(String),
        title: 'Rug',
        status: 'active',
        vendor: 'Atelier',
        productType: 'Rugs',
        variantCount: 2,
        imageCount: 2,
        minPriceMinor: 4900,
        currency: 'EUR',
        thumbnailUrl: `/media/${thumb}.webp`,
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
    const drafts = listProducts(t.db, { limit: 50, status: 'draft' }).items;
    expect(drafts.map((p) => [p.title, p.variantCount, p.minPriceMinor, p.thumbnailUrl])).toEqual([['Draft lamp', 0, null, null]]);
  });

  it('pages search results too, and rejects a malformed cursor as validation', async () => {
    t = await openTestDb();
    for (let i = 0; i < 7; i++) insertProduct(t.db, { title: `Rug ${i}`, updatedAt: iso(i) });
    insertProduct(t.db, { title: 'Lamp', updatedAt: iso(30) });
    const first = listProducts(t.db, { q: 'rug', limit: 4 });
    const second = listProducts(t.db, { q: 'rug', limit: 4, after: first.next! });
    expect([...first.items, ...second.items].map((p) => p.title)).toEqual(['Rug 6', 'Rug 5', 'Rug 4', 'Rug 3', 'Rug 2', 'Rug 1', 'Rug 0']);
    expect(second.next).toBeNull();
    expect(() => listProducts(t.db, { limit: 4, after: 'not-a-cursor' })).toThrow(ApiError);
  });
});

describe('catalog.getProduct', () => {
  it('assembles titles and descriptions per locale, tags, options, variants and images with alt and URLs', async () => {
    t = await openTestDb();
    const id = insertProduct(t.db, { title: 'Kashan rug', descriptionHtml: '<p>Wool</p>' });
    insertTranslation(t.db, id, 'fa', 'فرش کاشان', '<p>پشم</p>');
    insertTranslation(t.db, id, 'ru', 'Кашанский ковёр');
    tagProduct(t.db, id, 'wool', 'handmade');
    insertOption(t.db, id, 1, 'Size', ['2x3', '3x4']);
    const v = insertVariant(t.db, id, { sku: 'KSH-23', priceMinor: 120000, options: ['2x3'] });
    const original = insertMediaFile(t.db, 'kashan-original', 'jpg');
    const withOriginal = insertImage(t.db, id, { position: 1, originalSha256: original, width: 2000, height: 1500 });
    setAlt(t.db, withOriginal, 'en', 'Red Kashan rug');
    setAlt(t.db, withOriginal, 'fa', 'فرش قرمز');
    const thumb = insertMediaFile(t.db, 'kashan-thumb', 'webp');
    insertDerivative(t.db, withOriginal, 'w400.webp', thumb);
    const onlyDerivatives = insertImage(t.db, id, { position: 2 });
    const large = insertMediaFile(t.db, 'large', 'webp');
    insertDerivative(t.db, onlyDerivatives, 'w1600.webp', large, 1600, 1600);

    const p = getProduct(t.db, id);
    expect(p).toMatchObject({
      id,
      title: 'Kashan rug',
      titles: { en: 'Kashan rug', fa: 'فرش کاشان', ru: 'Кашанский ковёр' },
      descriptions: { en: '<p>Wool</p>', fa: '<p>پشم</p>', ru: '' },
      tags: ['handmade', 'wool'],
      options: [{ name: 'Size', values: ['2x3', '3x4'] }],
      variants: [{ id: v, sku: 'KSH-23', priceMinor: 120000, compareAtMinor: null, inventory: 0, options: ['2x3'] }],
      variantCount: 1,
      imageCount: 2,
      minPriceMinor: 120000,
      thumbnailUrl: `/media/${thumb}.webp`,
    });
    expect(p.images).toEqual([
      {
        id: withOriginal,
        position: 1,
        width: 2000,
        height: 1500,
        alt: { en: 'Red Kashan rug', fa: 'فرش قرمز' },
        url: `/media/${original}.jpg`,
        thumbUrl: `/media/${thumb}.webp`,
      },
      {
        id: onlyDerivatives,
        position: 2,
        width: 1200,
        height: 1200,
        alt: {},
        url: `/media/${large}.webp`,
        thumbUrl: `/media/${large}.webp`,
      },
    ]);
  });

  it('answers not_found (errors.product_not_found) for a missing or deleted product', async () => {
    t = await openTestDb();
    const gone = insertProduct(t.db, { deletedAt: iso(1) });
    for (const id of [gone, 12345]) {
      try {
        getProduct(t.db, id);
        expect.unreachable();
      } catch (e) {
        expect(e).toMatchObject({ code: 'not_found', i18nKey: 'errors.product_not_found' });
      }
    }
  });
});

describe('catalog.updateProduct', () => {
  it('edits through the mutation path and returns the fresh detail', async () => {
    t = await openTestDb();
    const id = insertProduct(t.db, { title: 'Old', status: 'draft' });
    const detail = updateProduct(t.db, advancingClock('2026-02-01T00:00:00.000Z'), { id, patch: { title: 'New', status: 'active' } });
    expect(detail).toMatchObject({ id, title: 'New', status: 'active', titles: { en: 'New' }, updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(readOutbox(t.db)).toMatchObject([{ patch: { title: 'New', status: 'active' }, base: { title: 'Old', status: 'draft' } }]);
  });
});
