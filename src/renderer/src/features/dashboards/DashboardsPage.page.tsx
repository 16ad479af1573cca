import { SimpleGrid, Text } from '@mantine/core';
import {
  IconCash,
  IconChartBar,
  IconReceipt,
  IconReceiptRefund,
  IconShoppingCart,
  IconShoppingCartX,
  IconStar,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { MetricsSummary } from '../../../../shared/schemas/domain-summaries';
import type { Formatter } from '../../../../shared/i18n/format';
import { useApiQuery } from '../../api/hooks';
import { navigate } from '../../app/router';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { StatCard, StatCardSkeleton, type StatCardProps } from '../../components/StatCard/StatCard';
import { useFormat } from '../../i18n/use-format';

type Metrics = z.infer<typeof MetricsSummary>;

/** Share of started checkouts that were abandoned, or null before the first checkout. */
export const abandonmentRate = (m: Pick<Metrics, 'checkouts' | 'abandonedCheckouts'>) =>
  m.checkouts > 0 ? m.abandonedCheckouts / m.checkouts : null;

function kpis(m: Metrics, format: Formatter, t: (key: string) => string): StatCardProps[] {
  const none = t('common.none');
  const abandonment = abandonmentRate(m);
  return [
    { label: t('dashboards.kpi.orders'), value: format.number(m.orders), icon: IconReceipt },
    { label: t('dashboards.kpi.customers'), value: format.number(m.customers), icon: IconUsers },
    { label: t('dashboards.kpi.gross_sales'), value: format.money(m.grossSalesMinor, m.currency), icon: IconCash, color: 'teal' },
    { label: t('dashboards.kpi.aov'), value: m.aovMinor === null ? none : format.money(m.aovMinor, m.currency), icon: IconShoppingCart },
    { label: t('dashboards.kpi.refunds'), value: format.money(m.refundsMinor, m.currency), icon: IconReceiptRefund, color: 'orange' },
    { label: t('dashboards.kpi.abandonment'), value: abandonment === null ? none : format.percent(abandonment), icon: IconShoppingCartX, color: 'red' },
    {
      label: t('dashboards.kpi.average_rating'),
      value: m.averageRating === null ? none : format.number(m.averageRating, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
      icon: IconStar,
      color: 'yellow',
    },
  ];
}

export function DashboardsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const metrics = useApiQuery('metrics.summary');

  let body: React.ReactNode;
  if (metrics.isPending) {
    body = (
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} data-testid="metrics-loading">
        {Array.from({ length: 7 }, (_, index) => (
          <StatCardSkeleton key={index} />
        ))}
      </SimpleGrid>
    );
  } else if (metrics.isError) {
    body = <ErrorAlert error={metrics.error} onRetry={() => void metrics.refetch()} retrying={metrics.isFetching} />;
  } else if (metrics.data.orders === 0) {
    body = (
      <EmptyState
        icon={IconChartBar}
        title={t('dashboards.empty.title')}
        description={t('dashboards.empty.body')}
        action={{ label: t('dashboards.empty.action'), onClick: () => navigate('welcome') }}
      />
    );
  } else {
    const m = metrics.data;
    body = (
      <>
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
          {kpis(m, format, t).map((kpi) => (
            <StatCard key={kpi.label} {...kpi} />
          ))}
        </SimpleGrid>
        {m.firstOrderAt && m.lastOrderAt ? (
          <Text size="sm" c="dimmed" mt="md">
            {t('dashboards.period', { from: format.date(m.firstOrderAt), to: format.date(m.lastOrderAt) })}
          </Text>
        ) : null}
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('nav.dashboards')} description={t('dashboards.description')} />
      {body}
    </>
  );
}
