import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKey } from '../../src/shared/text/search-key';
import { CATEGORIES, DEMO_PROFANITY } from '../../src/core/demo/vocab';
import { countRows, generateTiny, openDemoStore, type DemoStore } from './helpers/demo-store';

/** A tiny demo store in a DST time zone, generated once and inspected by every test here. */
const ZONE = 'America/New_York';
let store: DemoStore;
let counts: Awaited<ReturnType<typeof generateTiny>>;

beforeAll(async () => {
  store = await openDemoStore(ZONE);
  counts = await generateTiny(store);
});
afterAll(() => store?.close());

const all = <T>(sql: string, ...params: unknown[]) => store.db.prepare(sql).all(...params) as T[];
const value = <T>(sql: string, ...params: unknown[]) => store.db.prepare(sql).pluck().get(...params) as T;

describe('demo store: referential integrity and money', () => {
  it('returns the counts it wrote and passes the foreign-key check', () => {
    expect(counts).toEqual({
      products: countRows(store.db, 'products'),
      variants: countRows(store.db, 'variants'),
      images: countRows(store.db, 'images'),
      reviews: value<number>("SELECT count(*) FROM reviews WHERE kind = 'review'"),
      questions: value<number>("SELECT count(*) FROM reviews WHERE kind = 'question'"),
      orders: 500,
      customers: countRows(store.db, 'customers'),
    });
    expect(all('PRAGMA foreign_key_check')).toEqual([]);
  });

  it('keeps every order total = subtotal − discounts + shipping + tax, with lines that add up', () => {
    expect(value<number>('SELECT count(*) FROM orders WHERE total_minor != subtotal_minor - discounts_minor + shipping_minor + tax_minor')).toBe(0);
    const mismatched = all(`SELECT o.id FROM orders o JOIN order_lines l ON l.order_id = o.id GROUP BY o.id
      HAVING sum(l.unit_price_minor * l.quantity) != o.subtotal_minor OR sum(l.discount_minor) != o.discounts_minor`);
    expect(mismatched).toEqual([]);
    // Lines reference real variants with the variant's own SKU and price.
    expect(value<number>(`SELECT count(*) FROM order_lines l JOIN variants v ON v.id = l.variant_id
      WHERE l.sku != v.sku OR l.unit_price_minor != v.price_minor OR l.product_id != v.product_id`)).toBe(0);
  });

  it('dates refunds after their order and makes them add up (lines + shipping + tax)', () => {
    expect(value<number>('SELECT count(*) FROM refunds')).toBeGreaterThan(0);
    expect(value<number>('SELECT count(*) FROM refunds r JOIN orders o ON o.id = r.order_id WHERE r.created_ts <= o.created_ts')).toBe(0);
    expect(all(`SELECT r.id FROM refunds r JOIN refund_lines rl ON rl.refund_id = r.id GROUP BY r.id
      HAVING sum(rl.amount_minor) + r.shipping_minor + r.tax_minor != r.amount_minor`)).toEqual([]);
    const statuses = all<{ financial_status: string }>('SELECT DISTINCT o.financial_status FROM refunds r JOIN orders o ON o.id = r.order_id');
    expect(statuses.map((s) => s.financial_status).sort()).toEqual(expect.arrayContaining(['partially_refunded']));
  });

  it('computes local_day and local_month in the store time zone, as Intl does', () => {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
    const rows = all<{ created_ts: number; local_day: number; local_month: number }>('SELECT created_ts, local_day, local_month FROM orders');
    let crossesUtcDate = 0;
    for (const r of rows) {
      const [y, m, d] = format.format(new Date(r.created_ts * 1000)).split('-').map(Number);
      expect(r.local_day).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
      expect(r.local_month).toBe(y * 12 + (m - 1));
      if (r.local_day !== Math.floor(r.created_ts / 86_400)) crossesUtcDate++;
    }
    // Evening orders in New York fall on the next UTC date: the zone really was applied.
    expect(crossesUtcDate).toBeGreaterThan(0);
  });

  it('numbers each customer’s valid orders (cust_seq, prev_day) exactly as a recomputation does', () => {
    const orders = all<{ id: number; customer_id: number | null; created_ts: number; local_day: number; test: number; cancelled_ts: number | null; cust_seq: number | null; prev_day: number | null }>(
      'SELECT id, customer_id, created_ts, local_day, test, cancelled_ts, cust_seq, prev_day FROM orders ORDER BY created_ts, id',
    );
    const last = new Map<number, { seq: number; day: number }>();
    for (const o of orders) {
      const valid = o.customer_id !== null && o.test === 0 && o.cancelled_ts === null;
      if (!valid) {
        expect([o.cust_seq, o.prev_day]).toEqual([null, null]);
        continue;
      }
      const previous = last.get(o.customer_id!);
      expect(o.cust_seq).toBe((previous?.seq ?? 0) + 1);
      expect(o.prev_day).toBe(previous?.day ?? null);
      last.set(o.customer_id!, { seq: o.cust_seq!, day: o.local_day });
    }
    expect(value<number>('SELECT max(cust_seq) FROM orders')).toBeGreaterThan(1);
    expect(value<number>('SELECT count(*) FROM orders WHERE customer_id IS NULL AND test = 0')).toBeGreaterThan(0);
    expect(value<number>('SELECT count(*) FROM orders WHERE cancelled_ts IS NOT NULL')).toBeGreaterThan(0);
  });

  it('has one completed checkout per order, abandoned ones, and recoveries', () => {
    expect(value<number>("SELECT count(*) FROM checkouts WHERE reached_step = 'completed'")).toBe(500);
    expect(value<number>('SELECT count(*) FROM orders o JOIN checkouts c ON c.id = o.checkout_id AND c.completed_order_id = o.id')).toBe(500);
    const abandoned = value<number>('SELECT avg(completed_order_id IS NULL) FROM checkouts');
    expect(abandoned).toBeGreaterThan(0.6);
    expect(abandoned).toBeLessThan(0.75);
    expect(value<number>('SELECT count(*) FROM checkouts WHERE recovered = 1 AND recovery_email_ts IS NOT NULL')).toBeGreaterThan(0);
  });
});

