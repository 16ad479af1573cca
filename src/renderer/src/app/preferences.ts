import { useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/schemas/app';
import type { Locale } from '../../../shared/i18n/languages';
import { useApiMutation } from '../api/hooks';

export type Theme = Settings['theme'];

export const colorSchemeOf = (theme: Theme): MantineColorScheme => (theme === 'system' ? 'auto' : theme);
export const themeOf = (scheme: MantineColorScheme): Theme => (scheme === 'auto' ? 'system' : scheme);

/** Switches the UI language now and stores it with `settings.update`. */
export function useChangeLanguage() {
  const { i18n } = useTranslation();
  const update = useApiMutation('settings.update');
  return useCallback(
    (language: Locale) => {
      void i18n.changeLanguage(language);
      update.mutate({ language });
    },
    [i18n, update],
  );
}

/** Switches light/dark/system now and stores it with `settings.update`. */
export function useChangeTheme() {
  const { setColorScheme } = useMantineColorScheme();
  const update = useApiMutation('settings.update');
  return useCallback(
    (theme: Theme) => {
      setColorScheme(colorSchemeOf(theme));
      update.mutate({ theme });
    },
    [setColorScheme, update],
  );
}
