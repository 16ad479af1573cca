/** Schema v1, user-generated content: reviews, questions, answers, media, replies, moderation log. */
export const ugcSql = /* sql */ `
CREATE TABLE reviews (
  id                INTEGER PRIMARY KEY,
  kind              TEXT NOT NULL DEFAULT 'review' CHECK (kind IN ('review','question','answer')),
  parent_id         INTEGER REFERENCES reviews(id) ON DELETE CASCADE,
  product_id        INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  customer_id       INTEGER REFERENCES customers(id) ON DELETE SET NULL,
  author_name       TEXT NOT NULL,
  author_email      TEXT,
  rating            INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
  title             TEXT,
  body              TEXT NOT NULL,
  language          TEXT NOT NULL DEFAULT 'und',
  status            TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','rejected','flagged')),
  reason_codes_json TEXT NOT NULL DEFAULT '[]',
  verified_buyer    INTEGER NOT NULL DEFAULT 0,
  helpful_count     INTEGER NOT NULL DEFAULT 0,
  remote_id         TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  published_at      TEXT
);
CREATE INDEX reviews_status_created ON reviews(status, created_at, id);
CREATE INDEX reviews_product_created ON reviews(product_id, created_at);
CREATE INDEX reviews_parent ON reviews(parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX reviews_product_rating ON reviews(product_id, rating) WHERE kind = 'review';

CREATE TABLE review_media (
  id         INTEGER PRIMARY KEY,
  review_id  INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
  sha256     TEXT REFERENCES media_files(sha256),
  width      INTEGER,
  height     INTEGER,
  dhash      TEXT,
  status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','rejected','flagged')),
  created_at TEXT NOT NULL
);
CREATE INDEX review_media_review ON review_media(review_id);

-- The merchant's public replies to reviews (create-style ops carry op_id to the store).
CREATE TABLE review_replies (
  id         INTEGER PRIMARY KEY,
  review_id  INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
  body       TEXT NOT NULL,
  author     TEXT NOT NULL,
  op_id      TEXT,
  remote_id  TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX review_replies_review ON review_replies(review_id);

-- Append-only trail of every moderation decision (FTC: keep why each review was hidden).
CREATE TABLE moderation_log (
  id                INTEGER PRIMARY KEY,
  review_id         INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
  action            TEXT NOT NULL,
  from_status       TEXT,
  to_status         TEXT,
  reason_codes_json TEXT NOT NULL DEFAULT '[]',
  actor             TEXT NOT NULL,
  note              TEXT,
  created_at        TEXT NOT NULL
);
CREATE INDEX moderation_log_review ON moderation_log(review_id, id);
CREATE TRIGGER moderation_log_no_update BEFORE UPDATE ON moderation_log
BEGIN SELECT RAISE(ABORT, 'moderation_log is append-only'); END;
CREATE TRIGGER moderation_log_no_delete BEFORE DELETE ON moderation_log
WHEN (SELECT count(*) FROM reviews WHERE id = OLD.review_id) > 0
BEGIN SELECT RAISE(ABORT, 'moderation_log is append-only'); END;
`;
