import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CsvExportResult, CsvImportPreview } from '../../src/shared/schemas/catalog-io';
import { catalogDump, FIXTURES_DIR, openStore, SAMPLES_DIR, type Store } from './helpers/catalog-io-harness';

const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});
async function store(): Promise<Store> {
  const s = await openStore();
  stores.push(s);
  return s;
}

/** import → export → import (fresh store) → export: same catalog, byte-identical exports. */
async function roundTrip(source: string) {
  const first = await store();
  const job1 = await first.importCsv(source);
  expect(job1.error, JSON.stringify(job1.error)).toBeNull();
  expect(job1.state).toBe('succeeded');
  const export1 = join(first.dir, 'export-1.csv');
  const result1 = await first.call<CsvExportResult>('catalog.exportShopifyCsv', { path: export1 });

  const second = await store();
  const preview = await second.call<CsvImportPreview>('catalog.previewShopifyCsv', { path: export1 });
  expect(preview.errors).toEqual([]);
  expect((await second.importCsv(export1)).state).toBe('succeeded');
  const export2 = join(second.dir, 'export-2.csv');
  const result2 = await second.call<CsvExportResult>('catalog.exportShopifyCsv', { path: export2 });

  expect(catalogDump(second.db())).toEqual(catalogDump(first.db()));
  expect(readFileSync(export2).equals(readFileSync(export1))).toBe(true);
  expect(result2).toEqual({ ...result1, path: export2 });

  // Importing the export back into the store it came from changes nothing.
  const before = catalogDump(first.db());
  const again = await first.call<CsvImportPreview>('catalog.previewShopifyCsv', { path: export1 });
  expect(again).toMatchObject({ creates: 0, updates: result1.products, errors: [] });
  expect((await first.importCsv(export1)).state).toBe('succeeded');
  expect(catalogDump(first.db())).toEqual(before);
  return { first, export1, result1 };
}

const samples = ['apparel.csv', 'jewelery.csv', 'home-and-garden.csv'];
describe.skipIf(!existsSync(SAMPLES_DIR))('Shopify CSV round trip on the real samples', () => {
  it.each(samples)('%s', async (name) => {
    const { first, result1 } = await roundTrip(join(SAMPLES_DIR, name));
    const preview = await first.call<CsvImportPreview>('catalog.previewShopifyCsv', { path: join(SAMPLES_DIR, name) });
    expect(preview.errors).toEqual([]);
    expect(result1).toMatchObject({ products: preview.products, variants: preview.variants, images: preview.images });
  });
});

describe('Shopify CSV round trip on the hand-written fixture', () => {
  it('BOM + CRLF + ; + multi-line HTML + 3 options + variant images + draft/archived', async () => {
    const { first, export1 } = await roundTrip(join(FIXTURES_DIR, 'semicolon-bom-crlf.csv'));
    const bytes = readFileSync(export1);
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toMatch(/^Handle,Title,Body \(HTML\),Vendor,Product Category,Type,Tags,Published,Option1 Name/);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"Linen Shirt; ""Summer"" edition"');
    expect(text).toContain(',49.90,59.00,');
    expect(text).toContain(',archived\r\n');
    expect(catalogDump(first.db())).toHaveLength(2);
  });
});
