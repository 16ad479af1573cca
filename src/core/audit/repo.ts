import type { DB } from '../db/open';
import { altIsBlank, altLooksLikeFileName, TINY_IMAGE_MIN_SIDE } from './rules/alt-text';

export interface AuditCounts {
  images: number;
  missing_alt: number;
  filename_alt: number;
  duplicate_images: number;
  tiny_images: number;
  last_run_at: string | null;
}

const registered = new WeakSet<DB>();

/** The alt rules run inside SQLite so counting 500k images never crosses into JS row by row. */
function registerRules(db: DB): void {
  if (registered.has(db)) return;
  db.function('alt_is_file_name', { deterministic: true }, (alt: unknown) =>
    altLooksLikeFileName(typeof alt === 'string' ? alt : null) ? 1 : 0,
  );
  db.function('alt_is_blank', { deterministic: true }, (alt: unknown) =>
    altIsBlank(typeof alt === 'string' ? alt : null) ? 1 : 0,
  );
  registered.add(db);
}

/** Images of deleted products are out of the catalog and out of the audit. */
const LIVE_IMAGES = 'images i JOIN products p ON p.id = i.product_id AND p.deleted_at IS NULL';

const SUMMARY_SQL = `
SELECT
  (SELECT count(*) FROM ${LIVE_IMAGES}) AS images,
  (SELECT count(*) FROM ${LIVE_IMAGES}
    WHERE NOT EXISTS (SELECT 1 FROM image_alt a WHERE a.image_id = i.id AND NOT alt_is_blank(a.alt))) AS missing_alt,
  (SELECT count(*) FROM ${LIVE_IMAGES}
    WHERE EXISTS (SELECT 1 FROM image_alt a WHERE a.image_id = i.id AND alt_is_file_name(a.alt))) AS filename_alt,
  (SELECT count(*) FROM ${LIVE_IMAGES}
    WHERE i.original_sha256 IS NOT NULL AND EXISTS (
      SELECT 1 FROM images o JOIN products op ON op.id = o.product_id AND op.deleted_at IS NULL
      WHERE o.original_sha256 = i.original_sha256 AND o.id <> i.id)) AS duplicate_images,
  (SELECT count(*) FROM ${LIVE_IMAGES} WHERE min(i.width, i.height) < ${TINY_IMAGE_MIN_SIDE}) AS tiny_images,
  (SELECT max(coalesce(finished_at, started_at)) FROM audit_runs WHERE state = 'done') AS last_run_at`;

export function readAuditCounts(db: DB): AuditCounts {
  registerRules(db);
  return db.prepare<[], AuditCounts>(SUMMARY_SQL).get() as AuditCounts;
}
