import { afterEach, describe, expect, it } from 'vitest';
import { ProductDraft } from '../../src/shared/schemas/catalog-edit';
import { listProducts, updateProduct } from '../../src/core/catalog/service';
import { saveProduct } from '../../src/core/catalog/save-product';
import { bulkApply, bulkPreview } from '../../src/core/catalog/bulk';
import { typeahead } from '../../src/core/catalog/browse';
import { deleteProducts, duplicateProduct, listDeleted, purgeDeletedProducts, restoreProducts } from '../../src/core/catalog/recycle-bin';
import { listEditBatches, redoLastBatch, undoLastBatch } from '../../src/core/mutations';
import type { DB } from '../../src/core/db/open';
import { insertDerivative, insertImage, insertMediaFile, insertOption, insertProduct, insertTranslation, insertVariant, setAlt, tagProduct } from './helpers/fixtures';
import { readOutbox } from './helpers/outbox-rows';
import { advancingClock, openTestDb, steppingClock, type TestDb } from './helpers/test-db';

let t: TestDb | undefined;
afterEach(() => {
  t?.close();
  t = undefined;
});

/** Every catalog row of the store, without timestamps: what undo must give back exactly. */
function catalogRows(db: DB) {
  return {
    products: db.prepare('SELECT id, handle, title, description_html, vendor, product_type, status, seo_title, seo_description, deleted_at IS NOT NULL AS deleted, min_price_minor FROM products ORDER BY id').all(),
    variants: db.prepare('SELECT id, product_id, position, sku, title, option1, option2, option3, price_minor, compare_at_minor, barcode, weight_grams, inventory, image_id FROM variants ORDER BY id').all(),
    options: db.prepare('SELECT id, product_id, position, name, values_json FROM product_options ORDER BY id').all(),
    tags: db.prepare('SELECT pt.product_id, g.name FROM product_tags pt JOIN tags g ON g.id = pt.tag_id ORDER BY 1, 2').all(),
    translations: db.prepare('SELECT * FROM product_translations ORDER BY product_id, locale').all(),
  };
}
/** The outbox without op ids, sequence numbers and timestamps. */
const outboxShape = (db: DB) => readOutbox(db).map(({ type, entityId, kind, patch, base }) => ({ type, entityId, kind, patch, base }));

/** A product as if pulled from the store: rows, no pending ops. */
function syncedProduct(db: DB) {
  const id = insertProduct(db, { title: 'Kashan rug', handle: 'kashan', vendor: 'Atelier', status: 'active' });
  insertTranslation(db, id, 'ar', 'سجادة قاشان');
  tagProduct(db, id, 'wool');
  insertOption(db, id, 1, 'Size', ['S', 'M']);
  const s = insertVariant(db, id, { sku: 'K-S', priceMinor: 10000, options: ['S'] });
  const m = insertVariant(db, id, { sku: 'K-M', priceMinor: 15000, options: ['M'], position: 2 });
  return { id, s, m };
}

