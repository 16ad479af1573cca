import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../src/core/backend';
import { openDatabase } from '../../src/core/db/open';
import { insertProduct, insertVariant } from './helpers/fixtures';
import { photoJpeg } from './helpers/media-images';
import { tempDir } from './helpers/temp-dir';
import { runCli } from './helpers/run-cli';

const t = tempDir('sk-media-cli-');
afterAll(() => t.cleanup());

const cli = runCli;

describe('storekeeper images', () => {
  it('import --json prints exactly one object; list --json gives file paths on disk', { timeout: 90_000 }, async () => {
    const data = join(t.dir, 'data');
    mkdirSync(data);
    const { db } = await openDatabase(join(data, DB_FILE));
    insertVariant(db, insertProduct(db, { title: 'Kashan rug', handle: 'kashan-rug' }), { sku: 'RUG-1' });
    db.close();
    const shoot = join(t.dir, 'shoot');
    mkdirSync(shoot);
    writeFileSync(join(shoot, 'RUG-1.jpg'), await photoJpeg(800, 600, 1));
    writeFileSync(join(shoot, 'rug-1_2.jpg'), await photoJpeg(800, 600, 2));
    writeFileSync(join(shoot, 'notes.txt'), 'not a photo');

    const run = await cli(['images', 'import', shoot, '--match', 'sku', '--json', '--data-dir', data]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]) as Record<string, { file: string; imageId?: unknown }[]>;
    expect(Object.keys(out).sort()).toEqual(['duplicates', 'imported', 'rejected']);
    expect(out.imported.map((i) => ({ ...i, imageId: typeof i.imageId }))).toEqual([
      { file: join(shoot, 'RUG-1.jpg'), productSku: 'RUG-1', imageId: 'number', position: 1 },
      { file: join(shoot, 'rug-1_2.jpg'), productSku: 'RUG-1', imageId: 'number', position: 2 },
    ]);
    expect(out.rejected).toEqual([{ file: join(shoot, 'notes.txt'), code: 'no_match', reason: expect.any(String) }]);
    expect(out.duplicates).toEqual([]);

    const again = await cli(['images', 'import', join(shoot, 'RUG-1.jpg'), '--product', 'RUG-1', '--json', '--data-dir', data]);
    expect(JSON.parse(again.stdout).duplicates).toHaveLength(1);

    const list = await cli(['images', 'list', '--product', 'rug-1', '--json', '--data-dir', data]);
    expect(list.code, list.stderr).toBe(0);
    const images = JSON.parse(list.stdout) as { original: string; derivatives: Record<string, string>; width: number; hashes: { dhash: string } }[];
    expect(images).toHaveLength(2);
    expect(images[0].original.startsWith(join(data, 'media', 'files'))).toBe(true);
    expect(Object.keys(images[0].derivatives).sort()).toEqual(['w1600.webp', 'w400.avif', 'w400.webp']);
    expect(images[0].width).toBe(800);
    expect(images[0].hashes.dhash).toMatch(/^[0-9a-f]{16}$/);

    expect((await cli(['images', 'import', shoot, '--data-dir', data])).code).toBe(2);
  });
});
