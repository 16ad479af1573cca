import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createBackend, DB_FILE } from '../../../src/core/backend';
import type { Backend } from '../../../src/core/backend-types';
import { silentLogger } from '../../../src/core/ports';
import type { ApiErrorData } from '../../../src/shared/api/errors';
import type { Job } from '../../../src/shared/schemas/job';
import { watchJobs } from '../../../src/cli/wait-for-job';
import { advancingClock } from './test-db';
import { tempDir } from './temp-dir';

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const SAMPLES_DIR = join(REPO_ROOT, '..', 'shared', 'benchmarks', 'shopify-csv');
export const FIXTURES_DIR = join(REPO_ROOT, 'test', 'fixtures', 'shopify-csv');

export interface Store {
  backend: Backend;
  dir: string;
  call<T = unknown>(method: string, input: unknown): Promise<T>;
  fail(method: string, input: unknown): Promise<ApiErrorData>;
  /** Enqueues the import job and waits for it to end. */
  importCsv(path: string): Promise<Job>;
  db(): Database.Database;
  close(): Promise<void>;
}

/** A fresh store (real SQLite file, job runner on) in a temp folder. */
export async function openStore(): Promise<Store> {
  const t = tempDir('sk-csv-');
  const backend = await createBackend({ dataDir: t.dir, appVersion: 'test', runJobs: true, logger: silentLogger, clock: advancingClock() });
  let reader: Database.Database | null = null;
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const reply = await backend.dispatch(method, input);
    if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
    return reply.value as T;
  };
  return {
    backend,
    dir: t.dir,
    call,
    async fail(method, input) {
      const reply = await backend.dispatch(method, input);
      if (reply.ok) throw new Error(`${method} unexpectedly succeeded`);
      return reply.error;
    },
    async importCsv(path) {
      const jobs = watchJobs(backend);
      try {
        const { jobId } = await call<{ jobId: number }>('catalog.importShopifyCsv', { path });
        return await jobs.waitFor(jobId, () => undefined);
      } finally {
        jobs.stop();
      }
    },
    db() {
      reader ??= new Database(join(t.dir, DB_FILE), { readonly: true });
      return reader;
    },
    async close() {
      reader?.close();
      await backend.close();
      t.cleanup();
    },
  };
}

const CATALOG_TABLES = ['products', 'product_options', 'variants', 'images', 'image_alt', 'product_tags', 'tags', 'outbox'] as const;

/** Row counts and a checksum of every catalog and outbox row: equal means nothing changed. */
export function storeFingerprint(db: Database.Database): { counts: Record<string, number>; checksum: string } {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const table of CATALOG_TABLES) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
    counts[table] = rows.length;
    hash.update(`${table}:${JSON.stringify(rows)}`);
  }
  return { counts, checksum: hash.digest('hex') };
}

/** The catalog without ids and timestamps, in a stable order: what "the same catalog" means. */
export function catalogDump(db: Database.Database): unknown[] {
  const products = db
    .prepare(
      `SELECT id, handle, title, description_html, vendor, product_type, status, seo_title, seo_description, shopify_extra_json
       FROM products WHERE deleted_at IS NULL ORDER BY handle`,
    )
    .all() as { id: number }[];
  return products.map(({ id, ...p }) => ({
    ...p,
    tags: db.prepare('SELECT g.name FROM product_tags pt JOIN tags g ON g.id = pt.tag_id WHERE pt.product_id = ? ORDER BY g.name').pluck().all(id),
    options: db.prepare('SELECT position, name, values_json FROM product_options WHERE product_id = ? ORDER BY position').all(id),
    variants: db
      .prepare(
        `SELECT v.position, v.sku, v.title, v.option1, v.option2, v.option3, v.price_minor, v.compare_at_minor, v.barcode,
                v.weight_grams, v.inventory, i.source_url AS image, v.shopify_extra_json
         FROM variants v LEFT JOIN images i ON i.id = v.image_id WHERE v.product_id = ? ORDER BY v.position`,
      )
      .all(id),
    images: db
      .prepare(
        `SELECT i.position, i.source_url, a.alt FROM images i LEFT JOIN image_alt a ON a.image_id = i.id AND a.locale = 'en'
         WHERE i.product_id = ? ORDER BY i.position`,
      )
      .all(id),
  }));
}
