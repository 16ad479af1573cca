import { Button, Center, Code, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDatabaseOff, IconReload, IconRocket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppStateMarker } from '../../app/app-state';
import { toApiError, useErrorMessage } from '../../components/ErrorAlert/ErrorAlert';
import { FullScreenMessage } from '../../components/FullScreenMessage/FullScreenMessage';

export function StartupLoading() {
  const { t } = useTranslation();
  return (
    <Center component="main" mih="100vh">
      <Stack align="center" gap="sm">
        <Loader aria-hidden />
        <Text role="status">{t('startup.loading')}</Text>
      </Stack>
    </Center>
  );
}

export interface StartupErrorScreenProps {
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

/**
 * The first backend call failed. A newer database and a damaged one get dedicated
 * explanations (neither is fixed by retrying); anything else offers Retry.
 */
export function StartupErrorScreen({ error, onRetry, retrying }: StartupErrorScreenProps) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  const apiError = toApiError(error);
  useAppStateMarker('error');

  const reference = apiError.correlationId ? (
    <Text size="xs" c="dimmed">
      {t('common.reference', { id: apiError.correlationId })}
    </Text>
  ) : null;

  if (apiError.code === 'db_too_new') {
    return (
      <FullScreenMessage
        icon={IconRocket}
        color="indigo"
        title={t('startup.too_new.title')}
        body={
          <Stack gap="xs">
            <Text>{t('startup.too_new.body')}</Text>
            <Text fw={500}>{t('startup.too_new.data_safe')}</Text>
          </Stack>
        }
        footer={reference}
      />
    );
  }

  if (apiError.code === 'db_corrupt') {
    return (
      <FullScreenMessage
        icon={IconDatabaseOff}
        title={t('startup.corrupt.title')}
        body={
          <Stack gap="xs">
            <Text>{t('startup.corrupt.body')}</Text>
            <Text>{t('startup.corrupt.next_step')}</Text>
          </Stack>
        }
        footer={reference}
      />
    );
  }

  return (
    <FullScreenMessage
      icon={IconAlertTriangle}
      title={t('startup.failed.title')}
      body={
        <Stack gap="xs">
          <Text>{t('startup.failed.body')}</Text>
          <Code block>{messageOf(apiError)}</Code>
        </Stack>
      }
      actions={
        <Button leftSection={<IconReload size={18} aria-hidden />} onClick={onRetry} loading={retrying}>
          {t('common.retry')}
        </Button>
      }
      footer={reference}
    />
  );
}
