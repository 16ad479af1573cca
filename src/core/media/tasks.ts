import type { Ctx } from '../context';
import type { JobKind } from '../../shared/i18n/core-keys';
import type { TaskFn } from '../jobs/queue';

/** Background tasks of the media domain (photo imports), keyed by job kind. */
export const mediaTasks = (_ctx: () => Ctx): Partial<Record<JobKind, TaskFn>> => ({});
