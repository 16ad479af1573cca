import { readFile } from 'node:fs/promises';
import { ImportSource } from '../../shared/schemas/media';
import type { Ctx } from '../context';
import type { TaskFn } from '../jobs/queue';
import { commitProcessed, discardUnreferenced, finish, type Outcome } from './import-commit';
import { listImportFiles, planImport } from './import-plan';
import type { PipelineResult, ProcessedImage } from './pipeline';
import { mediaRepo, type ImportItemRow } from './repo';
import { NearDuplicateIndex } from './rules/near-duplicate';
import { writeMediaFile } from './store';

/** Two photos in flight: parallelism comes from images, not libvips threads (platform.md §1). */
export const IMAGES_IN_FLIGHT = 2;

/**
 * The `media.import` job. Step `scan` walks and matches the files once and writes the plan
 * to media_import_items; step `photos` runs every pending file through the worker pool
 * (2 in flight), stores its files, and commits results strictly in plan order (so gallery
 * positions follow the plan whichever photo finishes first). Each file's outcome commits
 * with its rows, so a restarted job skips finished files; cancel stops between files.
 */
export const mediaImportTask =
  (ctx: () => Ctx): TaskFn =>
  async ({ job, params, signal, progress }) => {
    const { db, clock, mediaDir } = ctx();
    const repo = mediaRepo(db);
    const source = ImportSource.parse(params);
    const now = () => new Date(clock.now()).toISOString();

    if (repo.itemCount.get(job.id) === 0) {
      progress(0, 0, 'scan');
      const plan = planImport(db, source, await listImportFiles(source.paths));
      db.transaction(() => {
        plan.forEach((p, i) =>
          repo.insertItem.run({
            jobId: job.id,
            seq: i + 1,
            path: p.file,
            productId: p.productId,
            sku: p.sku,
            state: p.productId === null ? 'rejected' : 'pending',
            code: p.productId === null ? 'no_match' : null,
            params: '{}',
            finishedAt: p.productId === null ? now() : null,
          }),
        );
      })();
    }
    const items = repo.items.all(job.id);
    const pending = items.filter((i) => i.state === 'pending');
    let done = items.length - pending.length;
    progress(done, items.length, 'photos');

    const near = new NearDuplicateIndex();
    for (const h of repo.hashes.all()) near.add({ id: h.id, productId: h.product_id, dhash: h.dhash, phash: h.phash, dhashMirror: h.dhash_mirror });

    // Reorder buffer: results land in any order, commits happen in seq order.
    const ready = new Map<number, PipelineResult | { ok: false; code: 'unreadable'; params: Record<string, string> }>();
    const written: { sha256: string; ext: string }[][] = [];
    let nextToCommit = 0;
    const commitReady = () => {
      while (nextToCommit < pending.length && ready.has(nextToCommit) && !signal.aborted) {
        const item = pending[nextToCommit];
        const result = ready.get(nextToCommit)!;
        ready.delete(nextToCommit);
        commitOne(item, result);
        nextToCommit++;
        progress(++done, items.length, 'photos');
      }
    };
    const commitOne = (item: ImportItemRow, result: PipelineResult | { ok: false; code: string; params: Record<string, string> }): Outcome => {
      if (!result.ok) return finish(db, item, { state: 'rejected', code: result.code, params: result.params }, now());
      return commitProcessed(db, clock, item, result, near);
    };

    let launched = 0;
    const worker = async (): Promise<void> => {
      while (!signal.aborted && launched < pending.length) {
        const index = launched++;
        const item = pending[index];
        const result = await processFile(ctx(), item.path, (files) => (written[index] = files));
        if (signal.aborted) return;
        ready.set(index, result);
        commitReady();
      }
    };
    try {
      await Promise.all(Array.from({ length: IMAGES_IN_FLIGHT }, worker));
    } finally {
      // Files of photos that were processed but not committed (cancel, failure) go now.
      const uncommitted = written.slice(nextToCommit).flat().filter(Boolean);
      if (uncommitted.length) await discardUnreferenced(db, mediaDir, uncommitted);
    }
    if (signal.aborted) throw Object.assign(new Error('import cancelled'), { name: 'AbortError' });
    const rows = repo.items.all(job.id);
    return {
      imported: rows.filter((r) => r.state === 'imported').length,
      duplicates: rows.filter((r) => r.state === 'duplicate').length,
      rejected: rows.filter((r) => r.state === 'rejected').length,
    };
  };

async function processFile(
  ctx: Ctx,
  path: string,
  onWritten: (files: { sha256: string; ext: string }[]) => void,
): Promise<PipelineResult | { ok: false; code: 'unreadable'; params: Record<string, string> }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, code: 'unreadable', params: { detail: (e as NodeJS.ErrnoException).code ?? 'read failed' } };
  }
  let result: PipelineResult;
  try {
    result = await ctx.workers().run<PipelineResult>('media.process', { bytes: new Uint8Array(bytes) });
  } catch (e) {
    // A worker that died on this file (the pool replaces it) is a corrupt file, not a failed job.
    return { ok: false, code: 'corrupt', params: { detail: String((e as Error).message).slice(0, 200) } } as PipelineResult;
  }
  if (result.ok) await storeFiles(ctx.mediaDir, result, onWritten);
  return result;
}

/** Writes the original and the derivatives (temp → fsync → rename) before the rows commit. */
async function storeFiles(mediaDir: string, result: ProcessedImage, onWritten: (files: { sha256: string; ext: string }[]) => void) {
  const files: { sha256: string; ext: string }[] = [];
  onWritten(files);
  const original = await writeMediaFile(mediaDir, result.original.bytes, result.original.ext);
  files.push({ sha256: original.sha256, ext: result.original.ext });
  for (const d of result.derivatives) {
    const stored = await writeMediaFile(mediaDir, d.bytes, d.ext);
    files.push({ sha256: stored.sha256, ext: d.ext });
    d.sha256 = stored.sha256;
  }
}
