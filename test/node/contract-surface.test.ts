import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/api/contract';
import { EVENTS, METHODS, type Method } from '../../src/shared/api/methods';
import { createBackend, DB_FILE } from '../../src/core/backend';
import type { Backend } from '../../src/core/backend-types';
import { configureConnection, openDatabase } from '../../src/core/db/open';
import type { Logger } from '../../src/core/ports';
import { insertImage, insertMediaFile, insertOrder, insertProduct, insertReview, insertVariant, setAlt } from './helpers/fixtures';
import { tempDir } from './helpers/temp-dir';

/**
 * The API surface every transport exposes. The committed snapshot makes each added,
 * removed or re-kinded method visible in review (Insomnia's services-invoke-surface);
 * the rest checks, through in-process dispatch, what IPC and HTTP rely on.
 */
const SNAPSHOT = join(__dirname, 'contract-surface.json');

const t = tempDir('sk-contract-');
const logged: { msg: string; data?: Record<string, unknown> }[] = [];
const capturingLogger: Logger = {
  info() {},
  warn() {},
  error: (msg, data) => logged.push({ msg, data }),
};
let backend: Backend;
let productId: number;
let jobId = 0;
let imageId = 0;
let mediaJobId = 0;

beforeAll(async () => {
  const { db } = await openDatabase(join(t.dir, DB_FILE));
  productId = insertProduct(db, { title: 'Kashan rug', vendor: 'Atelier' });
  insertVariant(db, productId, { sku: 'KSH-1', priceMinor: 120000 });
  const img = insertImage(db, productId, { originalSha256: insertMediaFile(db, 'rug') });
  setAlt(db, img, 'en', 'IMG_0001.jpg');
  imageId = img;
  insertReview(db, productId, { reasonCodes: ['links'] });
  insertOrder(db, { lines: [{ unitPriceMinor: 5000, quantity: 2 }] });
  db.close();
  backend = await createBackend({ dataDir: t.dir, appVersion: 'test', runJobs: false, logger: capturingLogger });
});
afterAll(async () => {
  await backend.close();
  t.cleanup();
});

/** A valid input for every method; `satisfies` makes a new method a compile error here. */
const sampleInputs = {
  'app.info': () => ({}),
  'app.doctor': () => ({}),
  'settings.get': () => ({}),
  'settings.update': () => ({ storeName: 'Kashan House' }),
  'demo.status': () => ({}),
  'demo.create': () => ({ seed: 3, scale: 'small' }),
  'jobs.list': () => ({}),
  'jobs.cancel': () => ({ id: jobId }),
  'catalog.listProducts': () => ({ limit: 10 }),
  'catalog.getProduct': () => ({ id: productId }),
  'catalog.updateProduct': () => ({ id: productId, patch: { title: 'Kashan silk rug' } }),
  'catalog.typeahead': () => ({ q: 'kash' }),
  'catalog.listCollections': () => ({}),
  'catalog.listTags': () => ({}),
  'catalog.saveProduct': () => ({ title: 'Tabriz rug', variants: [{ sku: 'TBZ-1', priceMinor: 50000 }] }),
  'catalog.bulkPreview': () => ({ selection: { ids: [productId] }, action: { type: 'addTag', tag: 'sale' } }),
  'catalog.bulkApply': () => ({ selection: { ids: [productId] }, action: { type: 'addTag', tag: 'sale' } }),
  'catalog.duplicateProduct': () => ({ id: productId }),
  'catalog.deleteProducts': () => ({ ids: [productId] }),
  'catalog.restoreProducts': () => ({ ids: [productId] }),
  'catalog.listDeleted': () => ({}),
  'catalog.undo': () => ({}),
  'catalog.redo': () => ({}),
  'catalog.history': () => ({}),
  'catalog.previewShopifyCsv': () => ({ path: join(__dirname, '..', 'fixtures', 'shopify-csv', 'semicolon-bom-crlf.csv') }),
  'catalog.importShopifyCsv': () => ({ path: join(__dirname, '..', 'fixtures', 'shopify-csv', 'semicolon-bom-crlf.csv') }),
  'catalog.exportShopifyCsv': () => ({ path: join(t.dir, 'catalog-export.csv') }),
  'audit.summary': () => ({}),
  'moderation.listReviews': () => ({ status: 'pending' }),
  'metrics.summary': () => ({}),
  'sync.status': () => ({}),
  'sync.listOutbox': () => ({}),
  'media.previewImport': () => ({ paths: [t.dir], match: 'sku' }),
  'media.import': () => ({ paths: [t.dir], productId }),
  'media.importStatus': () => ({ jobId: mediaJobId }),
  'media.listImages': () => ({ productId }),
  'media.reorder': () => ({ productId, imageIds: [imageId] }),
  'media.setPrimary': () => ({ imageId }),
  'media.bindVariants': () => ({ imageId, variantIds: [] }),
  'media.setAlt': () => ({ imageId, locale: 'ar', alt: 'سجادة كاشان' }),
  'media.bulkAltPreview': () => ({ productIds: [productId], locale: 'ru', pattern: '{title} – {n}' }),
  'media.bulkAltApply': () => ({ productIds: [productId], locale: 'ru', pattern: '{title} – {n}' }),
  'media.remove': () => ({ imageIds: [imageId] }),
} satisfies Record<Method, () => unknown>;

