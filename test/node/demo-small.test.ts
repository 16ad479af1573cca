import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoStore } from '../../src/core/demo/generate';
import { CATEGORIES } from '../../src/core/demo/vocab';
import { demoClock, openDemoStore, type DemoStore } from './helpers/demo-store';

let store: DemoStore;
afterAll(() => store?.close());

const share = (sql: string, ...params: unknown[]) => store.db.prepare(sql).pluck().get(...params) as number;

describe("generateDemoStore({ scale: 'small' })", () => {
  // The whole small store: ~1,000 photos rendered with sharp. Tens of seconds on 2 cores.
  it('meets the minimum sizes with realistic proportions', { timeout: 240_000 }, async () => {
    store = await openDemoStore('Europe/London');
    const counts = await generateDemoStore(store.db, { seed: 1, scale: 'small', mediaDir: store.mediaDir, clock: demoClock });

    expect(counts.products).toBeGreaterThanOrEqual(300);
    expect(counts.images).toBeGreaterThanOrEqual(900);
    expect(share('SELECT count(*) FROM reviews')).toBeGreaterThanOrEqual(3000);
    expect(counts.orders).toBeGreaterThanOrEqual(20000);
    expect(share('SELECT count(DISTINCT collection_id) FROM product_collections WHERE collection_id <= ?', CATEGORIES.length)).toBeGreaterThanOrEqual(6);
    expect(share('SELECT count(*) FROM product_options WHERE position = 3')).toBeGreaterThan(0);

    // Titles that exercise search folding: native digits, tashkeel, a leading Ё.
    const titles = (locale: string) => (store.db.prepare('SELECT title FROM product_translations WHERE locale = ?').pluck().all(locale) as string[]).join('\n');
    expect(titles('fa')).toMatch(/[۰-۹]/);
    expect(titles('ar')).toMatch(/[٠-٩]/);
    expect(titles('ar')).toMatch(/[\u064B-\u0652]/);
    expect(titles('ru')).toMatch(/^Ё/m);

    // Orders over the 24 months before now, growing, with a November peak.
    const months = store.db.prepare('SELECT local_month AS m, count(*) AS n FROM orders GROUP BY 1 ORDER BY 1').all() as { m: number; n: number }[];
    expect(months.length).toBeGreaterThanOrEqual(24);
    const firstYear = months.slice(1, 13).reduce((s, r) => s + r.n, 0);
    const secondYear = months.slice(13, 25).reduce((s, r) => s + r.n, 0);
    expect(secondYear).toBeGreaterThan(firstYear * 1.2);
    const november = months.filter((r) => r.m % 12 === 10).map((r) => r.n);
    const september = months.filter((r) => r.m % 12 === 8).map((r) => r.n);
    expect(november[0]).toBeGreaterThan(september[0]);

    // Customers: ~15 % guest orders, a 25–35 % repeat share.
    const guests = share('SELECT avg(customer_id IS NULL) FROM orders WHERE test = 0');
    expect(guests).toBeGreaterThan(0.12);
    expect(guests).toBeLessThan(0.18);
    const repeat = share(`SELECT avg(n >= 2) FROM (SELECT count(*) AS n FROM orders
      WHERE customer_id IS NOT NULL AND test = 0 AND cancelled_ts IS NULL GROUP BY customer_id)`);
    expect(repeat).toBeGreaterThanOrEqual(0.25);
    expect(repeat).toBeLessThanOrEqual(0.35);
    const refunded = share('SELECT count(DISTINCT order_id) * 1.0 / (SELECT count(*) FROM orders WHERE test = 0 AND cancelled_ts IS NULL) FROM refunds');
    expect(refunded).toBeGreaterThan(0.03);
    expect(refunded).toBeLessThan(0.05);
    const abandonment = share('SELECT avg(completed_order_id IS NULL) FROM checkouts');
    expect(abandonment).toBeGreaterThanOrEqual(0.65);
    expect(abandonment).toBeLessThanOrEqual(0.7);

    // Reviews: J-shaped ratings.
    const stars = store.db.prepare("SELECT rating, count(*) AS n FROM reviews WHERE kind = 'review' GROUP BY 1 ORDER BY 1").all() as { n: number }[];
    expect(stars[4].n).toBeGreaterThan(stars[3].n);
    expect(stars[0].n).toBeGreaterThan(stars[1].n);

    // Each photo defect at 3–8 % of all images.
    const images = counts.images;
    const between = (n: number) => {
      expect(n / images).toBeGreaterThanOrEqual(0.025);
      expect(n / images).toBeLessThanOrEqual(0.08);
    };
    between(share('SELECT count(*) FROM images WHERE id NOT IN (SELECT image_id FROM image_alt)'));
    between(share("SELECT count(DISTINCT image_id) FROM image_alt WHERE alt NOT GLOB '* *' AND alt GLOB '*.[jJpP][pPnN][gG]'"));
    between(share('SELECT count(*) FROM images WHERE min(width, height) < 200'));
    between(share('SELECT count(*) FROM images WHERE min(width, height) BETWEEN 200 AND 499'));
    between(share('SELECT count(*) - count(DISTINCT original_sha256) FROM images'));
    expect(share('PRAGMA foreign_key_check')).toBeUndefined();
  });
});
