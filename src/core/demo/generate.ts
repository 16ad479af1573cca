import type { DemoScale, StoreCounts } from '../../shared/schemas/app';
import { storeCounts } from '../app/store-counts';
import type { DB } from '../db/open';
import { systemClock, type Clock } from '../ports';
import { readSetting } from '../settings/repo';
import { historyStart, planCatalog } from './catalog-plan';
import { CATALOG_UNITS_PER_PRODUCT, writeCatalog } from './catalog-write';
import { planCheckouts, writeCheckouts } from './checkouts';
import { GUEST_ORDER_SHARE, planCustomers, writeCustomers, type PlannedCustomer } from './customers';
import { buildDemand } from './demand';
import { IMAGE_UNITS, writeImages, type StoredImage } from './images';
import { planImages } from './images-plan';
import { createStoreCalendar, isValidTimeZone } from './local-time';
import { planOrders, type PlannedOrder } from './orders-plan';
import { writeOrders } from './orders-write';
import { resetStore } from './reset';
import { finishReviews } from './reviews-cases';
import { planReviewItems } from './reviews-plan';
import { writeReviews } from './reviews-write';
import { ProgressTracker, throwIfAborted, type DemoProgress, type DemoRun, type DemoStep } from './run';
import { planSessions, SESSION_WINDOW_DAYS, writeSessions } from './sessions';
import { resolveSizes, type DemoSizes } from './sizes';
import { planSurveys, writeSurveys } from './surveys';

export { resetStore } from './reset';
export type { DemoProgress, DemoStep } from './run';
export type { DemoSizes } from './sizes';

export interface DemoOptions {
  seed: number;
  scale: DemoScale;
  /** Folder whose `files/` subfolder receives the content-addressed photos. */
  mediaDir: string;
  /** "Now" = the end of the generated history (floored to the hour). */
  clock?: Clock;
  onProgress?: DemoProgress;
  signal?: AbortSignal;
  /** Overrides of the scale's sizes (tests use tiny stores). */
  sizes?: Partial<DemoSizes>;
}

/**
 * Generates a believable multilingual demo store: the same seed, scale and clock hour give
 * the same rows and the same image bytes. The store is reset first. Writes go straight to
 * the tables as a bulk seed of "remote" data (no outbox ops), in large transactions, and
 * the run can be cancelled between batches (the error's name is 'AbortError').
 */
export async function generateDemoStore(db: DB, opts: DemoOptions): Promise<StoreCounts> {
  const sizes = resolveSizes(opts.scale, opts.sizes);
  const seed = opts.seed;
  const nowTs = Math.floor((opts.clock ?? systemClock).now() / 3_600_000) * 3600;
  const calendar = createStoreCalendar(storeTimeZone(db));

  const catalog = planCatalog(seed, sizes, nowTs);
  const images = planImages(seed, catalog);
  const recentOrders = sizes.orders * (SESSION_WINDOW_DAYS / (sizes.months * 30)) * 1.5;
  const progress = new ProgressTracker(
    {
      reset: 2000,
      catalog: catalog.products.length * CATALOG_UNITS_PER_PRODUCT,
      images: images.length * IMAGE_UNITS,
      customers: Math.round(sizes.orders * 0.5),
      orders: sizes.orders * 3,
      reviews: sizes.reviewItems * 4,
      checkouts: Math.round(sizes.orders * 3.1 + recentOrders * sizes.sessionsPerOrder * 0.5),
      surveys: Math.round(sizes.orders * 0.15),
      index: 2000,
      done: 0,
    },
    opts.onProgress,
  );
  const run: DemoRun = { db, seed, sizes, calendar, nowTs, mediaDir: opts.mediaDir, signal: opts.signal, progress };
  const step = async (name: DemoStep, work: () => Promise<void> | void) => {
    throwIfAborted(opts.signal);
    progress.begin(name);
    await work();
    progress.finish();
  };

  await step('reset', async () => {
    await resetStore(db, opts.mediaDir);
    db.prepare("INSERT OR IGNORE INTO settings(key, value) VALUES ('currency', ?)").run(JSON.stringify('USD'));
  });
  await step('catalog', () => writeCatalog(run, catalog));
  let stored: StoredImage[] = [];
  await step('images', async () => {
    stored = await writeImages(run, catalog, images);
  });

  const demand = buildDemand(calendar, historyStart(nowTs, sizes.months), nowTs);
  const usedEmails = new Set<string>();
  let customers: PlannedCustomer[] = [];
  await step('customers', async () => {
    const identified = Math.round(sizes.orders * (1 - GUEST_ORDER_SHARE));
    customers = await planCustomers(seed, identified, demand, calendar, usedEmails, opts.signal);
    await writeCustomers(run, customers);
  });
  let orders: PlannedOrder[] = [];
  await step('orders', async () => {
    orders = await planOrders(seed, sizes.orders, catalog, customers, demand, calendar, usedEmails, opts.signal);
    await writeOrders(run, orders);
  });
  await step('reviews', async () => {
    const items = await planReviewItems({ seed, total: sizes.reviewItems, catalog, customers, orders, demand, calendar, usedEmails }, opts.signal);
    await writeReviews(run, finishReviews(seed, items, stored, nowTs));
  });
  await step('checkouts', async () => {
    await writeCheckouts(run, await planCheckouts(seed, orders, customers, catalog, demand, calendar, opts.signal));
    await writeSessions(run, await planSessions(seed, orders, sizes.sessionsPerOrder, demand, calendar, opts.signal));
  });
  await step('surveys', () => writeSurveys(run, planSurveys(seed, orders, nowTs)));
  await step('index', () => {
    db.prepare("INSERT INTO product_fts(product_fts) VALUES ('optimize')").run();
    // Fold the bulk load's WAL back into the database file so it does not linger on disk.
    db.pragma('wal_checkpoint(TRUNCATE)');
  });
  await step('done', () => undefined);
  return storeCounts(db);
}

/** The `timezone` setting when it names a zone Intl knows; otherwise UTC (metrics.md §2.1). */
function storeTimeZone(db: DB): string {
  try {
    const zone = readSetting(db, 'timezone');
    return typeof zone === 'string' && isValidTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC'; // a damaged value must not block the demo
  }
}
