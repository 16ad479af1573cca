import type { DB } from '../db/open';
import { removeAllMediaFiles } from '../media/store';

/**
 * Tables emptied by a reset, parents after children where the order matters: reviews go
 * before moderation_log (its append-only trigger allows deleting a log row only once its
 * review is gone) and products go first among the catalog, so the FTS triggers on variants,
 * translations and tags find no product to re-index.
 */
const DATA_TABLES = [
  'conflicts', 'outbox', 'remote_shadow', 'cursors', 'audit_findings', 'audit_runs',
  'review_media', 'review_replies', 'reviews', 'moderation_log',
  'survey_responses', 'sessions', 'checkouts', 'refund_lines', 'refunds', 'order_lines', 'orders', 'customers',
  'products', 'product_translations', 'product_options', 'variants', 'product_collections', 'product_tags',
  'image_derivatives', 'image_alt', 'images', 'collections', 'tags', 'media_files',
];

/** App state that survives a reset: preferences, the job history, store connections. */
const KEPT_TABLES = new Set(['settings', 'jobs', 'stores', 'schema_migrations']);

/**
 * Deletes all merchant data (catalog, media, customers, orders, reviews, sync outbox and
 * shadow, audits) and the stored media files; keeps settings, jobs and store connections.
 * Tables added by later migrations are emptied too unless listed as kept.
 */
export async function resetStore(db: DB, mediaDir: string): Promise<void> {
  const existing = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]),
  );
  const isFtsShadow = (name: string) => name.startsWith('product_fts');
  const extra = [...existing].filter((t) => !KEPT_TABLES.has(t) && !DATA_TABLES.includes(t) && !isFtsShadow(t)).sort();
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    for (const table of [...DATA_TABLES, ...extra]) {
      if (existing.has(table)) db.prepare(`DELETE FROM "${table}"`).run();
    }
    // The contentless FTS index is emptied with its own command, never through its shadow tables.
    if (existing.has('product_fts')) db.prepare("INSERT INTO product_fts(product_fts) VALUES ('delete-all')").run();
  })();
  await removeAllMediaFiles(mediaDir);
}