describe('demo store: catalog in four languages', () => {
  it('covers every category with translated titles and simple HTML descriptions', () => {
    expect(value<number>('SELECT count(DISTINCT collection_id) FROM product_collections WHERE collection_id <= ?', CATEGORIES.length)).toBe(CATEGORIES.length);
    expect(value<number>("SELECT count(*) FROM product_translations WHERE title = '' OR description_html NOT LIKE '<p>%<ul><li>%'")).toBe(0);
    for (const locale of ['ar', 'fa', 'ru']) {
      expect(value<number>('SELECT count(*) FROM product_translations WHERE locale = ?', locale)).toBe(counts.products);
    }
    expect(value<number>("SELECT count(*) FROM products WHERE description_html NOT LIKE '<p>%<strong>%'")).toBe(0);
    const text = all<{ title: string }>('SELECT title FROM product_translations').map((r) => r.title).join(' ');
    expect(text).toMatch(/[یک]/); // Persian letters
    expect(text).toMatch(/[يكة]/); // Arabic letters
    expect(text).toMatch(/ё/i); // Russian ё
  });

  it('gives every variant a unique SKU and every product a unique handle', () => {
    expect(value<number>('SELECT count(DISTINCT sku) FROM variants')).toBe(countRows(store.db, 'variants'));
    expect(value<number>("SELECT count(*) FROM variants WHERE sku NOT GLOB '[A-Z][A-Z][A-Z]-[0-9][0-9][0-9][0-9]*'")).toBe(0);
    expect(value<number>("SELECT count(*) FROM products WHERE handle NOT GLOB '*-[0-9][0-9][0-9][0-9]'")).toBe(0);
    expect(value<number>('SELECT max(position) FROM product_options')).toBeGreaterThanOrEqual(2);
  });

  it('finds a Persian title through FTS when it is typed with Arabic letters', () => {
    // «کوزه» (jug) exists only in Persian titles; typed with Arabic kaf it reads «كوزه».
    const arabicSpelling = 'كوزه';
    expect(value<number>('SELECT count(*) FROM product_translations WHERE title LIKE ?', `%${arabicSpelling}%`)).toBe(0);
    const expected = all<{ product_id: number }>("SELECT product_id FROM product_translations WHERE locale = 'fa' AND title LIKE '%کوزه%'");
    expect(expected.length).toBeGreaterThan(0);
    const found = all<{ rowid: number }>('SELECT rowid FROM product_fts WHERE product_fts MATCH ?', `title:"${searchKey(arabicSpelling)}"`);
    expect(found.map((r) => r.rowid).sort()).toEqual(expected.map((r) => r.product_id).sort());
  });

  it('finds «Ёлочная игрушка» by typing «елочная»', () => {
    const found = all<{ rowid: number }>('SELECT rowid FROM product_fts WHERE product_fts MATCH ?', `title:"${searchKey('елочная')}"`);
    expect(found.length).toBeGreaterThan(0);
    const titles = all<{ title: string }>(`SELECT title FROM product_translations WHERE locale = 'ru' AND product_id IN (${found.map((r) => r.rowid).join(',')})`);
    for (const t of titles) expect(t.title).toMatch(/ёлочная/i);
  });
});

