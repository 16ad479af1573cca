import type { CatalogModel } from './catalog-model';
import { historyStart } from './catalog-plan';
import { isoFromSeconds } from './local-time';
import { writeInBatches, type DemoRun } from './run';

export const CATALOG_UNITS_PER_PRODUCT = 40;

/**
 * Writes the planned catalog as "remote" store data: plain inserts, no outbox ops. The FTS
 * triggers index every product as its translations, variants and tags arrive.
 */
export async function writeCatalog(run: DemoRun, model: CatalogModel): Promise<void> {
  const { db } = run;
  const createdAt = isoFromSeconds(historyStart(run.nowTs, run.sizes.months + 12));
  db.transaction(() => {
    const insertCollection = db.prepare('INSERT INTO collections(id, handle, title, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (const c of model.collections) insertCollection.run(c.id, c.handle, c.title, c.handle === 'new-arrivals' ? 'smart' : 'manual', createdAt, createdAt);
    const insertTag = db.prepare('INSERT INTO tags(id, name) VALUES (?, ?)');
    model.tagNames.forEach((name, i) => insertTag.run(i + 1, name));
  })();
  const tagIds = new Map(model.tagNames.map((name, i) => [name, i + 1]));
  const collectionPositions = new Map<number, number>();

  const insertProduct = db.prepare(
    `INSERT INTO products(id, handle, title, description_html, vendor, product_type, status, seo_title, seo_description, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTranslation = db.prepare('INSERT INTO product_translations(product_id, locale, title, description_html) VALUES (?, ?, ?, ?)');
  const insertOption = db.prepare('INSERT INTO product_options(product_id, position, name, values_json) VALUES (?, ?, ?, ?)');
  const insertVariant = db.prepare(
    `INSERT INTO variants(id, product_id, position, sku, title, option1, option2, option3, price_minor, compare_at_minor, barcode, weight_grams, inventory, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertProductTag = db.prepare('INSERT INTO product_tags(product_id, tag_id) VALUES (?, ?)');
  const insertProductCollection = db.prepare('INSERT INTO product_collections(product_id, collection_id, position) VALUES (?, ?, ?)');

  await writeInBatches(
    run,
    model.products,
    (p) => {
      const created = isoFromSeconds(p.createdTs);
      const updated = isoFromSeconds(p.updatedTs);
      insertProduct.run(p.id, p.handle, p.titles.en, p.descriptions.en, p.vendor, p.category.productType, p.status, p.seoTitle, p.seoDescription, created, updated);
      for (const locale of ['ar', 'fa', 'ru'] as const) insertTranslation.run(p.id, locale, p.titles[locale], p.descriptions[locale]);
      p.options.forEach((o, i) => insertOption.run(p.id, i + 1, o.name, JSON.stringify(o.values)));
      for (const v of p.variants) {
        insertVariant.run(v.id, p.id, v.position, v.sku, v.title, v.options[0] ?? null, v.options[1] ?? null, v.options[2] ?? null,
          v.priceMinor, v.compareAtMinor, v.barcode, v.weightGrams, v.inventory, created, updated);
      }
      for (const tag of p.tags) insertProductTag.run(p.id, tagIds.get(tag)!);
      for (const collectionId of p.collectionIds) {
        const position = (collectionPositions.get(collectionId) ?? 0) + 1;
        collectionPositions.set(collectionId, position);
        insertProductCollection.run(p.id, collectionId, position);
      }
    },
    { batchSize: 250, unitsPerRow: CATALOG_UNITS_PER_PRODUCT },
  );
}
