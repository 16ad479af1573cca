import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/shared/api/errors';
import { listProducts, type ListProductsQuery } from '../../src/core/catalog/service';
import { listCollections, listTags, typeahead } from '../../src/core/catalog/browse';
import { ProductSort, type ProductFilter } from '../../src/shared/schemas/catalog';
import type { DB } from '../../src/core/db/open';
import { insertImage, insertProduct, insertReview, insertTranslation, insertVariant, setAlt, tagProduct } from './helpers/fixtures';
import { openTestDb, type TestDb } from './helpers/test-db';

let t: TestDb | undefined;
afterEach(() => {
  t?.close();
  t = undefined;
});

interface Spec {
  title: string;
  minute: number;
  createdMinute: number;
  prices: number[];
  images: { alt: string | null }[];
  ratings: number[];
  tags: string[];
  collection: number | null;
  status: 'draft' | 'active' | 'archived';
  deleted: boolean;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  title: fc.constantFrom('Rug', 'rug', 'Bowl', 'apple', 'Zebra', 'kettle', 'Lamp'),
  minute: fc.integer({ min: 0, max: 5 }),
  createdMinute: fc.integer({ min: 0, max: 5 }),
  prices: fc.array(fc.constantFrom(500, 1000, 2500, 9900), { maxLength: 3 }),
  images: fc.array(fc.record({ alt: fc.constantFrom(null, '', ' ', 'A rug') }), { maxLength: 2 }),
  ratings: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }),
  tags: fc.subarray(['sale', 'new', 'wool']),
  collection: fc.constantFrom(null, 1, 2),
  status: fc.constantFrom('draft' as const, 'active' as const, 'archived' as const),
  deleted: fc.boolean().map((b) => b && Math.random() < 0.3),
});

/** At most two filters at once, so most runs still match enough products to need several pages. */
const filterChoices = {
  status: fc.constantFrom('draft' as const, 'active' as const),
  collectionId: fc.constantFrom(1, 2),
  tag: fc.constantFrom('sale', 'wool'),
  hasNoImages: fc.constant(true),
  missingAlt: fc.constant(true),
  lowRating: fc.constant(true),
  priceMinMinor: fc.constantFrom(600, 1000),
  priceMaxMinor: fc.constantFrom(1000, 3000),
  q: fc.constantFrom('ru', 'rug', 'sal'),
};
const filterArb: fc.Arbitrary<ProductFilter> = fc
  .subarray(Object.keys(filterChoices) as (keyof typeof filterChoices)[], { maxLength: 2 })
  .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, filterChoices[k]]))) as fc.Arbitrary<ProductFilter>);

const iso = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
let sku = 0;

function build(db: DB, specs: Spec[]): Map<number, Spec> {
  const byId = new Map<number, Spec>();
  db.prepare("INSERT INTO collections(id, handle, title, created_at, updated_at) VALUES (1,'c1','One',?,?), (2,'c2','Two',?,?)").run(iso(0), iso(0), iso(0), iso(0));
  for (const s of specs) {
    const id = insertProduct(db, { title: s.title, status: s.status, updatedAt: iso(s.minute), deletedAt: s.deleted ? iso(9) : null });
    db.prepare('UPDATE products SET created_at = ? WHERE id = ?').run(iso(s.createdMinute), id);
    s.prices.forEach((p, i) => insertVariant(db, id, { sku: `S${++sku}`, priceMinor: p, position: i + 1 }));
    s.images.forEach((img, i) => {
      const imageId = insertImage(db, id, { position: i + 1 });
      if (img.alt !== null) setAlt(db, imageId, 'en', img.alt);
    });
    for (const r of s.ratings) insertReview(db, id, { rating: r, status: 'approved' });
    if (s.tags.length > 0) tagProduct(db, id, ...s.tags);
    if (s.collection) db.prepare('INSERT INTO product_collections(product_id, collection_id) VALUES (?, ?)').run(id, s.collection);
    byId.set(id, s);
  }
  return byId;
}

/** The reference: the same filter and order computed in plain TypeScript. */
function expected(byId: Map<number, Spec>, f: ProductFilter, sort: ProductSort): number[] {
  const ids = [...byId].filter(([, s]) => {
    if (s.deleted) return false;
    if (f.status && s.status !== f.status) return false;
    if (f.collectionId && s.collection !== f.collectionId) return false;
    if (f.tag && !s.tags.includes(f.tag)) return false;
    if (f.hasNoImages && s.images.length > 0) return false;
    if (f.missingAlt && !s.images.some((i) => !i.alt || !i.alt.trim())) return false;
    if (f.lowRating && !(s.ratings.length > 0 && s.ratings.reduce((a, b) => a + b, 0) < 3 * s.ratings.length)) return false;
    const lo = f.priceMinMinor ?? -Infinity;
    const hi = f.priceMaxMinor ?? Infinity;
    if ((f.priceMinMinor !== undefined || f.priceMaxMinor !== undefined) && !s.prices.some((p) => p >= lo && p <= hi)) return false;
    if (f.q) {
      const words = [s.title.toLowerCase(), ...s.tags];
      if (!words.some((w) => w.startsWith(f.q!))) return false;
    }
    return true;
  });
  const key = (s: Spec): string | number => {
    if (sort.startsWith('title')) return s.title.toLowerCase();
    if (sort.startsWith('price')) return s.prices.length ? Math.min(...s.prices) : -1;
    if (sort === 'created_desc') return s.createdMinute;
    return s.minute;
  };
  const desc = sort.endsWith('desc') ? -1 : 1;
  return ids
    .sort(([a, sa], [b, sb]) => {
      const ka = key(sa);
      const kb = key(sb);
      return (ka < kb ? -1 : ka > kb ? 1 : a - b) * desc;
    })
    .map(([id]) => id);
}

