import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../src/core/demo/generate';
import type { DemoStep } from '../../src/core/demo/run';
import { TEMP_PREFIX } from '../../src/core/media/store';
import { countRows, DEMO_TABLES, generateTiny, listFiles, openDemoStore, tableChecksums, type DemoStore } from './helpers/demo-store';

const opened: DemoStore[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});
async function fresh(): Promise<DemoStore> {
  const s = await openDemoStore();
  opened.push(s);
  return s;
}
const filesOf = (s: DemoStore) => [...listFiles(join(s.mediaDir, 'files')).keys()].sort();

describe('generateDemoStore: determinism', () => {
  it('gives identical rows and identical image bytes for the same seed, and different ones for another seed', async () => {
    const [a, b, c] = [await fresh(), await fresh(), await fresh()];
    await generateTiny(a, { seed: 5 });
    await generateTiny(b, { seed: 5 });
    await generateTiny(c, { seed: 6 });
    const [sumA, sumB, sumC] = [a, b, c].map((s) => tableChecksums(s.db));
    expect(sumB).toEqual(sumA);
    // File names are the sha256 of their bytes, so equal listings mean byte-identical images.
    expect(filesOf(b)).toEqual(filesOf(a));
    expect(filesOf(a).length).toBeGreaterThan(50);

    for (const table of ['products', 'images', 'orders', 'reviews', 'customers']) expect(sumC[table], table).not.toBe(sumA[table]);
    const shared = filesOf(c).filter((f) => new Set(filesOf(a)).has(f));
    expect(shared.length).toBeLessThan(filesOf(a).length / 10);
  });

  it('reports progress per batch through every step, ending at its own total', async () => {
    const s = await fresh();
    const seen: { done: number; total: number; step: DemoStep }[] = [];
    await generateTiny(s, { onProgress: (done, total, step) => seen.push({ done, total, step }) });
    const steps = [...new Set(seen.map((p) => p.step))];
    expect(steps).toEqual(['reset', 'catalog', 'images', 'customers', 'orders', 'reviews', 'checkouts', 'surveys', 'index', 'done']);
    expect(seen.filter((p) => p.step === 'images').length).toBeGreaterThan(2);
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThanOrEqual(seen[i - 1].done);
    const last = seen[seen.length - 1];
    expect(last.done).toBe(last.total);
  });
});

describe('resetStore', () => {
  it('empties every merchant table and the media folder, keeping settings and jobs', async () => {
    const s = await fresh();
    s.db.prepare("INSERT INTO settings(key, value) VALUES ('storeName', '\"Demo\"')").run();
    s.db.prepare("INSERT INTO jobs(kind, state, created_at, updated_at) VALUES ('demo.create', 'succeeded', 'x', 'x')").run();
    s.db.prepare("INSERT INTO outbox(op_id, seq, type, entity_id, kind, patch_json, base_json, created_at, updated_at) VALUES ('op1', 1, 'product', '1', 'update', '{}', '{}', 'x', 'x')").run();
    await generateTiny(s);
    expect(countRows(s.db, 'products')).toBeGreaterThan(0);

    await resetStore(s.db, s.mediaDir);
    for (const table of [...Object.keys(DEMO_TABLES), 'outbox']) expect(countRows(s.db, table), table).toBe(0);
    expect(s.db.prepare("SELECT count(*) FROM product_fts WHERE product_fts MATCH 'rug'").pluck().get()).toBe(0);
    expect(filesOf(s)).toEqual([]);
    expect(s.db.prepare('SELECT key FROM settings ORDER BY key').pluck().all()).toEqual(['currency', 'storeName']);
    expect(countRows(s.db, 'jobs')).toBe(1);
    expect(s.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);

    // A reset store can be generated again.
    await generateTiny(s);
    expect(countRows(s.db, 'products')).toBe(21);
  });
});

describe('generateDemoStore: cancellation', () => {
  it('throws AbortError mid-way through the photos and leaves no temp or empty files', async () => {
    const s = await fresh();
    const controller = new AbortController();
    let imageReports = 0;
    const run = generateTiny(s, {
      signal: controller.signal,
      onProgress: (_done, _total, step) => {
        if (step === 'images' && ++imageReports === 2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(countRows(s.db, 'orders')).toBe(0);
    const files = listFiles(join(s.mediaDir, 'files'));
    expect(files.size).toBeGreaterThan(0);
    for (const [name, size] of files) {
      expect(name).not.toContain(TEMP_PREFIX);
      expect(size).toBeGreaterThan(0);
    }
  });

  it('does nothing when already cancelled', async () => {
    const s = await fresh();
    const controller = new AbortController();
    controller.abort();
    await expect(generateTiny(s, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(countRows(s.db, 'products')).toBe(0);
  });
});
