import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DB } from '../../../src/core/db/open';
import { generateDemoStore, type DemoOptions } from '../../../src/core/demo/generate';
import type { DemoSizes } from '../../../src/core/demo/sizes';
import { openTestDb, type TestDb } from './test-db';

/** "Now" for every demo test: mid-January, so the history spans two DST switches each year. */
export const DEMO_NOW = Date.UTC(2026, 0, 15, 12, 30);
export const demoClock = { now: () => DEMO_NOW };

/** Small enough for a couple of seconds, big enough that every category and defect appears. */
export const TINY: Partial<DemoSizes> = { products: 21, reviewItems: 160, orders: 500 };

export interface DemoStore extends TestDb {
  mediaDir: string;
}

export async function openDemoStore(timeZone?: string): Promise<DemoStore> {
  const t = await openTestDb();
  if (timeZone) t.db.prepare("INSERT INTO settings(key, value) VALUES ('timezone', ?)").run(JSON.stringify(timeZone));
  return { ...t, mediaDir: join(t.dir, 'media') };
}

export async function generateTiny(store: DemoStore, opts: Partial<DemoOptions> = {}) {
  return generateDemoStore(store.db, { seed: 42, scale: 'small', mediaDir: store.mediaDir, clock: demoClock, sizes: TINY, ...opts });
}

/** Every table the generator fills, with the column that orders its rows. */
export const DEMO_TABLES: Record<string, string> = {
  products: 'id', product_translations: 'product_id, locale', product_options: 'id', variants: 'id', collections: 'id',
  product_collections: 'collection_id, product_id', tags: 'id', product_tags: 'tag_id, product_id', media_files: 'sha256',
  images: 'id', image_alt: 'image_id, locale', image_derivatives: 'image_id, variant', customers: 'id', orders: 'id',
  order_lines: 'id', refunds: 'id', refund_lines: 'refund_id, order_line_id', checkouts: 'id', sessions: 'id',
  survey_responses: 'id', reviews: 'id', review_media: 'id', review_replies: 'id', moderation_log: 'id',
};

/** sha256 over every row of every demo table, in key order: equal checksums = identical data. */
export function tableChecksums(db: DB): Record<string, string> {
  const sums: Record<string, string> = {};
  for (const [table, order] of Object.entries(DEMO_TABLES)) {
    const hash = createHash('sha256');
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).raw().iterate()) hash.update(JSON.stringify(row));
    sums[table] = hash.digest('hex');
  }
  return sums;
}

export function countRows(db: DB, table: string): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

/** Every file under `dir` (relative path → size); empty when the folder does not exist. */
export function listFiles(dir: string): Map<string, number> {
  const files = new Map<string, number>();
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else files.set(relative(dir, path), st.size);
    }
  };
  walk(dir);
  return files;
}
