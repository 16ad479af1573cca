import type { DB } from '../db/open';
import { mediaUrl } from '../media/url';
import { THUMB_VARIANT } from './list-repo';
import { productMatchQuery } from './rules/search-query';

/**
 * Typeahead and the filter pickers. Typeahead is an UNRANKED FTS prefix search: FTS5
 * returns hits in rowid order and stops at the limit, so it costs the same for a one-letter
 * prefix as for a full word (no bm25 over every hit).
 */
export const TYPEAHEAD_SQL = `SELECT p.id, p.title, p.handle,
  (SELECT v.sku FROM variants v WHERE v.product_id = p.id ORDER BY v.position, v.id LIMIT 1) AS sku,
  (SELECT d.sha256 FROM image_derivatives d
    WHERE d.variant = '${THUMB_VARIANT}'
      AND d.image_id = (SELECT i.id FROM images i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1)) AS thumb
FROM product_fts f JOIN products p ON p.id = f.rowid
WHERE product_fts MATCH @match AND p.deleted_at IS NULL
LIMIT @limit`;

interface TypeaheadRow {
  id: number;
  title: string;
  handle: string;
  sku: string | null;
  thumb: string | null;
}

export function typeahead(db: DB, input: { q: string; limit: number }) {
  const match = productMatchQuery(input.q);
  if (!match) return [];
  return db
    .prepare<{ match: string; limit: number }, TypeaheadRow>(TYPEAHEAD_SQL)
    .all({ match, limit: input.limit })
    .map((r) => ({
      id: r.id,
      title: r.title,
      handle: r.handle,
      sku: r.sku,
      thumbnailUrl: r.thumb ? mediaUrl(r.thumb, 'webp') : null,
    }));
}

export function listCollections(db: DB) {
  return db
    .prepare<[], { id: number; handle: string; title: string; productCount: number }>(
      `SELECT c.id, c.handle, c.title,
         (SELECT count(*) FROM product_collections pc JOIN products p ON p.id = pc.product_id
          WHERE pc.collection_id = c.id AND p.deleted_at IS NULL) AS productCount
       FROM collections c ORDER BY c.title COLLATE NOCASE, c.id`,
    )
    .all();
}

export function listTags(db: DB) {
  return db
    .prepare<[], { name: string; productCount: number }>(
      `SELECT g.name, count(p.id) AS productCount
       FROM tags g JOIN product_tags pt ON pt.tag_id = g.id JOIN products p ON p.id = pt.product_id AND p.deleted_at IS NULL
       GROUP BY g.id ORDER BY g.name`,
    )
    .all();
}
