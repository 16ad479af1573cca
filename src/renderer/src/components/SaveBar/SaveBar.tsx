import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface SaveBarProps {
  /** Shown (as a live status) once the last save succeeded and nothing changed since. */
  savedMessage: string;
  saved: boolean;
  dirty: boolean;
  saving: boolean;
}

/** The footer every edit form shares: a polite "saved" status and the submit button. */
export function SaveBar({ savedMessage, saved, dirty, saving }: SaveBarProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Text size="sm" role="status">
        {saved && !dirty ? savedMessage : ''}
      </Text>
      <Button type="submit" disabled={!dirty} loading={saving}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
