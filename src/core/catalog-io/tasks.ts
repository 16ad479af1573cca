import { z } from 'zod';
import type { Ctx } from '../context';
import type { JobKind } from '../../shared/i18n/core-keys';
import type { TaskFn } from '../jobs/queue';
import { applyShopifyCsv, validateShopifyCsv } from './service';

export const IMPORT_JOB_KIND = 'catalog.importShopifyCsv' satisfies JobKind;

const ImportParams = z.object({ path: z.string().min(1) });

/** Background tasks of CSV import/export, keyed by job kind. */
export const catalogIoTasks = (ctx: () => Ctx): Partial<Record<JobKind, TaskFn>> => ({
  [IMPORT_JOB_KIND]: async ({ params, progress, signal }) => {
    const { db, clock, events } = ctx();
    const { path } = ImportParams.parse(params);
    progress(0, 0, 'validate');
    const validated = await validateShopifyCsv(db, path);
    signal.throwIfAborted();
    const total = validated.plan.products.length;
    progress(0, total, 'apply');
    const result = applyShopifyCsv(db, clock, validated, (done) => progress(done, total, 'apply'));
    events.emit('db.changed', { tables: ['products', 'variants', 'images', 'outbox'] });
    return result;
  },
});
