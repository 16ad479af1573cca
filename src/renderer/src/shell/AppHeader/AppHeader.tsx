import { ActionIcon, Burger, Group, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconBuildingStore, IconKeyboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { JobTray } from '../JobTray/JobTray';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch';
import { ThemeSwitch } from '../ThemeSwitch/ThemeSwitch';
import classes from './AppHeader.module.css';

export interface AppHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
  onOpenShortcuts: () => void;
}

export function AppHeader({ navOpened, onToggleNav, onOpenShortcuts }: AppHeaderProps) {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get');

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" className={classes.brand}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t(navOpened ? 'header.close_navigation' : 'header.open_navigation')}
        />
        <ThemeIcon variant="filled" size="md" radius="md" aria-hidden>
          <IconBuildingStore size={18} />
        </ThemeIcon>
        <Text fw={700}>{t('app.name')}</Text>
        {settings.data ? (
          <Text size="sm" c="dimmed" truncate visibleFrom="xs" className={classes.storeName}>
            <bdi>{settings.data.storeName}</bdi>
          </Text>
        ) : null}
      </Group>
      <Group gap={4} wrap="nowrap">
        <JobTray />
        <LanguageSwitch />
        <ThemeSwitch />
        <Tooltip label={t('shortcuts.title')} withArrow>
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={onOpenShortcuts} aria-label={t('shortcuts.open')} aria-keyshortcuts="Shift+?">
            <IconKeyboard size={20} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