describe('undo / redo', () => {
  it('undo of a product save restores every row and leaves no op; redo brings rows and ops back', async () => {
    t = await openTestDb();
    const clock = advancingClock();
    const { id, s } = syncedProduct(t.db);
    const before = catalogRows(t.db);
    saveProduct(
      t.db,
      clock,
      ProductDraft.parse({
        id,
        title: 'Kashan rug II',
        vendor: 'Atelier',
        status: 'active',
        tags: ['wool', 'sale'],
        translations: { titles: { ar: 'سجادة', ru: 'Ковёр' } },
        options: [{ name: 'Size', values: ['S', 'L'] }],
        variants: [
          { id: s, sku: 'K-S', options: ['S'], priceMinor: 9000 },
          { sku: 'K-L', options: ['L'], priceMinor: 20000 },
        ],
      }),
    );
    const after = catalogRows(t.db);
    const afterOps = outboxShape(t.db);
    expect(afterOps.map((o) => `${o.type}:${o.kind}`).sort()).toEqual(
      ['product:update', 'productOption:update', 'variant:update', 'variant:delete', 'variant:create'].sort(),
    );

    expect(undoLastBatch(t.db, clock)).toMatchObject({ labelKey: 'history.edit_product' });
    expect(catalogRows(t.db)).toEqual(before);
    expect(outboxShape(t.db)).toEqual([]);

    expect(redoLastBatch(t.db, clock)).toMatchObject({ labelKey: 'history.edit_product', undoneAt: null });
    const redone = catalogRows(t.db);
    // The re-created variant may get a new row id; everything else is identical.
    expect({ ...redone, variants: redone.variants.map((v) => ({ ...(v as object), id: 0 })) }).toEqual({
      ...after,
      variants: after.variants.map((v) => ({ ...(v as object), id: 0 })),
    });
    const norm = (ops: ReturnType<typeof outboxShape>) => ops.map((o) => ({ ...o, entityId: o.kind === 'create' ? '?' : o.entityId })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(norm(outboxShape(t.db))).toEqual(norm(afterOps));
  });

  it('undo keeps edits of the same field that were already pending, and a new edit clears the redo stack', async () => {
    t = await openTestDb();
    const clock = advancingClock();
    const { id } = syncedProduct(t.db);
    updateProduct(t.db, clock, { id, patch: { title: 'One' } });
    updateProduct(t.db, clock, { id, patch: { title: 'Two' } });
    expect(outboxShape(t.db)).toEqual([{ type: 'product', entityId: String(id), kind: 'update', patch: { title: 'Two' }, base: { title: 'Kashan rug' } }]);
    undoLastBatch(t.db, clock);
    expect(outboxShape(t.db)[0]).toMatchObject({ patch: { title: 'One' }, base: { title: 'Kashan rug' } });
    undoLastBatch(t.db, clock);
    expect(outboxShape(t.db)).toEqual([]);
    expect(undoLastBatch(t.db, clock)).toBeNull();
    redoLastBatch(t.db, clock);
    expect(listProducts(t.db, { limit: 5 }).items[0].title).toBe('One');
    updateProduct(t.db, clock, { id, patch: { vendor: 'New' } });
    expect(redoLastBatch(t.db, clock)).toBeNull();
    expect(listEditBatches(t.db, 10).map((b) => [b.labelKey, b.undoneAt])).toEqual([
      ['history.edit_product', null],
      ['history.edit_product', null],
    ]);
  });
});

describe('bulk edit', () => {
  it('preview equals apply, every product gets its op, and one undo reverts the whole edit', async () => {
    t = await openTestDb();
    const clock = advancingClock();
    const ids = [1, 2, 3].map((n) => {
      const id = insertProduct(t!.db, { title: `Lamp ${n}`, status: 'active' });
      insertVariant(t!.db, id, { sku: `L-${n}`, priceMinor: n * 1000 });
      return id;
    });
    insertVariant(t.db, ids[0], { sku: 'L-1b', priceMinor: 50, position: 2 });
    const before = catalogRows(t.db);
    const input = { selection: { filter: { q: 'lamp' } }, action: { type: 'adjustPrice' as const, mode: 'amount' as const, value: -1500, rounding: 'none' as const } };
    const preview = bulkPreview(t.db, input);
    expect(preview).toMatchObject({ affected: 3, clamped: 2 });
    const result = bulkApply(t.db, clock, input);
    expect(result).toMatchObject({ affected: 3, clamped: 2 });
    const prices = t.db.prepare('SELECT sku, price_minor FROM variants ORDER BY sku').all();
    expect(prices).toEqual([
      { sku: 'L-1', price_minor: 0 },
      { sku: 'L-1b', price_minor: 0 },
      { sku: 'L-2', price_minor: 500 },
      { sku: 'L-3', price_minor: 1500 },
    ]);
    for (const c of preview.sample) {
      const v = t.db.prepare('SELECT price_minor FROM variants WHERE sku = ?').pluck().get(c.sku);
      expect(v).toBe(c.after);
    }
    expect(outboxShape(t.db).map((o) => `${o.type}:${o.kind}`)).toEqual(Array(4).fill('variant:update'));
    expect(listEditBatches(t.db, 5)).toHaveLength(1);
    expect(listEditBatches(t.db, 5)[0]).toMatchObject({ labelKey: 'history.bulk_adjustPrice', params: { count: 3 }, itemCount: 4 });
    undoLastBatch(t.db, clock);
    expect(catalogRows(t.db)).toEqual(before);
    expect(outboxShape(t.db)).toEqual([]);
  });

  it('tags, status, vendor and type on an id selection; deleted products are never touched', async () => {
    t = await openTestDb();
    const clock = advancingClock();
    const a = insertProduct(t.db, { title: 'A', status: 'draft' });
    const b = insertProduct(t.db, { title: 'B', status: 'active' });
    const gone = insertProduct(t.db, { title: 'C', deletedAt: '2026-01-01T00:00:00.000Z' });
    tagProduct(t.db, b, 'sale');
    const sel = { ids: [a, b, gone] };
    expect(bulkApply(t.db, clock, { selection: sel, action: { type: 'addTag', tag: 'sale' } }).affected).toBe(1);
    expect(bulkApply(t.db, clock, { selection: sel, action: { type: 'setStatus', status: 'archived' } }).affected).toBe(2);
    expect(bulkApply(t.db, clock, { selection: sel, action: { type: 'setVendor', vendor: 'V' } }).affected).toBe(2);
    expect(bulkApply(t.db, clock, { selection: sel, action: { type: 'setType', productType: 'Rugs' } }).affected).toBe(2);
    expect(bulkApply(t.db, clock, { selection: sel, action: { type: 'removeTag', tag: 'sale' } }).affected).toBe(2);
    expect(t.db.prepare('SELECT count(*) FROM product_tags').pluck().get()).toBe(0);
    expect(t.db.prepare('SELECT status, vendor, product_type FROM products WHERE id = ?').get(gone)).toEqual({ status: 'active', vendor: null, product_type: null });
    // A's tag was added and removed again: coalesced away. B really lost its tag.
    expect(outboxShape(t.db).map((o) => [o.entityId, Object.keys(o.patch).sort()])).toEqual([
      [String(a), ['productType', 'status', 'vendor']],
      [String(b), ['productType', 'status', 'tags', 'vendor']],
    ]);
  });
});

describe('recycle bin', () => {
  it('delete hides from list and search, restore cancels the unsent delete, purge removes after 30 days', async () => {
    t = await openTestDb();
    const clock = steppingClock('2026-03-01T00:00:00.000Z');
    const { id } = syncedProduct(t.db);
    const keep = insertProduct(t.db, { title: 'Kettle' });
    deleteProducts(t.db, clock, [id]);
    expect(listProducts(t.db, { limit: 10 }).items.map((p) => p.id)).toEqual([keep]);
    expect(typeahead(t.db, { q: 'kashan', limit: 5 })).toEqual([]);
    expect(listDeleted(t.db, { limit: 10 }).items).toEqual([{ id, title: 'Kashan rug', handle: 'kashan', deletedAt: '2026-03-01T00:00:00.000Z' }]);
    expect(outboxShape(t.db)).toMatchObject([{ type: 'product', kind: 'delete' }]);

    restoreProducts(t.db, clock, [id]);
    expect(listDeleted(t.db, { limit: 10 }).items).toEqual([]);
    expect(outboxShape(t.db)).toEqual([]);
    expect(typeahead(t.db, { q: 'kashan', limit: 5 }).map((r) => r.id)).toEqual([id]);

    deleteProducts(t.db, clock, [id]);
    expect(purgeDeletedProducts(t.db, steppingClock('2026-03-30T00:00:00.000Z'))).toEqual({ purged: 0 });
    expect(purgeDeletedProducts(t.db, steppingClock('2026-03-31T00:00:01.000Z'))).toEqual({ purged: 1 });
    expect(t.db.prepare('SELECT count(*) FROM variants WHERE product_id = ?').pluck().get(id)).toBe(0);
    // The delete op stays queued so the store still learns of it.
    expect(outboxShape(t.db)).toMatchObject([{ type: 'product', kind: 'delete' }]);
  });
});

describe('duplicate', () => {
  it('copies as a draft with -copy handle, -COPY SKUs and images referencing the same files', async () => {
    t = await openTestDb();
    const clock = advancingClock();
    const { id, s } = syncedProduct(t.db);
    const sha = insertMediaFile(t.db, 'rug');
    const img = insertImage(t.db, id, { originalSha256: sha });
    setAlt(t.db, img, 'en', 'A rug');
    insertDerivative(t.db, img, 'w400.webp', insertMediaFile(t.db, 'thumb', 'webp'));
    t.db.prepare('UPDATE variants SET image_id = ? WHERE id = ?').run(img, s);
    const copy = duplicateProduct(t.db, clock, id);
    expect(copy).toMatchObject({ handle: 'kashan-copy', status: 'draft', tags: ['wool'], titles: { ar: 'سجادة قاشان' } });
    expect(copy.variants.map((v) => v.sku)).toEqual(['K-S-COPY', 'K-M-COPY']);
    expect(copy.images).toHaveLength(1);
    expect(copy.images[0].id).not.toBe(img);
    expect(copy.images[0].alt).toEqual({ en: 'A rug' });
    expect(copy.variants[0].imageId).toBe(copy.images[0].id);
    expect(t.db.prepare('SELECT original_sha256 FROM images WHERE id = ?').pluck().get(copy.images[0].id)).toBe(sha);
    expect(duplicateProduct(t.db, clock, id).handle).toBe('kashan-copy-2');
    undoLastBatch(t.db, clock);
    expect(listDeleted(t.db, { limit: 5 }).items.map((p) => p.handle)).toEqual(['kashan-copy-2']);
  });
});
