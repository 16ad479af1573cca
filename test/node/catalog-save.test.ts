import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createBackend, DB_FILE } from '../../src/core/backend';
import type { Backend } from '../../src/core/backend-types';
import { silentLogger } from '../../src/core/ports';
import type { ApiErrorData } from '../../src/shared/api/errors';
import type { ProductDetail } from '../../src/shared/schemas/catalog';
import { sanitizeDescription } from '../../src/core/catalog/rules/sanitize-description';
import { readOutbox } from './helpers/outbox-rows';
import { advancingClock } from './helpers/test-db';
import { tempDir } from './helpers/temp-dir';

let backend: Backend | undefined;
let cleanup: (() => void) | undefined;
afterEach(async () => {
  await backend?.close();
  cleanup?.();
  backend = undefined;
});

async function open(): Promise<{ call: (m: string, input: unknown) => Promise<unknown>; fail: (m: string, input: unknown) => Promise<ApiErrorData>; db: () => Database.Database }> {
  const t = tempDir('sk-save-');
  cleanup = t.cleanup;
  backend = await createBackend({ dataDir: t.dir, appVersion: 'test', runJobs: false, logger: silentLogger, clock: advancingClock() });
  const b = backend;
  return {
    async call(method, input) {
      const reply = await b.dispatch(method as never, input);
      if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
      return reply.value;
    },
    async fail(method, input) {
      const reply = await b.dispatch(method as never, input);
      if (reply.ok) throw new Error(`${method} unexpectedly succeeded`);
      return reply.error;
    },
    // A second connection to read what the backend wrote (WAL: sees committed rows).
    db: () => new Database(join(t.dir, DB_FILE), { readonly: true }),
  };
}

const draft = (over: Record<string, unknown> = {}) => ({
  title: 'Kashan Rug',
  descriptionHtml: '<p>Hand <b>knotted</b></p>',
  vendor: 'Atelier',
  tags: ['wool', 'sale', 'wool'],
  status: 'active',
  translations: { titles: { fa: 'فرش کاشان', ru: 'Кашанский ковёр' }, descriptions: { fa: '<p>دست‌باف<script>x()</script></p>' } },
  options: [{ name: 'Size', values: ['S', 'M'] }],
  variants: [
    { sku: 'KSH-S', options: ['S'], priceMinor: 10000, compareAtMinor: 12000 },
    { sku: 'KSH-M', options: ['M'], priceMinor: 15000, barcode: '123', weightGrams: 900, inventory: 3 },
  ],
  ...over,
});

