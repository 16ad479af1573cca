import type { Ctx } from '../context';
import type { JobKind } from '../../shared/i18n/core-keys';
import type { TaskFn } from '../jobs/queue';

/** Background tasks of CSV import/export, keyed by job kind. */
export const catalogIoTasks = (_ctx: () => Ctx): Partial<Record<JobKind, TaskFn>> => ({});
