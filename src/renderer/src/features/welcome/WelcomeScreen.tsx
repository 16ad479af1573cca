import { Alert, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingStore, IconSparkles } from '@tabler/icons-react';
import { useDocumentTitle } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoScale } from '../../../../shared/schemas/app';
import { invalidateTables, useApiMutation, useApiQuery } from '../../api/hooks';
import { isActiveJob, useJob } from '../../api/jobs';
import { useAppStateMarker } from '../../app/app-state';
import { navigate } from '../../app/router';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { JobProgress } from '../../components/JobProgress/JobProgress';
import { LanguageSwitch } from '../../shell/LanguageSwitch/LanguageSwitch';
import { ThemeSwitch } from '../../shell/ThemeSwitch/ThemeSwitch';
import { DemoScalePicker } from './DemoScalePicker';
import { dismissWelcome } from './welcome-state';
import classes from './WelcomeScreen.module.css';

/** First run: create the demo store (as a background job, with live progress) or start empty. */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [scale, setScale] = useState<DemoScale>('small');
  const create = useApiMutation('demo.create');
  const cancel = useApiMutation('jobs.cancel');
  // A demo job may already be running (the window was reloaded mid-way): follow it.
  const recent = useApiQuery('jobs.list', { limit: 5 });
  const [resumedId, setResumedId] = useState<number | null>(null);
  const running = recent.data?.find((j) => j.kind === 'demo.create' && isActiveJob(j));
  if (running && resumedId === null && !create.data) setResumedId(running.id);
  const jobId = create.data?.jobId ?? resumedId;
  const job = useJob(jobId);
  useAppStateMarker('ready');
  useDocumentTitle(t('welcome.title'));

  const succeeded = job?.state === 'succeeded';
  useEffect(() => {
    if (!succeeded) return;
    // Wait until demo.status says the store exists, or the welcome screen would come back.
    void invalidateTables(queryClient, ['products', 'orders', 'reviews', 'images']).then(() => navigate('products'));
  }, [succeeded, queryClient]);

  const startEmpty = () => {
    dismissWelcome();
    navigate('products');
  };

  const waitingForJob = jobId !== null && job === null;
  const working =
    create.isPending || waitingForJob || (job !== null && (job.state === 'queued' || job.state === 'running'));

  return (
    <div className={classes.page}>
      <header className={classes.topBar}>
        <Group gap="xs">
          <ThemeIcon variant="filled" radius="md" aria-hidden>
            <IconBuildingStore size={18} />
          </ThemeIcon>
          <Text fw={700}>{t('app.name')}</Text>
        </Group>
        <Group gap={4}>
          <LanguageSwitch />
          <ThemeSwitch />
        </Group>
      </header>
      <main className={classes.main}>
        <Paper className={classes.card} withBorder shadow="sm" radius="lg" p="xl">
          <Stack gap="lg">
            <Stack gap={6}>
              <Title order={1} size="h2">
                {t('welcome.title')}
              </Title>
              <Text c="dimmed">{t('welcome.body')}</Text>
            </Stack>

            {!working && !succeeded ? <DemoScalePicker value={scale} onChange={setScale} /> : null}

            {waitingForJob ? <Text role="status">{t('welcome.starting')}</Text> : null}
            {job ? (
              <Paper withBorder p="md" radius="md" aria-live="polite">
                <JobProgress
                  job={job}
                  onCancel={(j) => cancel.mutate({ id: j.id })}
                  cancelling={cancel.isPending}
                />
              </Paper>
            ) : null}

            {job?.state === 'failed' ? (
              <Alert color="red" variant="light" title={t('welcome.failed')}>
                {job.error ? t(job.error.i18nKey, { defaultValue: t('errors.internal') }) : t('errors.internal')}
              </Alert>
            ) : null}
            {job?.state === 'cancelled' ? (
              <Alert color="orange" variant="light">
                {t('welcome.cancelled')}
              </Alert>
            ) : null}
            {create.isError ? <ErrorAlert error={create.error} onRetry={() => create.mutate({ scale })} /> : null}

            {!working && !succeeded ? (
              <Group justify="space-between" gap="sm">
                <Button variant="default" onClick={startEmpty}>
                  {t('welcome.start_empty')}
                </Button>
                <Button leftSection={<IconSparkles size={18} aria-hidden />} onClick={() => create.mutate({ scale })}>
                  {t('welcome.create_demo')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Paper>
      </main>
    </div>
  );
}
