import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../src/core/db/open';
import { MIGRATIONS } from '../../src/core/db/migrations';
import { insertProduct } from './helpers/fixtures';
import { tempDir } from './helpers/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('migration 0004 (catalog-io)', () => {
  it('adds shopify_extra_json to products and variants of an existing v2 store, keeping its rows', async () => {
    const t = tempDir('sk-m4-');
    cleanups.push(t.cleanup);
    const file = join(t.dir, 'store.db');
    const before = MIGRATIONS.filter((m) => m.version < 4);
    const old = await openDatabase(file, { migrations: before });
    const id = insertProduct(old.db, { handle: 'kept' });
    old.db.close();

    const { db } = await openDatabase(file);
    const columns = (table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('products')).toContain('shopify_extra_json');
    expect(columns('variants')).toContain('shopify_extra_json');
    expect(db.prepare('SELECT handle, shopify_extra_json FROM products WHERE id = ?').get(id)).toEqual({ handle: 'kept', shopify_extra_json: null });
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBeGreaterThanOrEqual(4);
    db.close();
  });
});
