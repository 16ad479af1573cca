import { ApiError } from '../../shared/api/errors';
import type { ImportStatus } from '../../shared/schemas/media';
import type { Ctx } from '../context';
import { mediaRepo } from './repo';

type Code = ImportStatus['rejected'][number]['code'];

/** n of N, the current file, an ETA from the rate so far, and every finished file's outcome. */
export function importStatus(ctx: Ctx, jobId: number): ImportStatus {
  const repo = mediaRepo(ctx.db);
  const job = repo.jobTimes.get(jobId);
  if (!job) throw new ApiError('not_found', `job ${jobId} not found`, { i18nKey: 'errors.job_not_found', params: { id: jobId } });
  const items = repo.items.all(jobId);
  const status: ImportStatus = {
    jobId,
    state: job.state,
    total: items.length,
    done: 0,
    currentFile: null,
    startedAt: job.started_at,
    etaSeconds: null,
    imported: [],
    duplicates: [],
    rejected: [],
  };
  let doneThisRun = 0;
  for (const item of items) {
    const params = JSON.parse(item.params_json) as Record<string, string | number>;
    if (item.state === 'pending') {
      status.currentFile ??= item.path;
      continue;
    }
    status.done++;
    if (job.started_at && item.finished_at && item.finished_at >= job.started_at) doneThisRun++;
    if (item.state === 'imported') {
      const flags = typeof params.flags === 'string' && params.flags ? params.flags.split(',') : [];
      const sku = item.sku ?? repo.firstSku.get(item.product_id!) ?? null;
      status.imported.push({ file: item.path, productId: item.product_id!, productSku: sku, imageId: item.image_id!, position: item.position!, flags });
    } else if (item.state === 'duplicate') {
      status.duplicates.push({ file: item.path, imageId: item.image_id! });
    } else {
      status.rejected.push({ file: item.path, code: item.code as Code, params });
    }
  }
  const remaining = status.total - status.done;
  if (job.state === 'running' && job.started_at && doneThisRun > 0 && remaining > 0) {
    const elapsed = (ctx.clock.now() - Date.parse(job.started_at)) / 1000;
    status.etaSeconds = Math.round((elapsed / doneThisRun) * remaining);
  }
  return status;
}
