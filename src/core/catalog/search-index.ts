import { searchKey } from '../../shared/text/search-key';
import type { DB } from '../db/open';

/**
 * Bulk loading with the product search index (and the price sort key) built once per
 * product. Normally triggers re-index a product on every variant, translation and tag
 * row (4–5 times for a new product); inside `withDeferredSearchIndex` they stand down
 * (migration 0002) and the loaded products are indexed before the transaction commits,
 * so a crash can never leave rows without their index.
 *
 * A loader that already holds the text may hand it over as `documents`: it is folded with
 * the same searchKey() here, which skips the view's per-product subqueries (the bulk
 * import path of the catalog benchmark). Products without a document are indexed from
 * the view, exactly as the triggers would.
 */
export interface SearchDocument {
  /** Titles in every language (default language first). */
  titles: readonly string[];
  skus: readonly string[];
  handle: string;
  tags: readonly string[];
}

export interface DeferredLoad<T> {
  productIds: readonly number[];
  documents?: ReadonlyMap<number, SearchDocument>;
  value: T;
}

export function withDeferredSearchIndex<T>(db: DB, load: () => DeferredLoad<T>): T {
  return db.transaction(() => {
    db.prepare('INSERT INTO search_index_deferred(id) VALUES (1)').run();
    const { productIds, documents, value } = load();
    db.prepare('DELETE FROM search_index_deferred').run();
    const remove = db.prepare('DELETE FROM product_fts WHERE rowid = ?');
    const fromView = db.prepare(
      'INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = ?',
    );
    const fromDocument = db.prepare('INSERT INTO product_fts(rowid, title, skus, handle, tags) VALUES (?, ?, ?, ?, ?)');
    const minPrice = db.prepare(
      'UPDATE products SET min_price_minor = coalesce((SELECT min(price_minor) FROM variants WHERE product_id = ?), -1) WHERE id = ?',
    );
    for (const id of new Set(productIds)) {
      remove.run(id);
      const doc = documents?.get(id);
      if (doc) {
        fromDocument.run(id, searchKey(doc.titles.join(' ')), searchKey(doc.skus.join(' ')), searchKey(doc.handle), searchKey(doc.tags.join(' ')));
      } else {
        fromView.run(id);
      }
      minPrice.run(id, id);
    }
    return value;
  })();
}
