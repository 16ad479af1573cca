import { Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isLocale, LOCALES, NATIVE_LANGUAGE_NAMES, type Locale } from '../../../../shared/i18n/languages';
import { useChangeLanguage } from '../../app/preferences';

/** Lists each language under its own name, tagged with `lang` so screen readers pronounce it right. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const current: Locale = isLocale(i18n.language) ? i18n.language : 'en';

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconLanguage size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('header.language_current', { language: NATIVE_LANGUAGE_NAMES[current] })}
        >
          <span lang={current}>{NATIVE_LANGUAGE_NAMES[current]}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.language')}</Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            // Mantine forces role=menuitem, which cannot carry aria-checked.
            aria-current={locale === current ? 'true' : undefined}
            rightSection={locale === current ? <IconCheck size={16} aria-hidden /> : null}
            onClick={() => locale !== current && changeLanguage(locale)}
          >
            {NATIVE_LANGUAGE_NAMES[locale]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
