import { Badge, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../shared/schemas/job';
import { isActiveJob } from '../../api/jobs';
import { useFormat } from '../../i18n/use-format';
import { jobKindLabel, jobPercent, jobStepLabel, STATE_COLORS } from './job-labels';

export interface JobProgressProps {
  job: Job;
  onCancel?: (job: Job) => void;
  cancelling?: boolean;
  /** Hide the kind line when the surrounding screen already names the job. */
  showKind?: boolean;
}

/** One job's state, step, progress bar and (while it runs) a Cancel button. */
export function JobProgress({ job, onCancel, cancelling, showKind = true }: JobProgressProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = jobPercent(job);
  const step = jobStepLabel(t, job);
  const kind = jobKindLabel(t, job);

  return (
    <Stack gap={6} data-testid={`job-${job.id}`}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        {showKind ? (
          <Text fw={500} size="sm" truncate>
            {kind}
          </Text>
        ) : null}
        <Badge size="sm" variant="light" color={STATE_COLORS[job.state]}>
          {t(`jobs.state.${job.state}`)}
        </Badge>
      </Group>
      <Progress
        value={percent ?? 100}
        striped={percent === null && isActiveJob(job)}
        animated={percent === null && isActiveJob(job)}
        color={job.state === 'failed' ? 'red' : undefined}
        aria-label={t('jobs.progress_label', { kind })}
      />
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed" truncate>
          {step}
        </Text>
        {job.total > 0 ? (
          <Text size="xs" c="dimmed">
            {t('jobs.progress_count', { done: format.number(job.done), total: format.number(job.total) })}
          </Text>
        ) : null}
      </Group>
      {onCancel && isActiveJob(job) ? (
        <Group justify="flex-end">
          <Button size="xs" variant="default" onClick={() => onCancel(job)} loading={cancelling}>
            {t('jobs.cancel')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
