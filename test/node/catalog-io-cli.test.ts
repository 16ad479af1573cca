import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from './helpers/catalog-io-harness';
import { tempDir } from './helpers/temp-dir';
import { runCli } from './helpers/run-cli';

const tmp = tempDir('sk-csv-cli-');
afterAll(() => tmp.cleanup());

// Every call works in this test's own data folder, never the user's.
const cli = (args: string[]) => runCli([...args, '--data-dir', tmp.dir]);

describe('storekeeper import/export shopify-csv', () => {
  it('dry run, a failing file (exit 1, nothing imported), the import and the export', async () => {
    const dry = await cli(['import', 'shopify-csv', join(FIXTURES_DIR, 'semicolon-bom-crlf.csv'), '--dry-run', '--json']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, imported: false, products: 2, creates: 2, errors: [] });

    const bad = await cli(['import', 'shopify-csv', join(FIXTURES_DIR, 'row-errors.csv'), '--json']);
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout) as { imported: boolean; errors: { line: number; code: string }[] };
    expect(report.imported).toBe(false);
    expect(report.errors[0]).toMatchObject({ line: 5, code: 'duplicate_sku' });

    const badText = await cli(['import', 'shopify-csv', join(FIXTURES_DIR, 'row-errors.csv'), '--dry-run']);
    expect(badText.code).toBe(1);
    expect(badText.stdout).toContain('line 6 [Variant Price]: invalid_price (value=10.999)');

    const empty = await cli(['export', 'shopify-csv', join(tmp.dir, 'empty.csv'), '--json']);
    expect(empty.code, empty.stderr).toBe(0);
    expect(JSON.parse(empty.stdout)).toMatchObject({ products: 0, rows: 0 });

    const ok = await cli(['import', 'shopify-csv', join(FIXTURES_DIR, 'semicolon-bom-crlf.csv'), '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ imported: true, products: 2 });

    const out = join(tmp.dir, 'out.csv');
    const exported = await cli(['export', 'shopify-csv', out]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('Exported 2 products, 4 variants, 3 images (4 rows)');
    expect(readFileSync(out, 'utf8')).toMatch(/^\ufeffHandle,Title,/);
  }, 60_000);

  it('usage errors exit 2', async () => {
    for (const args of [['import', 'xlsx', 'a.csv'], ['import', 'shopify-csv'], ['export']]) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
    }
  }, 60_000);
});
