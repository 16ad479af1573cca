import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, DB_FILE } from '../../src/core/backend';
import type { Backend } from '../../src/core/backend-types';
import { openDatabase } from '../../src/core/db/open';
import { silentLogger } from '../../src/core/ports';
import type { Job } from '../../src/shared/schemas/job';
import type { GalleryImage, ImportPreview, ImportStatus } from '../../src/shared/schemas/media';
import { insertProduct, insertVariant } from './helpers/fixtures';
import { photoJpeg } from './helpers/media-images';
import { readOutbox } from './helpers/outbox-rows';
import { tempDir } from './helpers/temp-dir';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function store(): Promise<{ dir: string; photos: string; products: { rug: number; lamp: number }; lampVariants: number[] }> {
  const t = tempDir('sk-media-');
  cleanups.push(t.cleanup);
  const { db } = await openDatabase(join(t.dir, DB_FILE));
  const rug = insertProduct(db, { title: 'Kashan rug', handle: 'kashan-rug', vendor: 'Atelier' });
  insertVariant(db, rug, { sku: 'RUG-1', options: ['Red'] });
  const lamp = insertProduct(db, { title: 'Brass lamp', handle: 'brass-lamp' });
  const lampVariants = [insertVariant(db, lamp, { sku: 'LAMP-S', options: ['Small'] }), insertVariant(db, lamp, { sku: 'LAMP-L', options: ['Large'], position: 2 })];
  db.close();
  const photos = join(t.dir, 'shoot');
  mkdirSync(photos);
  return { dir: t.dir, photos, products: { rug, lamp }, lampVariants };
}

async function open(dir: string): Promise<Backend> {
  const backend = await createBackend({ dataDir: dir, appVersion: 'test', runJobs: true, logger: silentLogger });
  cleanups.push(() => backend.close());
  return backend;
}

