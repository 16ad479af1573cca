import { z } from 'zod';
import { Id, IsoDateTime } from './common';

export const JobState = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']);
export type JobState = z.infer<typeof JobState>;

export const JobError = z.object({ code: z.string(), i18nKey: z.string(), message: z.string() });

export const Job = z.object({
  id: Id,
  kind: z.string(),
  state: JobState,
  /** Progress as done/total units; total 0 means indeterminate. */
  done: z.number().int(),
  total: z.number().int(),
  /** i18n key of the current step, e.g. `jobs.steps.images`. */
  step: z.string().nullable(),
  attempts: z.number().int(),
  error: JobError.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Job = z.infer<typeof Job>;

export const JobRef = z.object({ jobId: Id });
export type JobRef = z.infer<typeof JobRef>;
