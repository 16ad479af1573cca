import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/open';
import { DB_FILE } from '../../src/core/backend';
import { insertProduct, insertTranslation, insertVariant } from './helpers/fixtures';
import { tempDir } from './helpers/temp-dir';
import { runCli } from './helpers/run-cli';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const cli = runCli;

describe('storekeeper products list', () => {
  it('prints products with handle and variants as JSON, filtered by --query in any language', async () => {
    const t = tempDir('sk-cli-products-');
    cleanups.push(t.cleanup);
    const { db } = await openDatabase(join(t.dir, DB_FILE));
    const rug = insertProduct(db, { title: 'Kashan rug', handle: 'kashan-rug', updatedAt: '2026-01-02T00:00:00.000Z' });
    insertTranslation(db, rug, 'ru', 'Кашанский ковёр');
    insertVariant(db, rug, { sku: 'KSH-1', priceMinor: 120000 });
    insertVariant(db, rug, { sku: 'KSH-2', priceMinor: 99000, position: 2 });
    insertProduct(db, { title: 'Lamp', handle: 'lamp' });
    db.close();

    const all = await cli(['products', 'list', '--json', '--data-dir', t.dir]);
    expect(all.code, all.stderr).toBe(0);
    expect(JSON.parse(all.stdout)).toEqual([
      {
        id: rug,
        handle: 'kashan-rug',
        title: 'Kashan rug',
        status: 'active',
        variants: [
          { sku: 'KSH-1', priceMinor: 120000, currency: 'USD' },
          { sku: 'KSH-2', priceMinor: 99000, currency: 'USD' },
        ],
      },
      expect.objectContaining({ handle: 'lamp', variants: [] }),
    ]);
    const ru = await cli(['products', 'list', '--query', 'кашанский', '--limit', '5', '--json', '--data-dir', t.dir]);
    expect((JSON.parse(ru.stdout) as { handle: string }[]).map((p) => p.handle)).toEqual(['kashan-rug']);
    const text = await cli(['products', 'list', '--limit', '1', '--data-dir', t.dir]);
    expect(text.stdout).toContain('KSH-1');
    expect(text.stdout).not.toContain('lamp');
    const bad = await cli(['products', 'frobnicate', '--data-dir', t.dir]);
    expect(bad.code).toBe(2);
  }, 60_000);
});
