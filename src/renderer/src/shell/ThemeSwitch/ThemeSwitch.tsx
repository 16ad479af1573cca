import { ActionIcon, Menu, useMantineColorScheme } from '@mantine/core';
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { themeOf, useChangeTheme, type Theme } from '../../app/preferences';

const THEMES: { id: Theme; icon: Icon }[] = [
  { id: 'light', icon: IconSun },
  { id: 'dark', icon: IconMoon },
  { id: 'system', icon: IconDeviceDesktop },
];

export function ThemeSwitch() {
  const { t } = useTranslation();
  const { colorScheme } = useMantineColorScheme();
  const changeTheme = useChangeTheme();
  const current = themeOf(colorScheme);
  const CurrentIcon = THEMES.find((theme) => theme.id === current)?.icon ?? IconDeviceDesktop;

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={t('header.theme_current', { theme: t(`theme.${current}`) })}
        >
          <CurrentIcon size={20} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.theme')}</Menu.Label>
        {THEMES.map(({ id, icon: ThemeIcon }) => (
          <Menu.Item
            key={id}
            aria-current={id === current ? 'true' : undefined}
            leftSection={<ThemeIcon size={16} aria-hidden />}
            rightSection={id === current ? <IconCheck size={16} aria-hidden /> : null}
            onClick={() => changeTheme(id)}
          >
            {t(`theme.${id}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