function allPages(db: DB, input: ListProductsQuery): number[] {
  const seen: number[] = [];
  let after: string | undefined;
  do {
    const page = listProducts(db, { ...input, after });
    seen.push(...page.items.map((p) => p.id));
    after = page.next ?? undefined;
  } while (after);
  return seen;
}

describe('catalog.listProducts filters and sorts', () => {
  it('every sort and filter pages through exactly the matching products, in order, with no duplicates or gaps', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(specArb, { minLength: 0, maxLength: 30 }),
        filterArb,
        fc.constantFrom(...ProductSort.options),
        fc.integer({ min: 1, max: 7 }),
        async (specs, filter, sort, limit) => {
          t?.close();
          t = await openTestDb();
          const byId = build(t.db, specs);
          expect(allPages(t.db, { ...filter, sort, limit })).toEqual(expected(byId, filter, sort));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses a cursor made for another sort, and a malformed one', async () => {
    t = await openTestDb();
    for (let i = 0; i < 3; i++) insertProduct(t.db, { title: `P${i}` });
    const page = listProducts(t.db, { limit: 1, sort: 'title_asc' });
    expect(page.next).not.toBeNull();
    expect(() => listProducts(t!.db, { limit: 1, sort: 'price_desc', after: page.next! })).toThrow(ApiError);
    expect(() => listProducts(t!.db, { limit: 1, after: 'bm9wZQ' })).toThrowError(/malformed/);
  });
});

describe('catalog.typeahead', () => {
  it('folds Arabic/Persian letters, ё and tashkeel, and matches SKU, handle and tag prefixes', async () => {
    t = await openTestDb();
    const kashan = insertProduct(t.db, { title: 'Kashan rug', handle: 'kashan-rug' });
    insertTranslation(t.db, kashan, 'fa', 'فرش کاشان');
    insertVariant(t.db, kashan, { sku: 'KSH-100' });
    const tree = insertProduct(t.db, { title: 'Елочная игрушка', handle: 'yolka' });
    const tea = insertProduct(t.db, { title: 'Tea', handle: 'tea' });
    insertTranslation(t.db, tea, 'ar', 'شَايٌ أَخْضَر');
    tagProduct(t.db, tea, 'organic');
    const ids = (q: string) => typeahead(t!.db, { q, limit: 10 }).map((r) => r.id);
    expect(ids('كاشان')).toEqual([kashan]);
    expect(ids('ёлочная')).toEqual([tree]);
    expect(ids('ёло')).toEqual([tree]);
    expect(ids('شاي')).toEqual([tea]);
    expect(ids('ksh-1')).toEqual([kashan]);
    expect(ids('yol')).toEqual([tree]);
    expect(ids('orga')).toEqual([tea]);
    expect(typeahead(t.db, { q: 'kash', limit: 10 })[0]).toMatchObject({ title: 'Kashan rug', handle: 'kashan-rug', sku: 'KSH-100' });
  });

  it('hides deleted products and honours the limit', async () => {
    t = await openTestDb();
    for (let i = 0; i < 5; i++) insertProduct(t.db, { title: `Lamp ${i}` });
    insertProduct(t.db, { title: 'Lamp gone', deletedAt: iso(1) });
    expect(typeahead(t.db, { q: 'la', limit: 3 })).toHaveLength(3);
    expect(typeahead(t.db, { q: 'lamp', limit: 10 }).map((r) => r.title)).not.toContain('Lamp gone');
  });
});

describe('catalog.listCollections / listTags', () => {
  it('count live products only (tags in use only)', async () => {
    t = await openTestDb();
    build(t.db, [
      { title: 'A', minute: 0, createdMinute: 0, prices: [], images: [], ratings: [], tags: ['sale'], collection: 1, status: 'active', deleted: false },
      { title: 'B', minute: 0, createdMinute: 0, prices: [], images: [], ratings: [], tags: ['sale', 'wool'], collection: 1, status: 'active', deleted: true },
    ]);
    expect(listCollections(t.db)).toEqual([
      { id: 1, handle: 'c1', title: 'One', productCount: 1 },
      { id: 2, handle: 'c2', title: 'Two', productCount: 0 },
    ]);
    // A tag carried only by deleted products is not offered as a filter.
    expect(listTags(t.db)).toEqual([{ name: 'sale', productCount: 1 }]);
  });
});
