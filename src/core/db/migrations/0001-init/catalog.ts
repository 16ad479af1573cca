/** Schema v1, catalog part: products, translations, options, variants, collections, tags, search. */
export const catalogSql = /* sql */ `
CREATE TABLE products (
  id               INTEGER PRIMARY KEY,
  handle           TEXT NOT NULL UNIQUE,
  title            TEXT NOT NULL,
  description_html TEXT NOT NULL DEFAULT '',
  vendor           TEXT,
  product_type     TEXT,
  status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','active','archived')),
  seo_title        TEXT,
  seo_description  TEXT,
  remote_id        TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  deleted_at       TEXT
);
CREATE INDEX products_status_updated ON products(status, updated_at, id);
CREATE INDEX products_updated ON products(updated_at, id);
CREATE INDEX products_title ON products(title COLLATE NOCASE, id);

-- Per-language copy for languages other than the store default (kept in products).
CREATE TABLE product_translations (
  product_id       INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  locale           TEXT NOT NULL CHECK (locale IN ('en','ar','fa','ru')),
  title            TEXT NOT NULL,
  description_html TEXT NOT NULL DEFAULT '',
  seo_title        TEXT,
  seo_description  TEXT,
  PRIMARY KEY (product_id, locale)
) WITHOUT ROWID;

CREATE TABLE product_options (
  id          INTEGER PRIMARY KEY,
  product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
  name        TEXT NOT NULL,
  values_json TEXT NOT NULL DEFAULT '[]',
  UNIQUE (product_id, position)
);

CREATE TABLE variants (
  id               INTEGER PRIMARY KEY,
  product_id       INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  position         INTEGER NOT NULL DEFAULT 1,
  sku              TEXT NOT NULL UNIQUE,
  title            TEXT NOT NULL DEFAULT '',
  option1          TEXT,
  option2          TEXT,
  option3          TEXT,
  price_minor      INTEGER NOT NULL CHECK (price_minor >= 0),
  compare_at_minor INTEGER CHECK (compare_at_minor IS NULL OR compare_at_minor >= 0),
  barcode          TEXT,
  weight_grams     INTEGER,
  inventory        INTEGER NOT NULL DEFAULT 0,
  image_id         INTEGER REFERENCES images(id) ON DELETE SET NULL,
  remote_id        TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX variants_product ON variants(product_id, position);
CREATE INDEX variants_image ON variants(image_id) WHERE image_id IS NOT NULL;

CREATE TABLE collections (
  id         INTEGER PRIMARY KEY,
  handle     TEXT NOT NULL UNIQUE,
  title      TEXT NOT NULL,
  kind       TEXT NOT NULL DEFAULT 'manual' CHECK (kind IN ('manual','smart')),
  remote_id  TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE product_collections (
  product_id    INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (collection_id, product_id)
) WITHOUT ROWID;
CREATE INDEX product_collections_product ON product_collections(product_id);

CREATE TABLE tags (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE product_tags (
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (tag_id, product_id)
) WITHOUT ROWID;
CREATE INDEX product_tags_product ON product_tags(product_id);

-- Folded search text per product. search_key() is registered on every connection (db/open.ts).
CREATE VIEW product_search_source AS
SELECT p.id AS id,
       search_key(p.title || ' ' || coalesce((SELECT group_concat(t.title, ' ') FROM product_translations t WHERE t.product_id = p.id), '')) AS title,
       search_key(coalesce((SELECT group_concat(v.sku, ' ') FROM variants v WHERE v.product_id = p.id), '')) AS skus,
       search_key(p.handle) AS handle,
       search_key(coalesce((SELECT group_concat(g.name, ' ') FROM product_tags pt JOIN tags g ON g.id = pt.tag_id WHERE pt.product_id = p.id), '')) AS tags
FROM products p;

CREATE VIRTUAL TABLE product_fts USING fts5(
  title, skus, handle, tags,
  content = '', contentless_delete = 1, prefix = '2 3',
  tokenize = 'unicode61 remove_diacritics 2 tokenchars ''-_'''
);
`;

/** Triggers keep product_fts in step with every write, whoever makes it. */
export const catalogSearchTriggersSql = /* sql */ `
CREATE TRIGGER products_fts_ai AFTER INSERT ON products BEGIN
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.id;
END;
CREATE TRIGGER products_fts_au AFTER UPDATE OF title, handle ON products BEGIN
  DELETE FROM product_fts WHERE rowid = NEW.id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.id;
END;
CREATE TRIGGER products_fts_ad AFTER DELETE ON products BEGIN
  DELETE FROM product_fts WHERE rowid = OLD.id;
END;
CREATE TRIGGER variants_fts_ai AFTER INSERT ON variants BEGIN
  DELETE FROM product_fts WHERE rowid = NEW.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.product_id;
END;
CREATE TRIGGER variants_fts_au AFTER UPDATE OF sku ON variants BEGIN
  DELETE FROM product_fts WHERE rowid = NEW.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.product_id;
END;
CREATE TRIGGER variants_fts_ad AFTER DELETE ON variants BEGIN
  DELETE FROM product_fts WHERE rowid = OLD.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = OLD.product_id;
END;
CREATE TRIGGER translations_fts_ai AFTER INSERT ON product_translations BEGIN
  DELETE FROM product_fts WHERE rowid = NEW.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.product_id;
END;
CREATE TRIGGER translations_fts_au AFTER UPDATE OF title ON product_translations BEGIN
  DELETE FROM product_fts WHERE rowid = NEW.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.product_id;
END;
CREATE TRIGGER translations_fts_ad AFTER DELETE ON product_translations BEGIN
  DELETE FROM product_fts WHERE rowid = OLD.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = OLD.product_id;
END;
CREATE TRIGGER product_tags_fts_ai AFTER INSERT ON product_tags BEGIN
  DELETE FROM product_fts WHERE rowid = NEW.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = NEW.product_id;
END;
CREATE TRIGGER product_tags_fts_ad AFTER DELETE ON product_tags BEGIN
  DELETE FROM product_fts WHERE rowid = OLD.product_id;
  INSERT INTO product_fts(rowid, title, skus, handle, tags) SELECT * FROM product_search_source WHERE id = OLD.product_id;
END;
`;