describe('contract surface', () => {
  it('matches the committed snapshot of methods (with kinds) and events', () => {
    const surface = {
      methods: Object.fromEntries(METHODS.map((m) => [m, contract[m].kind])),
      events: [...EVENTS],
    };
    // Regenerate deliberately and review the diff: UPDATE_SNAPSHOTS=1 npx vitest run …
    if (process.env.UPDATE_SNAPSHOTS === '1') writeFileSync(SNAPSHOT, `${JSON.stringify(surface, null, 2)}\n`);
    expect(existsSync(SNAPSHOT), 'contract-surface.json is missing: generate it with UPDATE_SNAPSHOTS=1').toBe(true);
    expect(surface).toEqual(JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
    expect(Object.keys(contract).sort()).toEqual([...METHODS].sort());
  });

  it.each([...METHODS])('%s has a handler, succeeds on a sample call and its output survives JSON', async (method) => {
    if (method === 'jobs.cancel') {
      // demo.create (earlier in METHODS) queued a job; jobs are not run in this backend.
      const queued = await backend.dispatch('jobs.list', { states: ['queued'] });
      jobId = queued.ok ? ((queued.value as { id: number }[])[0]?.id ?? 0) : 0;
    }
    if (method === 'media.importStatus') {
      const queued = await backend.dispatch('jobs.list', { states: ['queued'] });
      mediaJobId = queued.ok ? ((queued.value as { id: number; kind: string }[]).find((j) => j.kind === 'media.import')?.id ?? 0) : 0;
    }
    const reply = await backend.dispatch(method, sampleInputs[method]());
    if (!reply.ok) expect.fail(`${method} failed: ${JSON.stringify(reply.error)}`);
    expect(JSON.parse(JSON.stringify(reply.value))).toStrictEqual(reply.value);
  });

  it('announces the tables a mutation wrote in db.changed', async () => {
    const seen: unknown[] = [];
    const off = backend.onEvent((event, payload) => {
      if (event === 'db.changed') seen.push(payload);
    });
    await backend.dispatch('catalog.updateProduct', { id: productId, patch: { vendor: 'Bazaar' } });
    off();
    expect(seen).toEqual([{ tables: ['products', 'outbox'] }]);
  });

  it('answers an unknown method with validation / errors.method_unknown', async () => {
    const reply = await backend.dispatch('catalog.dropEverything', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation', i18nKey: 'errors.method_unknown' } });
  });

  it('answers input that fails the zod schema with validation and its issues', async () => {
    const reply = await backend.dispatch('catalog.updateProduct', { id: 'seven', patch: { colour: 'red' } });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('validation');
    expect([...new Set(reply.error.issues?.map((i) => i.path[0]))].sort()).toEqual(['id', 'patch']);
  });

  it('answers a domain error with its code and key', async () => {
    const reply = await backend.dispatch('catalog.getProduct', { id: 999_999 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_found', i18nKey: 'errors.product_not_found' } });
  });

  it('turns an unexpected throw into internal with a correlation id, logging the stack but never sending it', async () => {
    // Break the store under the backend's feet with a second connection, as damage would.
    const raw = new Database(join(t.dir, DB_FILE));
    configureConnection(raw); // the rename re-parses triggers that call search_key()
    raw.exec('ALTER TABLE audit_runs RENAME TO audit_runs_gone');
    raw.close();
    const reply = await backend.dispatch('audit.summary', {});
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error).toMatchObject({ code: 'internal', i18nKey: 'errors.internal', retryable: false });
    expect(reply.error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    const wire = JSON.stringify(reply);
    expect(wire).not.toMatch(/audit_runs|\n\s+at |SqliteError/);
    const entry = logged.find((l) => l.data?.correlationId === reply.error.correlationId);
    expect(String(entry?.data?.error)).toMatch(/no such table: audit_runs/);
  });
});
