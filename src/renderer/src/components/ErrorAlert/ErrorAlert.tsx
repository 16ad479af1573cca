import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconReload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../../../shared/api';

/** Anything thrown becomes an ApiError; a non-API error is an `internal` one. */
export function toApiError(error: unknown): ApiError {
  return isApiError(error) ? error : new ApiError('internal', String(error));
}

/** The translated message of an error: its own key, else the generic one for its code. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: ApiError) =>
    t(error.i18nKey, { ...error.params, defaultValue: t(`errors.${error.code}`) });
}

export interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failed request: the translated message, a Retry button, and the reference for support. */
export function ErrorAlert({ error, onRetry, retrying }: ErrorAlertProps) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  const apiError = toApiError(error);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('common.error_title')}>
      <Text size="sm">{messageOf(apiError)}</Text>
      <Group justify="space-between" mt="sm" gap="sm">
        {onRetry ? (
          <Button size="xs" variant="default" leftSection={<IconReload size={16} aria-hidden />} onClick={onRetry} loading={retrying}>
            {t('common.retry')}
          </Button>
        ) : null}
        {apiError.correlationId ? (
          <Text size="xs" c="dimmed">
            {t('common.reference', { id: apiError.correlationId })}
          </Text>
        ) : null}
      </Group>
    </Alert>
  );
}