async function call<T>(backend: Backend, method: Parameters<Backend['dispatch']>[0], input: unknown): Promise<T> {
  const reply = await backend.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

function waitForJob(backend: Backend, jobId: number, until: (job: Job) => boolean = (j) => ['succeeded', 'failed', 'cancelled'].includes(j.state)): Promise<Job> {
  return new Promise((resolve) => {
    const off = backend.onEvent((event, payload) => {
      const job = payload as Job;
      if (event === 'jobs.progress' && job.id === jobId && until(job)) {
        off();
        resolve(job);
      }
    });
  });
}

/** Every stored file has a row, none is empty or a temp file. */
function expectCleanStore(dir: string): void {
  const db = new Database(join(dir, DB_FILE), { readonly: true });
  try {
    const known = db.prepare('SELECT 1 FROM media_files WHERE sha256 = ?').pluck();
    const root = join(dir, 'media', 'files');
    for (const sub of readdirSync(root)) {
      for (const name of readdirSync(join(root, sub))) {
        expect(name.startsWith('.tmp-'), name).toBe(false);
        expect(statSync(join(root, sub, name)).size, name).toBeGreaterThan(0);
        expect(known.get(name.split('.')[0]), `orphan ${name}`).toBe(1);
      }
    }
  } finally {
    db.close();
  }
}

describe('media.import job', () => {
  it('previews and imports a photographer folder by SKU, with positions, duplicates, rejections and outbox ops', { timeout: 60_000 }, async () => {
    const s = await store();
    const w = (name: string, bytes: Uint8Array) => writeFileSync(join(s.photos, name), bytes);
    w('RUG-1.jpg', await photoJpeg(1200, 900, 1));
    w('rug-1-back.jpg', await photoJpeg(1200, 900, 2));
    w('RUG-1_2.jpg', await photoJpeg(1200, 900, 3));
    w('LAMP-S (2).jpg', await photoJpeg(900, 900, 4));
    w('LAMP-L.jpg', await sharp(await photoJpeg(900, 900, 4)).flop().jpeg().toBuffer()); // mirror of LAMP-S (2)
    w('unknown.jpg', await photoJpeg(600, 600, 5));
    w('broken.jpg', (await photoJpeg(800, 600, 6)).subarray(0, 5000));
    w('empty.jpg', new Uint8Array());
    w('.hidden.jpg', await photoJpeg(600, 600, 7));
    const backend = await open(s.dir);

    const preview = await call<ImportPreview>(backend, 'media.previewImport', { paths: [s.photos], match: 'sku' });
    // Products in the order their first file sorts; within one, numbers then angles.
    expect(preview.matches.map((m) => [m.file.split('/').pop(), m.sku, m.position])).toEqual([
      ['LAMP-L.jpg', 'LAMP-L', 1],
      ['LAMP-S (2).jpg', 'LAMP-S', 2],
      ['RUG-1.jpg', 'RUG-1', 1],
      ['RUG-1_2.jpg', 'RUG-1', 2],
      ['rug-1-back.jpg', 'RUG-1', 3],
    ]);
    expect(preview.unmatched.map((f) => f.split('/').pop()).sort()).toEqual(['broken.jpg', 'unknown.jpg']);
    expect(preview.rejectedEarly.map((r) => [r.file.split('/').pop(), r.code])).toEqual([['empty.jpg', 'empty']]);

    const progress: Job[] = [];
    backend.onEvent((event, payload) => event === 'jobs.progress' && progress.push(payload as Job));
    const { jobId } = await call<{ jobId: number }>(backend, 'media.import', { paths: [s.photos], match: 'sku' });
    const job = await waitForJob(backend, jobId);
    expect(job.state).toBe('succeeded');
    expect(progress.some((j) => j.step === 'jobs.step.photos' && j.total === 8 && j.done > 0)).toBe(true);

    const status = await call<ImportStatus>(backend, 'media.importStatus', { jobId });
    expect([status.done, status.total, status.currentFile]).toEqual([8, 8, null]);
    expect(status.imported.map((i) => [i.file.split('/').pop(), i.productSku, i.position])).toEqual(
      preview.matches.map((m) => [m.file.split('/').pop(), m.sku, m.position]),
    );
    // LAMP-S (2) is LAMP-L mirrored: imported, but flagged as its near-duplicate.
    expect(status.imported[1].flags).toContain(`duplicate_of:${status.imported[0].imageId}`);
    expect(status.imported[0].flags).toEqual([]);
    const rugFirst = status.imported[2];
    expect(status.rejected.map((r) => [r.file.split('/').pop(), r.code]).sort()).toEqual([
      ['broken.jpg', 'no_match'],
      ['empty.jpg', 'no_match'],
      ['unknown.jpg', 'no_match'],
    ]);

    // The same bytes again: reported as duplicates of the existing images, no new image.
    const again = await call<{ jobId: number }>(backend, 'media.import', { paths: [join(s.photos, 'RUG-1.jpg'), join(s.photos, 'broken.jpg'), join(s.photos, 'empty.jpg')], productId: s.products.rug });
    await waitForJob(backend, again.jobId);
    const second = await call<ImportStatus>(backend, 'media.importStatus', { jobId: again.jobId });
    expect(second.duplicates).toEqual([{ file: join(s.photos, 'RUG-1.jpg'), imageId: rugFirst.imageId }]);
    expect(second.rejected.map((r) => r.code).sort()).toEqual(['corrupt', 'empty']);

    const gallery = await call<GalleryImage[]>(backend, 'media.listImages', { productId: s.products.rug });
    expect(gallery.map((g) => g.position)).toEqual([1, 2, 3]);
    expect(gallery[0].primary).toBe(true);
    expect(Object.keys(gallery[0].derivatives).sort()).toEqual(['w1600.webp', 'w400.avif', 'w400.webp']);
    expect(gallery[0].derivatives['w400.webp'].url).toMatch(/^\/media\/[0-9a-f]{64}\.webp$/);
    expect(gallery[0].original?.url).toMatch(/\.jpg$/);
    await backend.close();

    const db = new Database(join(s.dir, DB_FILE), { readonly: true });
    const creates = readOutbox(db).filter((o) => o.type === 'image' && o.kind === 'create');
    expect(creates).toHaveLength(5);
    expect(creates[0].patch).toMatchObject({ productId: s.products.lamp, position: 1, format: 'jpeg', fileName: 'LAMP-L.jpg' });
    db.close();
    expectCleanStore(s.dir);
  });

  it('cancels, and resumes after the backend is closed mid-job without redoing finished files', { timeout: 90_000 }, async () => {
    const s = await store();
    for (let i = 1; i <= 10; i++) writeFileSync(join(s.photos, `brass-lamp_${i}.jpg`), await photoJpeg(1600, 1200, 100 + i));

    const first = await open(s.dir);
    const { jobId } = await call<{ jobId: number }>(first, 'media.import', { paths: [s.photos], match: 'handle' });
    await waitForJob(first, jobId, (j) => j.done >= 3);
    await first.close();
    const db = new Database(join(s.dir, DB_FILE), { readonly: true });
    const doneBefore = db.prepare("SELECT count(*) FROM media_import_items WHERE job_id = ? AND state = 'imported'").pluck().get(jobId) as number;
    db.close();
    expect(doneBefore).toBeGreaterThanOrEqual(3);
    expect(doneBefore).toBeLessThan(10);

    const second = await open(s.dir);
    const resumed = await call<ImportStatus>(second, 'media.importStatus', { jobId });
    expect(resumed.done).toBeGreaterThanOrEqual(doneBefore);
    await waitForJob(second, jobId);
    const status = await call<ImportStatus>(second, 'media.importStatus', { jobId });
    expect(status.imported.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(status.duplicates).toEqual([]);
    const gallery = await call<GalleryImage[]>(second, 'media.listImages', { productId: s.products.lamp });
    expect(gallery.map((g) => g.fileName)).toEqual(Array.from({ length: 10 }, (_, i) => `brass-lamp_${i + 1}.jpg`));

    // Cancel: a new import stops between files and leaves no orphan.
    for (let i = 1; i <= 6; i++) writeFileSync(join(s.photos, `kashan-rug-${i}.jpg`), await photoJpeg(1600, 1200, 200 + i));
    const cancelled = await call<{ jobId: number }>(second, 'media.import', { paths: [s.photos], match: 'handle' });
    await waitForJob(second, cancelled.jobId, (j) => j.step === 'jobs.step.photos');
    await call(second, 'jobs.cancel', { id: cancelled.jobId });
    expect((await waitForJob(second, cancelled.jobId)).state).toBe('cancelled');
    await second.close();
    expectCleanStore(s.dir);
  });
});

describe('gallery methods', () => {
  it('reorders, sets primary, binds variants, edits alt (outbox), bulk-fills alt and removes', { timeout: 60_000 }, async () => {
    const s = await store();
    for (let i = 1; i <= 3; i++) writeFileSync(join(s.photos, `LAMP-S_${i}.jpg`), await photoJpeg(800, 800, 300 + i));
    const backend = await open(s.dir);
    const { jobId } = await call<{ jobId: number }>(backend, 'media.import', { paths: [s.photos], productSku: 'lamp-s' });
    await waitForJob(backend, jobId);
    const [a, b, c] = (await call<GalleryImage[]>(backend, 'media.listImages', { productId: s.products.lamp })).map((g) => g.id);

    let gallery = await call<GalleryImage[]>(backend, 'media.reorder', { productId: s.products.lamp, imageIds: [c, a, b] });
    expect(gallery.map((g) => g.id)).toEqual([c, a, b]);
    expect((await backend.dispatch('media.reorder', { productId: s.products.lamp, imageIds: [a, b] })).ok).toBe(false);
    gallery = await call<GalleryImage[]>(backend, 'media.setPrimary', { imageId: b });
    expect(gallery.map((g) => [g.id, g.position])).toEqual([[b, 1], [c, 2], [a, 3]]);

    gallery = await call<GalleryImage[]>(backend, 'media.bindVariants', { imageId: a, variantIds: s.lampVariants });
    expect(gallery.find((g) => g.id === a)!.variantIds).toEqual(s.lampVariants);
    gallery = await call<GalleryImage[]>(backend, 'media.bindVariants', { imageId: c, variantIds: [s.lampVariants[1]] });
    expect(gallery.find((g) => g.id === a)!.variantIds).toEqual([s.lampVariants[0]]);

    const edited = await call<GalleryImage>(backend, 'media.setAlt', { imageId: b, locale: 'ar', alt: 'مصباح نحاسي' });
    expect(edited.alt.ar).toBe('مصباح نحاسي');
    expect((await backend.dispatch('media.setAlt', { imageId: b, locale: 'en', alt: 'x'.repeat(513) })).ok).toBe(false);

    const bulk = { productIds: [s.products.lamp], locale: 'ar', pattern: '{title} – {option1} – view {n}', onlyMissing: true };
    const preview = await call<{ rows: { imageId: number; after: string }[] }>(backend, 'media.bulkAltPreview', bulk);
    expect(preview.rows.map((r) => [r.imageId, r.after])).toEqual([
      [c, 'Brass lamp – Large – view 2'],
      [a, 'Brass lamp – Small – view 3'],
    ]);
    expect(await call(backend, 'media.bulkAltApply', bulk)).toEqual({ updated: 2 });
    expect((await call<{ rows: unknown[] }>(backend, 'media.bulkAltPreview', bulk)).rows).toEqual([]);

    expect(await call(backend, 'media.remove', { imageIds: [c] })).toEqual({ removed: 1 });
    gallery = await call<GalleryImage[]>(backend, 'media.listImages', { productId: s.products.lamp });
    expect(gallery.map((g) => [g.id, g.position])).toEqual([[b, 1], [a, 2]]);
    await backend.close();

    const db = new Database(join(s.dir, DB_FILE), { readonly: true });
    const ops = readOutbox(db);
    db.close();
    const imageOps = (id: number) => ops.filter((o) => o.type === 'image' && o.entityId === String(id));
    expect(imageOps(b)[0].patch).toMatchObject({ altAr: 'مصباح نحاسي', position: 1 }); // coalesced into the pending create
    expect(imageOps(c).map((o) => o.kind)).toEqual([]); // created and removed before any push: nothing to send
    // LAMP-L went a → c → unbound (c removed): back to its base, so its op cancelled out.
    expect(ops.filter((o) => o.type === 'variant').map((o) => [o.entityId, o.patch])).toEqual([
      [String(s.lampVariants[0]), { imageId: a }],
    ]);
  });

  it('startup sweep removes temp, 0-byte and unreferenced files and keeps referenced ones', { timeout: 30_000 }, async () => {
    const s = await store();
    writeFileSync(join(s.photos, 'RUG-1.jpg'), await photoJpeg(800, 600, 400));
    let backend = await open(s.dir);
    const { jobId } = await call<{ jobId: number }>(backend, 'media.import', { paths: [s.photos], match: 'sku' });
    await waitForJob(backend, jobId);
    await backend.close();

    const folder = join(s.dir, 'media', 'files', 'ab');
    mkdirSync(folder, { recursive: true });
    const old = new Date(Date.now() - 3_600_000);
    const plant = (name: string, bytes: Uint8Array) => {
      writeFileSync(join(folder, name), bytes);
      utimesSync(join(folder, name), old, old);
    };
    plant('.tmp-abcdef-123456', new Uint8Array([1, 2, 3]));
    plant(`${'ab'.padEnd(64, '0')}.webp`, new Uint8Array());
    plant(`${'ab'.padEnd(64, '1')}.jpg`, new Uint8Array([9, 9, 9]));
    backend = await open(s.dir);
    await new Promise((r) => setTimeout(r, 300)); // the sweep runs after start, unawaited
    expect(readdirSync(folder)).toEqual([]);
    const gallery = await call<GalleryImage[]>(backend, 'media.listImages', { productSku: 'RUG-1' });
    expect(gallery).toHaveLength(1);
    await backend.close();
    expectCleanStore(s.dir);
  });
});
