import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/open';
import { migration0001 } from '../../src/core/db/migrations/0001-init';
import { migration0002 } from '../../src/core/db/migrations/0002-catalog-history';
import { insertImage, insertProduct, insertReview, insertVariant } from './helpers/fixtures';
import { tempDir } from './helpers/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('migration 0002 catalog-history', () => {
  it('backfills price, image and rating summaries of existing products, then triggers keep them current', async () => {
    const t = tempDir('sk-m2-');
    cleanups.push(t.cleanup);
    const file = join(t.dir, 'store.db');
    const migrations = [migration0001, migration0002];
    const v1 = await openDatabase(file, { migrations, toVersion: 1 });
    const rug = insertProduct(v1.db, { title: 'Rug' });
    const bare = insertProduct(v1.db, { title: 'Bare' });
    insertVariant(v1.db, rug, { sku: 'R-1', priceMinor: 500 });
    insertVariant(v1.db, rug, { sku: 'R-2', priceMinor: 300, position: 2 });
    insertImage(v1.db, rug, { position: 1 });
    const second = insertImage(v1.db, rug, { position: 2 });
    insertReview(v1.db, rug, { rating: 1, status: 'approved' });
    insertReview(v1.db, rug, { rating: 2, status: 'approved' });
    const pending = insertReview(v1.db, rug, { rating: 5, status: 'pending' });
    insertReview(v1.db, rug, { kind: 'question', status: 'approved' });
    v1.db.close();

    const v2 = await openDatabase(file, { migrations });
    const db = v2.db;
    try {
      expect(v2.migration).toMatchObject({ from: 1, to: 2 });
      const summary = db.prepare('SELECT min_price_minor, image_count, rating_count, rating_sum FROM products WHERE id = ?');
      expect(summary.get(rug)).toEqual({ min_price_minor: 300, image_count: 2, rating_count: 2, rating_sum: 3 });
      expect(summary.get(bare)).toEqual({ min_price_minor: -1, image_count: 0, rating_count: 0, rating_sum: 0 });
      expect(db.prepare('SELECT count(*) FROM edit_batches').pluck().get()).toBe(0);

      const T = '2026-01-02T00:00:00.000Z';
      db.prepare("INSERT INTO variants(product_id, sku, price_minor, created_at, updated_at) VALUES (?, 'R-3', 100, ?, ?)").run(rug, T, T);
      db.prepare('DELETE FROM images WHERE id = ?').run(second);
      db.prepare("UPDATE reviews SET status = 'approved' WHERE id = ?").run(pending);
      expect(summary.get(rug)).toEqual({ min_price_minor: 100, image_count: 1, rating_count: 3, rating_sum: 8 });
      db.prepare("UPDATE variants SET price_minor = 900 WHERE sku = 'R-3'").run();
      db.prepare("DELETE FROM variants WHERE sku = 'R-2'").run();
      db.prepare("UPDATE reviews SET rating = 4 WHERE id = ?").run(pending);
      expect(summary.get(rug)).toEqual({ min_price_minor: 500, image_count: 1, rating_count: 3, rating_sum: 7 });
    } finally {
      db.close();
    }
  });
});