describe('catalog.saveProduct', () => {
  it('creates a product with translations, tags, options and variants, each with its create op', async () => {
    const api = await open();
    const p = (await api.call('catalog.saveProduct', draft())) as ProductDetail;
    expect(p).toMatchObject({
      handle: 'kashan-rug',
      title: 'Kashan Rug',
      status: 'active',
      tags: ['sale', 'wool'],
      titles: { en: 'Kashan Rug', fa: 'فرش کاشان', ru: 'Кашанский ковёр' },
      descriptions: { en: '<p>Hand <b>knotted</b></p>', fa: '<p>دست‌باف</p>' },
      options: [{ name: 'Size', values: ['S', 'M'] }],
      variants: [
        { sku: 'KSH-S', title: 'S', priceMinor: 10000, compareAtMinor: 12000, options: ['S'] },
        { sku: 'KSH-M', priceMinor: 15000, barcode: '123', weightGrams: 900, inventory: 3 },
      ],
    });
    const db = api.db();
    const ops = readOutbox(db);
    db.close();
    expect(ops.map((o) => [o.type, o.kind])).toEqual([
      ['product', 'create'],
      ['productOption', 'create'],
      ['variant', 'create'],
      ['variant', 'create'],
    ]);
    expect(ops[0].patch).toMatchObject({ title: 'Kashan Rug', tags: ['sale', 'wool'], titleFa: 'فرش کاشان', handle: 'kashan-rug' });
  });

  it('updates in place: changed fields only, removed variants deleted, new ones created, one undo step', async () => {
    const api = await open();
    const p = (await api.call('catalog.saveProduct', draft())) as ProductDetail;
    const [s, m] = p.variants;
    const saved = (await api.call('catalog.saveProduct', {
      ...draft(),
      id: p.id,
      expectedUpdatedAt: p.updatedAt,
      handle: 'kashan-rug',
      title: 'Kashan Rug II',
      tags: ['wool'],
      options: [{ name: 'Size', values: ['S', 'L'] }],
      variants: [
        { id: s.id, sku: 'KSH-S', options: ['S'], priceMinor: 9000 },
        { sku: 'KSH-L', options: ['L'], priceMinor: 20000 },
      ],
    })) as ProductDetail;
    expect(saved.variants.map((v) => v.sku)).toEqual(['KSH-S', 'KSH-L']);
    expect(saved.variants.map((v) => v.sku)).not.toContain(m.sku);
    expect(saved.tags).toEqual(['wool']);
    // Nothing was pushed yet, so everything is still folded into the create ops.
    const db = api.db();
    const ops = readOutbox(db);
    db.close();
    expect(ops.filter((o) => o.type === 'variant').map((o) => o.kind)).toEqual(['create', 'create']);
    expect(ops[0].patch).toMatchObject({ title: 'Kashan Rug II', tags: ['wool'] });
    const history = (await api.call('catalog.history', {})) as { labelKey: string }[];
    expect(history.map((h) => h.labelKey)).toEqual(['history.edit_product', 'history.create_product']);
  });

  it('rejects a stale save (errors.product_changed), a taken handle and a taken SKU with field paths', async () => {
    const api = await open();
    const a = (await api.call('catalog.saveProduct', draft())) as ProductDetail;
    await api.call('catalog.updateProduct', { id: a.id, patch: { vendor: 'Elsewhere' } });
    const stale = await api.fail('catalog.saveProduct', { ...draft(), id: a.id, expectedUpdatedAt: a.updatedAt });
    expect(stale).toMatchObject({ code: 'conflict', i18nKey: 'errors.product_changed' });

    const handle = await api.fail('catalog.saveProduct', draft({ handle: 'kashan-rug', variants: [{ sku: 'X-1', priceMinor: 1 }], options: [] }));
    expect(handle).toMatchObject({ code: 'conflict', i18nKey: 'errors.handle_taken', issues: [{ path: ['handle'] }] });

    const sku = await api.fail('catalog.saveProduct', draft({ title: 'Other', options: [], variants: [{ sku: 'X-1', priceMinor: 1 }, { sku: 'KSH-M', priceMinor: 1 }] }));
    expect(sku).toMatchObject({ code: 'conflict', i18nKey: 'errors.sku_taken', params: { sku: 'KSH-M' }, issues: [{ path: ['variants', 1, 'sku'] }] });
    // A new product without an explicit handle gets the next free one.
    const b = (await api.call('catalog.saveProduct', draft({ variants: [{ sku: 'B-1', priceMinor: 5 }], options: [] }))) as ProductDetail;
    expect(b.handle).toBe('kashan-rug-2');
  });

  it('answers validation with inline paths (duplicate SKU, compare-at, negative price, bad handle, 4 options)', async () => {
    const api = await open();
    const err = await api.fail(
      'catalog.saveProduct',
      draft({
        handle: 'Not A Handle',
        options: [],
        variants: [
          { sku: 'A', priceMinor: 100, compareAtMinor: 100 },
          { sku: 'B', priceMinor: -1 },
          { sku: 'a', priceMinor: 5 },
        ],
      }),
    );
    expect(err.code).toBe('validation');
    const paths = (err.issues ?? []).map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['handle', 'variants.0.compareAtMinor', 'variants.1.priceMinor']));
    const four = await api.fail('catalog.saveProduct', draft({ options: [1, 2, 3, 4].map((n) => ({ name: `O${n}`, values: ['x'] })) }));
    expect(four.issues?.[0].path).toEqual(['options']);
    const dup = await api.fail('catalog.saveProduct', draft({ options: [], variants: [{ sku: 'A', priceMinor: 1 }, { sku: 'a', priceMinor: 1 }] }));
    expect(dup.issues?.map((i) => i.path.join('.'))).toEqual(['variants.1.sku']);
  });
});

describe('description sanitising (strict allowlist)', () => {
  it.each([
    ['<p onclick="x()">Hi <script>alert(1)</script><style>p{}</style></p>', '<p>Hi </p>'],
    ['<a href="javascript:alert(1)">x</a><a href="https://a.example/">y</a>', '<a>x</a><a href="https://a.example/">y</a>'],
    ['<a href="mailto:a@b.c" target="_blank" class="c">m</a>', '<a href="mailto:a@b.c">m</a>'],
    ['<h1>T</h1><h2>S</h2><img src="https://x/y.png"><iframe src="https://x"></iframe>', 'T<h2>S</h2>'],
    ['<ul><li><em>a</em></li></ul><blockquote><u>q</u></blockquote><br>', '<ul><li><em>a</em></li></ul><blockquote><u>q</u></blockquote><br />'],
    ['<a href="//evil.example/">p</a><a href="http://plain.example/">h</a>', '<a>p</a><a>h</a>'],
  ])('%s', (input, output) => {
    expect(sanitizeDescription(input)).toBe(output);
  });
});
