import { afterEach, describe, expect, it } from 'vitest';
import { altLooksLikeFileName } from '../../src/core/audit/rules/alt-text';
import { auditSummary } from '../../src/core/audit/service';
import { metricsSummary } from '../../src/core/metrics/service';
import { listReviews } from '../../src/core/moderation/service';
import { applyEdit } from '../../src/core/mutations';
import { listOutbox, syncStatus } from '../../src/core/sync/service';
import {
  insertCheckout,
  insertCustomer,
  insertImage,
  insertMediaFile,
  insertOrder,
  insertProduct,
  insertRefund,
  insertReview,
  setAlt,
} from './helpers/fixtures';
import { advancingClock, openTestDb, type TestDb } from './helpers/test-db';

let t: TestDb;
afterEach(() => t?.close());

describe('audit.summary', () => {
  it.each([
    ['IMG_2041.jpg', true],
    ['dsc-0012.JPG', true],
    ['PXL_20240101_123456.jpg', true],
    ['photo 3.png', true],
    ['red-rug-final.webp', true],
    ['Red wool rug on an oak floor', false],
    ['Rug 2041', false],
    ['', false],
  ])('alt %j looks like a file name: %s', (alt, expected) => {
    expect(altLooksLikeFileName(alt)).toBe(expected);
  });

  it('counts images, missing and file-name alt, duplicates, tiny images and the last run', async () => {
    t = await openTestDb();
    const p = insertProduct(t.db);
    const shared = insertMediaFile(t.db, 'shared');
    const good = insertImage(t.db, p, { originalSha256: shared });
    setAlt(t.db, good, 'en', 'Blue vase with dried flowers');
    const dup = insertImage(t.db, p, { originalSha256: shared, position: 2 });
    setAlt(t.db, dup, 'en', '   ');
    const fileNamed = insertImage(t.db, p, { position: 3, width: 480, height: 900, originalSha256: insertMediaFile(t.db, 'x') });
    setAlt(t.db, fileNamed, 'en', 'Vase');
    setAlt(t.db, fileNamed, 'ar', 'IMG_0042.JPG');
    insertImage(t.db, p, { position: 4, width: 300, height: 300 });
    // Images of a deleted product are out of the audit, and so is their shared hash.
    const gone = insertProduct(t.db, { deletedAt: '2026-01-05T00:00:00.000Z' });
    insertImage(t.db, gone, { originalSha256: insertMediaFile(t.db, 'x') });
    t.db.prepare("INSERT INTO audit_runs(scope, state, started_at, finished_at) VALUES ('all', 'done', ?, ?)").run(
      '2026-01-02T00:00:00.000Z',
      '2026-01-02T00:05:00.000Z',
    );
    t.db.prepare("INSERT INTO audit_runs(scope, state, started_at) VALUES ('all', 'running', ?)").run('2026-01-03T00:00:00.000Z');

    expect(auditSummary(t.db)).toEqual({
      images: 4,
      missingAlt: 2,
      filenameAlt: 1,
      duplicateImages: 2,
      tinyImages: 2,
      lastRunAt: '2026-01-02T00:05:00.000Z',
    });
  });

  it('is all zeros with no last run on an empty store', async () => {
    t = await openTestDb();
    expect(auditSummary(t.db)).toEqual({ images: 0, missingAlt: 0, filenameAlt: 0, duplicateImages: 0, tinyImages: 0, lastRunAt: null });
  });
});

describe('moderation.listReviews', () => {
  it('pages oldest first by (created_at, id) with status and kind filters, parsing reason codes', async () => {
    t = await openTestDb();
    const p = insertProduct(t.db, { title: 'Kashan rug' });
    const at = (d: number) => `2026-01-0${d}T00:00:00.000Z`;
    const a = insertReview(t.db, p, { createdAt: at(3), reasonCodes: ['links'] });
    const b = insertReview(t.db, p, { createdAt: at(1), kind: 'question', body: 'Washable?' });
    const c = insertReview(t.db, p, { createdAt: at(1), reasonCodes: '{damaged' });
    insertReview(t.db, p, { createdAt: at(2), status: 'approved' });

    const page1 = listReviews(t.db, { status: 'pending', limit: 2 });
    const page2 = listReviews(t.db, { status: 'pending', limit: 2, after: page1.next! });
    expect([...page1.items, ...page2.items].map((r) => r.id)).toEqual([b, c, a]);
    expect(page2.next).toBeNull();
    expect(page1.items[0]).toEqual({
      id: b,
      kind: 'question',
      productId: p,
      productTitle: 'Kashan rug',
      author: 'Ana',
      rating: null,
      title: null,
      body: 'Washable?',
      language: 'und',
      status: 'pending',
      reasonCodes: [],
      createdAt: at(1),
    });
    expect(page2.items[0].reasonCodes).toEqual(['links']);
    expect(listReviews(t.db, { kind: 'question', limit: 50 }).items.map((r) => r.id)).toEqual([b]);
    expect(listReviews(t.db, { limit: 50 }).items).toHaveLength(4);
  });
});

