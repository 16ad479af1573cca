import type { Migration } from '../types';

/**
 * Schema v2 (issue 3, catalog editing at scale):
 * - edit_batches / edit_batch_items: the merchant's undo/redo history. One batch per edit
 *   the merchant made (a save, a bulk edit, a delete …), each item the before/after values
 *   of one entity, so undo can replay the inverse through the mutation path.
 * - products.min_price_minor / image_count / rating_count / rating_sum: denormalised by
 *   triggers (whoever writes variants, images or reviews), so price sort, "has no images"
 *   and "low rating" are index walks instead of 100k-row aggregates. -1 = no variants.
 * - indexes for every keyset sort of the product grid and for the recycle bin.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'catalog-history',
  sql: /* sql */ `
-- Bulk loads (imports, the benchmark) re-index each product once instead of once per
-- variant, translation and tag row: while search_index_deferred holds a row, the
-- per-row FTS and min-price triggers stand down and the loader indexes its products itself before
-- committing (catalog/search-index.ts). Deletes of products are never deferred.
CREATE TABLE search_index_deferred (id INTEGER PRIMARY KEY CHECK (id = 1));

CREATE TABLE edit_batches (
  id          INTEGER PRIMARY KEY,
  label_key   TEXT NOT NULL,
  params_json TEXT NOT NULL DEFAULT '{}',
  created_at  TEXT NOT NULL,
  undone_at   TEXT
);
CREATE INDEX edit_batches_undone ON edit_batches(undone_at, id);

CREATE TABLE edit_batch_items (
  batch_id    INTEGER NOT NULL REFERENCES edit_batches(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('create','update','delete','restore')),
  before_json TEXT,
  after_json  TEXT,
  PRIMARY KEY (batch_id, seq)
) WITHOUT ROWID;

-- Highest id ever hard-deleted per table through the mutation path. SQLite hands out
-- max(id)+1, so deleting the newest row would let the next insert reuse its id while the
-- outbox (and undo history) still name the old row by it; inserts skip past this mark.
CREATE TABLE row_id_high_water (
  table_name TEXT PRIMARY KEY,
  max_id     INTEGER NOT NULL
) WITHOUT ROWID;

ALTER TABLE products ADD COLUMN min_price_minor INTEGER NOT NULL DEFAULT -1;
ALTER TABLE products ADD COLUMN image_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE products ADD COLUMN rating_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE products ADD COLUMN rating_sum INTEGER NOT NULL DEFAULT 0;

UPDATE products SET
  min_price_minor = coalesce((SELECT min(v.price_minor) FROM variants v WHERE v.product_id = products.id), -1),
  image_count = (SELECT count(*) FROM images i WHERE i.product_id = products.id),
  rating_count = (SELECT count(*) FROM reviews r WHERE r.product_id = products.id AND r.kind = 'review'
                  AND r.status = 'approved' AND r.rating IS NOT NULL),
  rating_sum = coalesce((SELECT sum(r.rating) FROM reviews r WHERE r.product_id = products.id AND r.kind = 'review'
                  AND r.status = 'approved' AND r.rating IS NOT NULL), 0);

CREATE INDEX products_created ON products(created_at, id);
CREATE INDEX products_price ON products(min_price_minor, id);
CREATE INDEX products_deleted ON products(deleted_at, id) WHERE deleted_at IS NOT NULL;

CREATE TRIGGER variants_min_price_ai AFTER INSERT ON variants
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  UPDATE products SET min_price_minor = coalesce((SELECT min(price_minor) FROM variants WHERE product_id = NEW.product_id), -1)
  WHERE id = NEW.product_id;
END;
CREATE TRIGGER variants_min_price_au AFTER UPDATE OF price_minor, product_id ON variants
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  UPDATE products SET min_price_minor = coalesce((SELECT min(price_minor) FROM variants WHERE product_id = products.id), -1)
  WHERE id IN (OLD.product_id, NEW.product_id);
END;
CREATE TRIGGER variants_min_price_ad AFTER DELETE ON variants
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  UPDATE products SET min_price_minor = coalesce((SELECT min(price_minor) FROM variants WHERE product_id = OLD.product_id), -1)
  WHERE id = OLD.product_id;
END;

CREATE TRIGGER images_count_ai AFTER INSERT ON images BEGIN
  UPDATE products SET image_count = image_count + 1 WHERE id = NEW.product_id;
END;
CREATE TRIGGER images_count_ad AFTER DELETE ON images BEGIN
  UPDATE products SET image_count = image_count - 1 WHERE id = OLD.product_id;
END;
CREATE TRIGGER images_count_au AFTER UPDATE OF product_id ON images WHEN OLD.product_id <> NEW.product_id BEGIN
  UPDATE products SET image_count = image_count - 1 WHERE id = OLD.product_id;
  UPDATE products SET image_count = image_count + 1 WHERE id = NEW.product_id;
END;

CREATE TRIGGER reviews_rating_ai AFTER INSERT ON reviews
WHEN NEW.kind = 'review' AND NEW.status = 'approved' AND NEW.rating IS NOT NULL BEGIN
  UPDATE products SET rating_count = rating_count + 1, rating_sum = rating_sum + NEW.rating WHERE id = NEW.product_id;
END;
CREATE TRIGGER reviews_rating_ad AFTER DELETE ON reviews
WHEN OLD.kind = 'review' AND OLD.status = 'approved' AND OLD.rating IS NOT NULL BEGIN
  UPDATE products SET rating_count = rating_count - 1, rating_sum = rating_sum - OLD.rating WHERE id = OLD.product_id;
END;
CREATE TRIGGER reviews_rating_au_old AFTER UPDATE OF kind, status, rating, product_id ON reviews
WHEN OLD.kind = 'review' AND OLD.status = 'approved' AND OLD.rating IS NOT NULL BEGIN
  UPDATE products SET rating_count = rating_count - 1, rating_sum = rating_sum - OLD.rating WHERE id = OLD.product_id;
END;
CREATE TRIGGER reviews_rating_au_new AFTER UPDATE OF kind, status, rating, product_id ON reviews
WHEN NEW.kind = 'review' AND NEW.status = 'approved' AND NEW.rating IS NOT NULL BEGIN
  UPDATE products SET rating_count = rating_count + 1, rating_sum = rating_sum + NEW.rating WHERE id = NEW.product_id;
END;


DROP TRIGGER products_fts_ai;
CREATE TRIGGER products_fts_ai AFTER INSERT ON products
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.id;
END;
DROP TRIGGER products_fts_au;
CREATE TRIGGER products_fts_au AFTER UPDATE OF title, handle ON products
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  DELETE FROM product_fts WHERE rowid = NEW.id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.id;
END;
DROP TRIGGER variants_fts_ai;
CREATE TRIGGER variants_fts_ai AFTER INSERT ON variants
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  DELETE FROM product_fts WHERE rowid = NEW.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.product_id;
END;
DROP TRIGGER variants_fts_au;
CREATE TRIGGER variants_fts_au AFTER UPDATE OF sku ON variants
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  DELETE FROM product_fts WHERE rowid = NEW.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.product_id;
END;
DROP TRIGGER variants_fts_ad;
CREATE TRIGGER variants_fts_ad AFTER DELETE ON variants
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  DELETE FROM product_fts WHERE rowid = OLD.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = OLD.product_id;
END;
DROP TRIGGER translations_fts_ai;
CREATE TRIGGER translations_fts_ai AFTER INSERT ON product_translations
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  DELETE FROM product_fts WHERE rowid = NEW.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.product_id;
END;
DROP TRIGGER translations_fts_au;
CREATE TRIGGER translations_fts_au AFTER UPDATE OF title ON product_translations
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  DELETE FROM product_fts WHERE rowid = NEW.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.product_id;
END;
DROP TRIGGER translations_fts_ad;
CREATE TRIGGER translations_fts_ad AFTER DELETE ON product_translations
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  DELETE FROM product_fts WHERE rowid = OLD.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = OLD.product_id;
END;
DROP TRIGGER product_tags_fts_ai;
CREATE TRIGGER product_tags_fts_ai AFTER INSERT ON product_tags
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  DELETE FROM product_fts WHERE rowid = NEW.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.product_id;
END;
DROP TRIGGER product_tags_fts_ad;
CREATE TRIGGER product_tags_fts_ad AFTER DELETE ON product_tags
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
  DELETE FROM product_fts WHERE rowid = OLD.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = OLD.product_id;
END;
`,
};
