/** Schema v1, media part: content-addressed files, product images, derivatives, alt text. */
export const mediaSql = /* sql */ `
-- Every stored file is named by its sha256 (files/<aa>/<sha256>.<ext>); rows here are the index.
CREATE TABLE media_files (
  sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  ext        TEXT NOT NULL,
  mime       TEXT NOT NULL,
  bytes      INTEGER NOT NULL CHECK (bytes > 0),
  width      INTEGER,
  height     INTEGER,
  created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE images (
  id                 INTEGER PRIMARY KEY,
  product_id         INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  position           INTEGER NOT NULL,
  original_sha256    TEXT REFERENCES media_files(sha256),
  width              INTEGER NOT NULL,
  height             INTEGER NOT NULL,
  format             TEXT NOT NULL,
  bytes              INTEGER NOT NULL,
  file_name          TEXT,
  source_url         TEXT,
  -- Perceptual hashes (64-bit, hex): dHash, pHash and the dHash of the mirror image.
  dhash              TEXT,
  phash              TEXT,
  dhash_mirror       TEXT,
  quality_flags_json TEXT NOT NULL DEFAULT '[]',
  remote_id          TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);
CREATE INDEX images_product ON images(product_id, position);
CREATE INDEX images_original ON images(original_sha256);
CREATE INDEX images_dhash ON images(dhash);

CREATE TABLE image_alt (
  image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
  locale   TEXT NOT NULL CHECK (locale IN ('en','ar','fa','ru')),
  alt      TEXT NOT NULL,
  PRIMARY KEY (image_id, locale)
) WITHOUT ROWID;

-- Derivatives: e.g. variant 'w400.webp', 'w1600.webp', 'w400.avif' (2x HiDPI sizes).
CREATE TABLE image_derivatives (
  image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
  variant  TEXT NOT NULL,
  sha256   TEXT NOT NULL REFERENCES media_files(sha256),
  width    INTEGER NOT NULL,
  height   INTEGER NOT NULL,
  PRIMARY KEY (image_id, variant)
) WITHOUT ROWID;
CREATE INDEX image_derivatives_sha ON image_derivatives(sha256);
`;
