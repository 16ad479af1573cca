/**
 * Catalog at scale (issue 3): generates N products (default 100k) with 2 variants each,
 * 5N image rows and 10N review rows straight through prepared statements in large
 * transactions (no sharp), then times bulk insert (products/s including FTS triggers),
 * typeahead (200 prefixes of 2–4 chars in en/ar/fa/ru), every list sort and filter page,
 * and a deep keyset page against the first page, all in the same run.
 * Usage: npx tsx scripts/bench-catalog.ts [--products N] [--keep]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/core/db/open';
import { listProducts, type ListProductsQuery } from '../src/core/catalog/service';
import { typeahead } from '../src/core/catalog/browse';
import { withDeferredSearchIndex, type SearchDocument } from '../src/core/catalog/search-index';
import type { DB } from '../src/core/db/open';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const WORDS = {
  en: ['Kashan', 'silk', 'rug', 'lamp', 'bowl', 'teapot', 'vase', 'scarf', 'brass', 'linen', 'cedar', 'amber'],
  ar: ['سجادة', 'كاشان', 'حرير', 'مصباح', 'وعاء', 'إبريق', 'مزهرية', 'وشاح', 'نحاس', 'كتان'],
  fa: ['فرش', 'کاشان', 'ابریشم', 'چراغ', 'کاسه', 'قوری', 'گلدان', 'روسری', 'برنج', 'کتان'],
  ru: ['Ковёр', 'кашанский', 'шёлковый', 'лампа', 'чаша', 'чайник', 'ваза', 'шарф', 'ёлочная', 'льняной'],
} as const;
type Lang = keyof typeof WORDS;
const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length];
const title = (lang: Lang, i: number) => `${pick(WORDS[lang], i)} ${pick(WORDS[lang], Math.floor(i / 7) + 3)} ${i}`;

function generate(db: DB, n: number) {
  const T = '2026-01-01T00:00:00.000Z';
  const stamp = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  const product = db.prepare(
    `INSERT INTO products(id, handle, title, status, vendor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const variant = db.prepare(
    'INSERT INTO variants(product_id, position, sku, title, price_minor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const translation = db.prepare('INSERT INTO product_translations(product_id, locale, title) VALUES (?, ?, ?)');
  const tag = db.prepare('INSERT INTO product_tags(product_id, tag_id) VALUES (?, ?)');
  const image = db.prepare(
    "INSERT INTO images(id, product_id, position, width, height, format, bytes, created_at, updated_at) VALUES (?, ?, ?, 1600, 1200, 'jpeg', 1, ?, ?)",
  );
  const alt = db.prepare("INSERT INTO image_alt(image_id, locale, alt) VALUES (?, 'en', ?)");
  const review = db.prepare(
    "INSERT INTO reviews(product_id, author_name, rating, body, status, created_at, updated_at) VALUES (?, 'Ana', ?, 'ok', ?, ?, ?)",
  );
  const TAGS = ['sale', 'new', 'wool'];
  db.prepare("INSERT INTO tags(id, name) VALUES (1, 'sale'), (2, 'new'), (3, 'wool')").run();
  const statuses = ['active', 'active', 'draft', 'archived'];
  const BATCH = 10_000;
  const phases: Record<string, { rows: number; wallMs: number; cpuMs: number }> = {};
  const timed = (name: string, rows: number, work: () => void) => {
    const w = performance.now();
    const c = process.cpuUsage();
    work();
    phases[name] = { rows, wallMs: performance.now() - w, cpuMs: cpuMs(process.cpuUsage(c)) };
  };
  timed('products (+2 variants, 1 translation, tag; FTS indexed once each)', n, () => {
    for (let start = 1; start <= n; start += BATCH) {
      withDeferredSearchIndex(db, () => {
        const productIds: number[] = [];
        const documents = new Map<number, SearchDocument>();
        for (let i = start; i < Math.min(n + 1, start + BATCH); i++) {
          productIds.push(i);
          const en = title('en', i);
          product.run(i, `p-${i}`, en, pick(statuses, i), pick(['Atelier', 'Bazaar', 'Loom'], i), stamp(i), stamp((i * 7919) % n));
          const lang = pick(['ar', 'fa', 'ru'] as const, i);
          const translated = title(lang, i);
          translation.run(i, lang, translated);
          variant.run(i, 1, `SKU-${i}-A`, 'A', 500 + ((i * 37) % 20_000), T, T);
          variant.run(i, 2, `SKU-${i}-B`, 'B', 800 + ((i * 53) % 20_000), T, T);
          const tags = i % 5 === 0 ? [TAGS[i % 3]] : [];
          if (tags.length > 0) tag.run(i, 1 + (i % 3));
          documents.set(i, { titles: [en, translated], skus: [`SKU-${i}-A`, `SKU-${i}-B`], handle: `p-${i}`, tags });
        }
        return { productIds, documents, value: null };
      });
    }
  });
  timed('images (5 per product, alt on 4 of 5)', n * 5, () => {
    for (let start = 1; start <= n; start += BATCH) {
      db.transaction(() => {
        for (let i = start; i < Math.min(n + 1, start + BATCH); i++) {
          // Every 50th product has no images, for the "has no images" filter.
          if (i % 50 === 0) continue;
          for (let k = 1; k <= 5; k++) {
            const id = i * 5 + k;
            image.run(id, i, k, T, T);
            if ((i + k) % 5 !== 0) alt.run(id, `View ${k}`);
          }
        }
      })();
    }
  });
  timed('reviews (10 per product)', n * 10, () => {
    for (let start = 1; start <= n; start += BATCH) {
      db.transaction(() => {
        for (let i = start; i < Math.min(n + 1, start + BATCH); i++) {
          for (let k = 0; k < 10; k++) review.run(i, 1 + ((i * 3 + k * (i % 4 === 0 ? 1 : 7)) % 5), k % 3 === 0 ? 'pending' : 'approved', T, T);
        }
      })();
    }
  });
  return phases;
}

function time(runs: number, fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

function main() {
  const n = Number(option('products', '100000'));
  const dir = mkdtempSync(join(tmpdir(), 'sk-bench-catalog-'));
  const load0 = loadavg();
  void (async () => {
    const { db } = await openDatabase(join(dir, 'storekeeper.db'));
    const wall0 = performance.now();
    const cpu0 = process.cpuUsage();
    const phases = generate(db, n);
    db.pragma('optimize');
    console.log(`\nCatalog bench: ${n} products, load average at start ${load0.map((l) => l.toFixed(2)).join(' ')}\n`);
    console.log('phase'.padEnd(64), 'rows'.padStart(9), 'wall s'.padStart(8), 'cpu s'.padStart(8), 'rows/s'.padStart(10));
    for (const [name, p] of Object.entries(phases)) {
      console.log(name.padEnd(64), String(p.rows).padStart(9), (p.wallMs / 1000).toFixed(2).padStart(8), (p.cpuMs / 1000).toFixed(2).padStart(8), Math.round(p.rows / (p.wallMs / 1000)).toString().padStart(10));
    }

    const prefixes: string[] = [];
    for (let i = 0; prefixes.length < 200; i++) {
      const lang = pick(['en', 'ar', 'fa', 'ru'] as const, i);
      const word = pick(WORDS[lang], i * 3 + 1).toLowerCase();
      prefixes.push(word.slice(0, 2 + (i % 3)));
    }
    for (const q of prefixes.slice(0, 20)) typeahead(db, { q, limit: 10 }); // warm
    const ta = prefixes.map((q) => time(1, () => typeahead(db, { q, limit: 10 }))[0]);
    console.log(`\ntypeahead (200 prefixes, 2–4 chars, en/ar/fa/ru): p50 ${percentile(ta, 50).toFixed(3)} ms  p95 ${percentile(ta, 95).toFixed(3)} ms  (goal p95 ≤ 2 ms)`);

    const pages: [string, ListProductsQuery][] = [];
    for (const sort of ['updated_desc', 'created_desc', 'title_asc', 'title_desc', 'price_asc', 'price_desc'] as const) {
      pages.push([`sort ${sort}`, { limit: 50, sort }]);
    }
    pages.push(['status active, title_asc', { limit: 50, sort: 'title_asc', status: 'active' }]);
    pages.push(['status draft', { limit: 50, status: 'draft' }]);
    pages.push(['tag wool', { limit: 50, tag: 'wool' }]);
    pages.push(['tag sale, price_desc', { limit: 50, tag: 'sale', sort: 'price_desc' }]);
    pages.push(['has no images', { limit: 50, hasNoImages: true }]);
    pages.push(['missing alt', { limit: 50, missingAlt: true }]);
    pages.push(['low rating', { limit: 50, lowRating: true }]);
    pages.push(['price 1000–1200', { limit: 50, priceMinMinor: 1000, priceMaxMinor: 1200 }]);
    pages.push(['search "kash"', { limit: 50, q: 'kash' }]);
    pages.push(['search "کاشان" active', { limit: 50, q: 'کاشان', status: 'active' }]);
    console.log('\nlist page (50 rows)'.padEnd(40), 'first p50'.padStart(10), 'first p95'.padStart(10), 'next p95'.padStart(10), '   (ms; goal p95 ≤ 16)');
    for (const [name, input] of pages) {
      const first = time(30, () => listProducts(db, input));
      const next = listProducts(db, input).next ?? undefined;
      const second = next ? time(30, () => listProducts(db, { ...input, after: next })) : [NaN];
      console.log(name.padEnd(39), percentile(first, 50).toFixed(2).padStart(10), percentile(first, 95).toFixed(2).padStart(10), percentile(second, 95).toFixed(2).padStart(10));
    }

    // A deep page: the cursor of the row ~90% of the way down each sort.
    let cursor: string | undefined;
    let hops = 0;
    const deepInput: ListProductsQuery = { limit: 500, sort: 'title_asc' };
    while (hops < Math.floor((n * 0.9) / 500)) {
      cursor = listProducts(db, { ...deepInput, after: cursor }).next ?? undefined;
      hops++;
      if (!cursor) break;
    }
    const firstPage = time(30, () => listProducts(db, { limit: 50, sort: 'title_asc' }));
    const deepPage = cursor ? time(30, () => listProducts(db, { limit: 50, sort: 'title_asc', after: cursor })) : [NaN];
    console.log(`\ndeep keyset page (title_asc, row ~${hops * 500}): p95 ${percentile(deepPage, 95).toFixed(2)} ms vs first page p95 ${percentile(firstPage, 95).toFixed(2)} ms, ratio ${(percentile(deepPage, 50) / percentile(firstPage, 50)).toFixed(2)} (medians)`);
    console.log(`\ntotal: wall ${((performance.now() - wall0) / 1000).toFixed(1)} s, cpu ${(cpuMs(process.cpuUsage(cpu0)) / 1000).toFixed(1)} s; load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    db.close();
    if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    else console.log(`kept ${dir}`);
  })();
}

main();
