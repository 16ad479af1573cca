import { Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconCloudOff, IconCloudUpload, IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { StatCard, StatCardSkeleton } from '../../components/StatCard/StatCard';
import { useFormat } from '../../i18n/use-format';
import { OutboxTable } from './OutboxTable';

function SyncStatusPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const status = useApiQuery('sync.status');

  if (status.isPending) {
    return (
      <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="sync-loading">
        <StatCardSkeleton />
        <StatCardSkeleton />
        <StatCardSkeleton />
      </SimpleGrid>
    );
  }
  if (status.isError) {
    return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} retrying={status.isFetching} />;
  }
  const s = status.data;
  return (
    <Stack gap="md">
      {s.stores.length === 0 ? (
        <EmptyState icon={IconCloudOff} title={t('sync.stores.empty.title')} description={t('sync.stores.empty.body')} />
      ) : (
        <Stack gap="xs">
          {s.stores.map((store) => (
            <Paper key={store.id} withBorder p="sm" radius="md">
              <Group justify="space-between">
                <div>
                  <Text fw={600}>
                    <bdi>{store.name}</bdi>
                  </Text>
                  <Text size="sm" c="dimmed">
                    {store.platform}
                  </Text>
                </div>
                <Badge variant="light">{t(`sync.store_state.${store.state}`, { defaultValue: store.state })}</Badge>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <StatCard label={t('sync.stat.pending')} value={format.number(s.pendingOps)} icon={IconCloudUpload} />
        <StatCard label={t('sync.stat.conflicts')} value={format.number(s.conflicts)} icon={IconAlertTriangle} color="orange" />
        <StatCard label={t('sync.stat.rejected')} value={format.number(s.rejected)} icon={IconBan} color="red" />
      </SimpleGrid>
    </Stack>
  );
}

function OutboxPanel() {
  const { t } = useTranslation();
  const outbox = useApiQuery('sync.listOutbox', { limit: 100 });

  let body: React.ReactNode;
  if (outbox.isPending) body = <Skeleton height={160} data-testid="outbox-loading" />;
  else if (outbox.isError) body = <ErrorAlert error={outbox.error} onRetry={() => void outbox.refetch()} retrying={outbox.isFetching} />;
  else if (outbox.data.length === 0) body = <EmptyState icon={IconInbox} title={t('sync.outbox.empty.title')} description={t('sync.outbox.empty.body')} />;
  else body = <OutboxTable ops={outbox.data} />;

  return (
    <section aria-labelledby="outbox-heading">
      <Title order={2} size="h4" mb="sm" id="outbox-heading">
        {t('sync.outbox.title')}
      </Title>
      {body}
    </section>
  );
}

export function SyncPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.sync')} description={t('sync.description')} />
      <Stack gap="xl">
        <SyncStatusPanel />
        <OutboxPanel />
      </Stack>
    </>
  );
}
