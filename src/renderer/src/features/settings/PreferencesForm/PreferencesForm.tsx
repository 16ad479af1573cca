import { useQueryClient } from '@tanstack/react-query';
import { NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title, useMantineColorScheme } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsPatch, type Settings } from '../../../../../shared/schemas/app';
import { LOCALES, NATIVE_LANGUAGE_NAMES } from '../../../../../shared/i18n/languages';
import { queryKeyOf, useApiMutation } from '../../../api/hooks';
import { colorSchemeOf } from '../../../app/preferences';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { fieldErrors } from '../../../i18n/issue-message';
import { SaveBar } from '../../../components/SaveBar/SaveBar';

const THEMES: Settings['theme'][] = ['light', 'dark', 'system'];
const NUMBERING: Settings['numberingSystem'][] = ['auto', 'latn', 'arab', 'arabext'];
const STORE_NAME_MAX = 120;

/** Every preference in one validated form; saving applies language and theme immediately. */
export function PreferencesForm({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { setColorScheme } = useMantineColorScheme();
  const update = useApiMutation('settings.update');
  const [draft, setDraft] = useState<Settings>(settings);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  // Settings also change from the header (language, theme): adopt those into fields the
  // merchant has not touched here, keep their unsaved edits in the others.
  const previous = useRef(settings);
  useEffect(() => {
    const before = previous.current;
    previous.current = settings;
    setDraft((current) => {
      const next = { ...current };
      for (const key of Object.keys(settings) as (keyof Settings)[]) {
        if (current[key] === before[key]) Object.assign(next, { [key]: settings[key] });
      }
      return next;
    });
  }, [settings]);

  const patch = Object.fromEntries(
    (Object.keys(draft) as (keyof Settings)[])
      .filter((key) => draft[key] !== settings[key])
      .map((key) => [key, draft[key]]),
  ) as Partial<Settings>;
  const dirty = Object.keys(patch).length > 0;

  const edit = <K extends keyof Settings>(field: K, value: Settings[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: '' }));
    setSaved(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalized = { ...patch, ...(patch.currency ? { currency: patch.currency.trim().toUpperCase() } : {}) };
    const checked = SettingsPatch.safeParse(normalized);
    if (!checked.success) {
      setErrors(fieldErrors(checked.error.issues));
      return;
    }
    update.mutate(checked.data, {
      onSuccess: (next) => {
        queryClient.setQueryData(queryKeyOf('settings.get'), next);
        if (next.language !== i18n.language) void i18n.changeLanguage(next.language);
        setColorScheme(colorSchemeOf(next.theme));
        setDraft(next);
        setSaved(true);
      },
      onError: (error) => {
        if (error.code === 'validation') setErrors(fieldErrors(error.issues));
      },
    });
  };

  const errorText = (field: string) =>
    errors[field] ? t(field === 'currency' ? 'validation.currency' : errors[field], { max: STORE_NAME_MAX }) : undefined;

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="preferences-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="preferences-heading">
            {t('settings.preferences.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('settings.language')}
              value={draft.language}
              onChange={(event) => edit('language', event.currentTarget.value as Settings['language'])}
              data={LOCALES.map((value) => ({ value, label: NATIVE_LANGUAGE_NAMES[value] }))}
            />
            <NativeSelect
              label={t('settings.theme')}
              value={draft.theme}
              onChange={(event) => edit('theme', event.currentTarget.value as Settings['theme'])}
              data={THEMES.map((value) => ({ value, label: t(`theme.${value}`) }))}
            />
            <NativeSelect
              label={t('settings.numbering')}
              description={t('settings.numbering_hint')}
              value={draft.numberingSystem}
              onChange={(event) => edit('numberingSystem', event.currentTarget.value as Settings['numberingSystem'])}
              data={NUMBERING.map((value) => ({ value, label: t(`settings.numbering.${value}`) }))}
            />
            <TextInput
              label={t('settings.currency')}
              description={t('settings.currency_hint')}
              value={draft.currency}
              onChange={(event) => edit('currency', event.currentTarget.value)}
              error={errorText('currency')}
              dir="ltr"
              autoCapitalize="characters"
            />
          </SimpleGrid>
          <TextInput
            label={t('settings.store_name')}
            value={draft.storeName}
            onChange={(event) => edit('storeName', event.currentTarget.value)}
            error={errorText('storeName')}
            required
            dir="auto"
          />
          {update.isError && update.error.code !== 'validation' ? <ErrorAlert error={update.error} /> : null}
          <SaveBar savedMessage={t('settings.saved')} saved={saved} dirty={dirty} saving={update.isPending} />
        </Stack>
      </form>
    </Paper>
  );
}
