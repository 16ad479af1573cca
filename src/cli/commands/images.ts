import { resolve } from 'node:path';
import type { Backend } from '../../core/backend-types';
import { mediaFilePath } from '../../core/media/store';
import type { Job } from '../../shared/schemas/job';
import type { GalleryImage, ImportStatus } from '../../shared/schemas/media';
import type { Command, CommandContext } from '../command';
import { choiceOption } from '../args';
import { CommandFailure, EXIT_OK, UsageError } from '../errors';
import { openBackend } from '../open-backend';
import { watchJobs } from '../wait-for-job';

/** English reasons for the CLI (the app translates `media.reject.<code>` instead). */
const REASONS: Record<string, string> = {
  empty: 'the file is empty',
  unsupported_format: 'not a supported photo format',
  corrupt: 'damaged or truncated',
  too_many_pixels: 'more than 120 megapixels',
  animated: 'animated image',
  too_small: 'shortest side under 200 px',
  unreadable: 'the file could not be read',
  no_match: 'no product SKU or handle matches the file name',
};

export const imagesCommand: Command = {
  name: 'images',
  summary: 'import product photos, list a gallery',
  help: `Usage: storekeeper images import <dir-or-file>… [--product SKU | --match sku|handle] [--json]
       storekeeper images list [--product SKU] [--json]

import   runs the photo import job (folders are walked, hidden files skipped) and waits.
         --product SKU     attach every photo to the product with this variant SKU or handle
         --match sku|handle  match file names (SKU123.jpg, SKU123_2.jpg, SKU123-back.jpg)
         --json prints {imported:[{file, productSku, imageId, position}],
                        rejected:[{file, code, reason}], duplicates:[{file, imageId}]}
list     prints each image with its file paths on disk, size, alt text and hashes.`,
  options: {
    product: { type: 'string' },
    match: { type: 'string' },
  },
  maxPositionals: 100_000,
  async run(ctx) {
    const [sub, ...rest] = ctx.positionals;
    if (sub === 'import') return runImport(ctx, rest);
    if (sub === 'list') {
      if (rest.length) throw new UsageError('images list: takes no file arguments');
      return runList(ctx);
    }
    throw new UsageError(`images: expected "import" or "list"${sub ? `, got "${sub}"` : ''}`);
  },
};

async function runImport(ctx: CommandContext, files: string[]): Promise<number> {
  if (files.length === 0) throw new UsageError('images import: give at least one file or folder');
  const match = choiceOption(ctx.values.match, 'match', ['sku', 'handle'] as const);
  const product = typeof ctx.values.product === 'string' ? ctx.values.product : undefined;
  if ((match === undefined) === (product === undefined)) throw new UsageError('images import: give exactly one of --product or --match');

  const backend = await openBackend({ dataDir: ctx.dataDir, runJobs: true, verbose: ctx.verbose });
  const jobs = watchJobs(backend);
  let jobId: number | null = null;
  const cancel = () => {
    ctx.io.err('storekeeper: cancelling the import…');
    if (jobId !== null) void backend.dispatch('jobs.cancel', { id: jobId });
  };
  process.once('SIGINT', cancel);
  try {
    const paths = files.map((f) => resolve(f));
    const started = await backend.dispatch('media.import', product ? { paths, productSku: product } : { paths, match });
    if (!started.ok) throw CommandFailure.fromEnvelope('images import', started.error);
    jobId = (started.value as { jobId: number }).jobId;
    const job = await jobs.waitFor(jobId, (j) => ctx.io.err(progressLine(j)));
    const status = await dispatchOrFail<ImportStatus>(backend, 'media.importStatus', { jobId });
    if (job.state !== 'succeeded') {
      throw new CommandFailure(`images import: the import job ${job.state}${job.error ? `: ${job.error.message}` : ''}`, job.error?.code);
    }
    if (ctx.json) {
      ctx.io.out(
        JSON.stringify({
          imported: status.imported.map((i) => ({ file: i.file, productSku: i.productSku, imageId: i.imageId, position: i.position })),
          rejected: status.rejected.map((r) => ({ file: r.file, code: r.code, reason: REASONS[r.code] ?? r.code })),
          duplicates: status.duplicates.map((d) => ({ file: d.file, imageId: d.imageId })),
        }),
      );
    } else {
      ctx.io.out(`Imported ${status.imported.length}, duplicates ${status.duplicates.length}, rejected ${status.rejected.length}`);
      for (const r of status.rejected) ctx.io.out(`  rejected ${r.file}: ${REASONS[r.code] ?? r.code}`);
      for (const d of status.duplicates) ctx.io.out(`  duplicate ${d.file}: already image ${d.imageId}`);
    }
    return EXIT_OK;
  } finally {
    process.off('SIGINT', cancel);
    jobs.stop();
    await backend.close();
  }
}

async function runList(ctx: CommandContext): Promise<number> {
  const backend = await openBackend({ dataDir: ctx.dataDir, runJobs: false, verbose: ctx.verbose });
  try {
    const product = typeof ctx.values.product === 'string' ? ctx.values.product : undefined;
    const images = await dispatchOrFail<GalleryImage[]>(backend, 'media.listImages', product ? { productSku: product } : {});
    const mediaDir = resolve(backend.dataDir, 'media');
    const onDisk = (f: { sha256: string; ext: string }) => mediaFilePath(mediaDir, f.sha256, f.ext);
    const rows = images.map((i) => ({
      id: i.id,
      productId: i.productId,
      position: i.position,
      width: i.width,
      height: i.height,
      original: i.original ? onDisk(i.original) : null,
      derivatives: Object.fromEntries(Object.entries(i.derivatives).map(([k, f]) => [k, onDisk(f)])),
      alt: i.alt,
      hashes: { dhash: i.dhash, phash: i.phash, dhashMirror: i.dhashMirror },
      flags: i.flags,
    }));
    if (ctx.json) ctx.io.out(JSON.stringify(rows));
    else for (const r of rows) ctx.io.out(`${r.id}\tproduct ${r.productId}\t#${r.position}\t${r.width}×${r.height}\t${r.original ?? '-'}`);
    return EXIT_OK;
  } finally {
    await backend.close();
  }
}

async function dispatchOrFail<T>(backend: Backend, method: 'media.importStatus' | 'media.listImages', input: unknown): Promise<T> {
  const reply = await backend.dispatch(method, input);
  if (!reply.ok) throw CommandFailure.fromEnvelope(method, reply.error);
  return reply.value as T;
}

function progressLine(job: Job): string {
  const step = job.step ? job.step.replace(/^jobs\.step\./, '') : job.state;
  return `images: ${step}${job.total > 0 ? ` ${job.done}/${job.total}` : ''}`;
}
