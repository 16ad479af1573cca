import { ActionIcon, Divider, Indicator, Popover, ScrollArea, Skeleton, Stack, Text } from '@mantine/core';
import { IconActivity } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { JobProgress } from '../../components/JobProgress/JobProgress';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { isActiveJob } from '../../api/jobs';
import { useFormat } from '../../i18n/use-format';

const RECENT_JOBS = { limit: 10 } as const;

/** Header button with a running-jobs badge; the popover lists recent jobs with live progress. */
export function JobTray() {
  const { t } = useTranslation();
  const format = useFormat();
  const jobs = useApiQuery('jobs.list', RECENT_JOBS);
  const cancel = useApiMutation('jobs.cancel');
  const running = jobs.data?.filter(isActiveJob).length ?? 0;

  return (
    <Popover position="bottom-end" width={340} shadow="md" withinPortal trapFocus>
      {/* The badge wraps the target so the popover's ARIA attributes land on the button itself. */}
      <Indicator label={format.number(running)} size={18} disabled={running === 0} offset={4} processing={running > 0}>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('jobs.tray.label', { count: running, n: format.number(running) })}
          >
            <IconActivity size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown>
        <Text fw={600} mb="xs">
          {t('jobs.tray.title')}
        </Text>
        {jobs.isPending ? (
          <Stack gap="xs">
            <Skeleton height={40} />
            <Skeleton height={40} />
          </Stack>
        ) : jobs.isError ? (
          <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} retrying={jobs.isFetching} />
        ) : jobs.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('jobs.tray.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={360} type="auto">
            <Stack gap="sm">
              {jobs.data.map((job, index) => (
                <Fragment key={job.id}>
                  {index > 0 ? <Divider /> : null}
                  <JobProgress
                    job={job}
                    onCancel={(j) => cancel.mutate({ id: j.id })}
                    cancelling={cancel.isPending && cancel.variables?.id === job.id}
                  />
                </Fragment>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
