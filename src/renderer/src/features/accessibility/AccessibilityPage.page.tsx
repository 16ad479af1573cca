import { SimpleGrid, Text } from '@mantine/core';
import { IconCopy, IconFileText, IconPhoto, IconPhotoOff, IconZoomOut } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { StatCard, StatCardSkeleton } from '../../components/StatCard/StatCard';
import { navigate } from '../../app/router';
import { useFormat } from '../../i18n/use-format';

export function AccessibilityPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useApiQuery('audit.summary');

  let body: React.ReactNode;
  if (summary.isPending) {
    body = (
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} data-testid="audit-loading">
        {Array.from({ length: 5 }, (_, index) => (
          <StatCardSkeleton key={index} />
        ))}
      </SimpleGrid>
    );
  } else if (summary.isError) {
    body = <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} retrying={summary.isFetching} />;
  } else if (summary.data.images === 0) {
    body = (
      <EmptyState
        icon={IconPhoto}
        title={t('accessibility.empty.title')}
        description={t('accessibility.empty.body')}
        action={{ label: t('accessibility.empty.action'), onClick: () => navigate('products') }}
      />
    );
  } else {
    const s = summary.data;
    const share = (count: number) => t('accessibility.share', { percent: format.percent(count / s.images) });
    body = (
      <>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          <StatCard label={t('accessibility.stat.images')} value={format.number(s.images)} icon={IconPhoto} />
          <StatCard label={t('accessibility.stat.missing_alt')} value={format.number(s.missingAlt)} hint={share(s.missingAlt)} icon={IconPhotoOff} color="red" />
          <StatCard label={t('accessibility.stat.filename_alt')} value={format.number(s.filenameAlt)} hint={share(s.filenameAlt)} icon={IconFileText} color="orange" />
          <StatCard label={t('accessibility.stat.duplicates')} value={format.number(s.duplicateImages)} hint={share(s.duplicateImages)} icon={IconCopy} color="grape" />
          <StatCard label={t('accessibility.stat.tiny')} value={format.number(s.tinyImages)} hint={share(s.tinyImages)} icon={IconZoomOut} color="yellow" />
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="md">
          {s.lastRunAt ? t('accessibility.last_run', { date: format.dateTime(s.lastRunAt) }) : t('accessibility.never_run')}
        </Text>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('nav.accessibility')} description={t('accessibility.description')} />
      {body}
    </>
  );
}