describe('demo store: reviews and Q&A', () => {
  it('writes reviews in all four languages with J-shaped ratings, and answered questions', () => {
    expect(all<{ language: string }>('SELECT DISTINCT language FROM reviews ORDER BY 1').map((r) => r.language)).toEqual(['ar', 'en', 'fa', 'ru']);
    // Skewed positive (the J-shape itself is checked on the small store, where samples are large).
    expect(value<number>("SELECT avg(rating = 5) FROM reviews WHERE kind = 'review'")).toBeGreaterThan(0.4);
    expect(value<number>("SELECT avg(rating) FROM reviews WHERE kind = 'review'")).toBeGreaterThan(3.6);
    expect(value<number>("SELECT count(*) FROM reviews WHERE kind != 'review' AND rating IS NOT NULL")).toBe(0);
    expect(value<number>(`SELECT count(*) FROM reviews a JOIN reviews q ON q.id = a.parent_id
      WHERE a.kind = 'answer' AND q.kind = 'question' AND a.product_id = q.product_id AND a.created_at > q.created_at`)).toBe(
      value<number>("SELECT count(*) FROM reviews WHERE kind = 'answer'"),
    );
    expect(value<number>("SELECT count(*) FROM reviews WHERE kind = 'answer'")).toBeGreaterThan(0);
    expect(value<number>('SELECT count(*) FROM reviews a JOIN reviews q ON q.id = a.parent_id WHERE a.language != q.language')).toBe(0);
  });

  it('marks verified buyers only when the author bought the product before reviewing', () => {
    const wrong = value<number>(`SELECT count(*) FROM reviews r WHERE r.verified_buyer = 1 AND NOT EXISTS (
      SELECT 1 FROM orders o JOIN order_lines l ON l.order_id = o.id
      WHERE o.customer_id = r.customer_id AND l.product_id = r.product_id AND o.created_ts < unixepoch(r.created_at))`);
    expect(wrong).toBe(0);
    expect(value<number>('SELECT count(*) FROM reviews WHERE verified_buyer = 1')).toBeGreaterThan(0);
  });

  it('plants moderation cases, with reason codes only on flagged or rejected items', () => {
    const bodies = all<{ body: string }>('SELECT body FROM reviews').map((r) => r.body);
    expect(bodies.some((b) => /https?:\/\/|www\./.test(b))).toBe(true);
    expect(bodies.some((b) => /@|\(at\)/.test(b))).toBe(true);
    expect(bodies.some((b) => /[+(]?\d[\d\s().-]{7,}\d|[۰-۹٠-٩][۰-۹٠-٩\s-]{7,}/.test(b))).toBe(true);
    const words = Object.values(DEMO_PROFANITY).flat();
    expect(bodies.some((b) => words.some((w) => b.toLowerCase().includes(w)))).toBe(true);
    expect(value<number>("SELECT count(*) FROM (SELECT body FROM reviews WHERE kind != 'answer' GROUP BY body HAVING count(*) > 1)")).toBeGreaterThan(0);

    expect(value<number>("SELECT count(*) FROM reviews WHERE reason_codes_json != '[]' AND status NOT IN ('flagged', 'rejected')")).toBe(0);
    const codes = new Set(all<{ c: string }>("SELECT DISTINCT reason_codes_json AS c FROM reviews WHERE status IN ('flagged', 'rejected')").flatMap((r) => JSON.parse(r.c) as string[]));
    for (const c of codes) expect(['PII', 'LINK', 'PROFANITY', 'DUPLICATE']).toContain(c);
    expect(value<number>("SELECT count(*) FROM reviews WHERE status IN ('flagged','rejected') AND reason_codes_json = '[]'")).toBe(0);
    expect(value<number>("SELECT count(*) FROM reviews WHERE status = 'pending'")).toBeGreaterThan(0);
    // Every hidden item has the store's decision on record.
    expect(value<number>("SELECT count(*) FROM reviews r WHERE status IN ('flagged','rejected') AND NOT EXISTS (SELECT 1 FROM moderation_log m WHERE m.review_id = r.id)")).toBe(0);
  });

  it('keeps NPS and CES answers in range, tied to orders, with comments in four languages', () => {
    expect(all<{ kind: string }>('SELECT DISTINCT kind FROM survey_responses ORDER BY 1').map((r) => r.kind)).toEqual(['ces', 'nps']);
    expect(value<number>('SELECT count(*) FROM survey_responses s JOIN orders o ON o.id = s.order_id WHERE s.created_ts <= o.created_ts')).toBe(0);
    expect(value<number>('SELECT count(DISTINCT language) FROM survey_responses WHERE comment IS NOT NULL')).toBeGreaterThanOrEqual(3);
  });
});