describe('metrics.summary', () => {
  it('counts valid orders only and derives gross, refunds, AOV, checkouts and rating', async () => {
    t = await openTestDb();
    const ana = insertCustomer(t.db, 'Ana');
    const bo = insertCustomer(t.db, 'Bo');
    const o1 = insertOrder(t.db, { customerId: ana, lines: [{ unitPriceMinor: 1000, quantity: 2 }], discountsMinor: 200, createdTs: 1_700_000_000 });
    insertOrder(t.db, { customerId: ana, lines: [{ unitPriceMinor: 500, quantity: 1 }, { unitPriceMinor: 250, quantity: 4 }], createdTs: 1_700_086_400 });
    insertOrder(t.db, { customerId: bo, lines: [{ unitPriceMinor: 9999, quantity: 1 }], test: true, createdTs: 1_600_000_000 });
    const cancelled = insertOrder(t.db, { customerId: bo, lines: [{ unitPriceMinor: 7777, quantity: 1 }], cancelled: true, createdTs: 1_800_000_000 });
    insertOrder(t.db, { customerId: null, lines: [{ unitPriceMinor: 100, quantity: 1 }], createdTs: 1_700_000_500 });
    insertRefund(t.db, o1, 300);
    insertRefund(t.db, cancelled, 7777);
    insertCheckout(t.db, o1);
    insertCheckout(t.db, null);
    insertCheckout(t.db, null);
    const p = insertProduct(t.db);
    insertReview(t.db, p, { rating: 5 });
    insertReview(t.db, p, { rating: 2 });
    insertReview(t.db, p, { kind: 'question' });

    expect(metricsSummary(t.db)).toEqual({
      currency: 'USD',
      orders: 3,
      customers: 1,
      grossSalesMinor: 2000 + 500 + 1000 + 100,
      refundsMinor: 300,
      aovMinor: Math.round((3600 - 200) / 3),
      checkouts: 3,
      abandonedCheckouts: 2,
      averageRating: 3.5,
      firstOrderAt: new Date(1_700_000_000_000).toISOString(),
      lastOrderAt: new Date(1_700_086_400_000).toISOString(),
    });
  });

  it('has null AOV, dates and rating on an empty store', async () => {
    t = await openTestDb();
    expect(metricsSummary(t.db)).toMatchObject({ orders: 0, grossSalesMinor: 0, aovMinor: null, averageRating: null, firstOrderAt: null });
  });
});

describe('sync.status and sync.listOutbox', () => {
  it('counts unsent, conflicting and rejected ops and lists the outbox newest first', async () => {
    t = await openTestDb();
    const clock = advancingClock();
    const ids = [insertProduct(t.db), insertProduct(t.db), insertProduct(t.db), insertProduct(t.db)];
    for (const id of ids) applyEdit(t.db, { entity: 'product', entityId: id, patch: { title: `T${id}` }, clock });
    t.db.prepare("UPDATE outbox SET state = 'conflict' WHERE seq = 1").run();
    t.db.prepare("UPDATE outbox SET state = 'rejected', last_error = 'remote said no' WHERE seq = 2").run();
    t.db.prepare("UPDATE outbox SET state = 'inflight' WHERE seq = 3").run();
    t.db.prepare(
      "INSERT INTO stores(platform, name, base_url, state, created_at, updated_at) VALUES ('vendure', 'Demo', 'http://127.0.0.1', 'online', 'x', 'x')",
    ).run();

    expect(syncStatus(t.db)).toEqual({
      stores: [{ id: 1, platform: 'vendure', name: 'Demo', state: 'online' }],
      pendingOps: 2,
      conflicts: 1,
      rejected: 1,
    });
    const all = listOutbox(t.db, { limit: 100 });
    expect(all.map((o) => o.seq)).toEqual([4, 3, 2, 1]);
    expect(all[3]).toMatchObject({ entity: 'product', entityId: String(ids[0]), kind: 'update', patch: { title: `T${ids[0]}` }, state: 'conflict' });
    expect(listOutbox(t.db, { state: 'rejected', limit: 100 })).toMatchObject([{ seq: 2, lastError: 'remote said no' }]);
    expect(listOutbox(t.db, { limit: 2 }).map((o) => o.seq)).toEqual([4, 3]);
  });
});
