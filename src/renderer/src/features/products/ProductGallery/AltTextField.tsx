import { Button, Group, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../../../../shared/i18n/direction';
import { NATIVE_LANGUAGE_NAMES, type Locale } from '../../../../../shared/i18n/languages';
import { queryKeyOf, useApiMutation } from '../../../api/hooks';
import { toApiError, useErrorMessage } from '../../../components/ErrorAlert/ErrorAlert';
import { useFormat } from '../../../i18n/use-format';
import classes from './ProductGallery.module.css';

/** Above this, screen readers may truncate: the UI warns (the backend accepts up to 512). */
export const ALT_WARN_LENGTH = 125;
export const ALT_MAX_LENGTH = 512;

export interface AltTextFieldProps {
  imageId: number;
  productId: number;
  locale: Locale;
  saved: string;
}

/** One language's alt text of one photo: saved on blur or with Save, errors inline. */
export function AltTextField({ imageId, productId, locale, saved }: AltTextFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const messageOf = useErrorMessage();
  const queryClient = useQueryClient();
  const setAlt = useApiMutation('media.setAlt');
  const [draft, setDraft] = useState(saved);
  const [lastSaved, setLastSaved] = useState(saved);
  // The stored value changed (a save, an undo, another window): show it.
  if (saved !== lastSaved) {
    setLastSaved(saved);
    setDraft(saved);
  }
  const [done, setDone] = useState(false);
  const counterId = useId();
  const dirty = draft !== saved;
  const tooLong = draft.length > ALT_WARN_LENGTH;

  const save = () => {
    if (!dirty || setAlt.isPending) return;
    setDone(false);
    setAlt.mutate(
      { imageId, locale, alt: draft },
      {
        onSuccess: (image) => {
          queryClient.setQueryData(queryKeyOf('media.listImages', { productId }), (gallery: (typeof image)[] | undefined) =>
            gallery?.map((g) => (g.id === image.id ? image : g)),
          );
          setDone(true);
        },
      },
    );
  };

  return (
    <div>
      <TextInput
        label={t('products.gallery.alt_label', { language: NATIVE_LANGUAGE_NAMES[locale] })}
        lang={locale}
        dir={directionOf(locale)}
        value={draft}
        maxLength={ALT_MAX_LENGTH}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          setDone(false);
          setAlt.reset();
        }}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') save();
        }}
        aria-describedby={counterId}
        error={setAlt.isError ? messageOf(toApiError(setAlt.error)) : undefined}
        size="sm"
      />
      <Group justify="space-between" gap="xs" mt={4} wrap="nowrap">
        <div id={counterId}>
          <Text size="xs" c={tooLong ? 'orange.9' : 'dimmed'} fw={tooLong ? 600 : undefined} className={classes.counter} data-warning={tooLong || undefined}>
            {t('products.gallery.alt_count', { n: format.number(draft.length), max: format.number(ALT_WARN_LENGTH) })}
          </Text>
          {tooLong ? (
            <Text size="xs" c="orange.9">
              {t('products.gallery.alt_too_long', { max: format.number(ALT_WARN_LENGTH) })}
            </Text>
          ) : null}
        </div>
        {done && !dirty ? (
          <Text size="xs" c="teal.8" role="status">
            {t('products.gallery.alt_saved')}
          </Text>
        ) : null}
        {dirty ? (
          <Button size="compact-xs" variant="light" onMouseDown={(event) => event.preventDefault()} onClick={save} loading={setAlt.isPending}>
            {t('products.gallery.save_alt')}
          </Button>
        ) : null}
      </Group>
    </div>
  );
}
