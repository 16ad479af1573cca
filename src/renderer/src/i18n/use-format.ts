import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatter, type Formatter } from '../../../shared/i18n/format';
import { useApiQuery } from '../api/hooks';

/** Intl formatting in the UI language and the merchant's chosen numbering system. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  const settings = useApiQuery('settings.get');
  const numberingSystem = settings.data?.numberingSystem ?? 'auto';
  const locale = i18n.language;
  return useMemo(() => createFormatter({ locale, numberingSystem }), [locale, numberingSystem]);
}
