import type { Migration } from '../types';

/**
 * Schema v3 (issue 3, photo imports): media_import_items is the plan and the ledger of a
 * `media.import` job, one row per file in import order. The job writes a file's outcome
 * in the same transaction as its image rows, so after a crash or restart it resumes at
 * the first `pending` file and never imports a finished one twice; the rows also give the
 * UI and the CLI the current file and the per-file results (imported, duplicate,
 * rejected with a reason code and params).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'media',
  sql: /* sql */ `
CREATE TABLE media_import_items (
  job_id      INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  path        TEXT NOT NULL,
  product_id  INTEGER,
  sku         TEXT,
  state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','imported','duplicate','rejected')),
  image_id    INTEGER,
  position    INTEGER,
  code        TEXT,
  params_json TEXT NOT NULL DEFAULT '{}',
  finished_at TEXT,
  PRIMARY KEY (job_id, seq)
) WITHOUT ROWID;
CREATE INDEX media_import_items_state ON media_import_items(job_id, state, seq);
CREATE INDEX images_phash ON images(phash);
`,
};
