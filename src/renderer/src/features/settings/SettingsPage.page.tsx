import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { DiagnosticsCard } from './DiagnosticsCard/DiagnosticsCard';
import { PreferencesForm } from './PreferencesForm/PreferencesForm';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get');

  return (
    <>
      <PageHeader title={t('nav.settings')} description={t('settings.description')} />
      <Stack gap="lg" maw={880}>
        {settings.isPending ? (
          <Skeleton height={260} radius="md" />
        ) : settings.isError ? (
          <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} retrying={settings.isFetching} />
        ) : (
          <PreferencesForm settings={settings.data} />
        )}
        <DiagnosticsCard />
      </Stack>
    </>
  );
}
