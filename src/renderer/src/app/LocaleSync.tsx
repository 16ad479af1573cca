import { useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../../shared/i18n/direction';
import { isLocale } from '../../../shared/i18n/languages';
import { applyDocumentLocale, rememberLanguage } from '../boot/startup-locale';

/**
 * Keeps `<html lang dir>`, Mantine's direction and the first-paint language cache in step
 * with i18next, whichever code path changed the language.
 */
export function LocaleSync() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();

  useEffect(() => {
    const apply = (language: string) => {
      if (!isLocale(language)) return;
      applyDocumentLocale(language);
      setDirection(directionOf(language));
      rememberLanguage(language);
    };
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n, setDirection]);

  return null;
}
