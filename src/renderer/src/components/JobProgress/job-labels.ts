import type { TFunction } from 'i18next';
import type { Job } from '../../../../shared/schemas/job';

/** Core sends the step as its i18n key (`jobs.step.images`); a bare step name is accepted too. */
export const stepKey = (step: string) => (step.startsWith('jobs.step.') ? step : `jobs.step.${step}`);

export const jobKindLabel = (t: TFunction, job: Pick<Job, 'kind'>) =>
  t(`jobs.kind.${job.kind}`, { defaultValue: job.kind });

export const jobStepLabel = (t: TFunction, job: Pick<Job, 'step'>) =>
  job.step ? t(stepKey(job.step), { defaultValue: '' }) : '';

export const STATE_COLORS: Record<Job['state'], string> = {
  queued: 'gray',
  running: 'indigo',
  succeeded: 'teal',
  failed: 'red',
  cancelled: 'orange',
};

/** Percent done, or null while the total is unknown (indeterminate). */
export const jobPercent = (job: Pick<Job, 'done' | 'total' | 'state'>): number | null => {
  if (job.state === 'succeeded') return 100;
  if (job.total <= 0) return null;
  return Math.min(100, Math.round((job.done / job.total) * 100));
};
