import type { Ctx } from '../context';
import type { JobKind } from '../../shared/i18n/core-keys';
import type { TaskFn } from '../jobs/queue';
import { mediaImportTask } from './import-task';

/** Background tasks of the media domain (photo imports), keyed by job kind. */
export const mediaTasks = (ctx: () => Ctx): Partial<Record<JobKind, TaskFn>> => ({
  'media.import': mediaImportTask(ctx),
});
