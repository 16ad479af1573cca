import { ActionIcon, Badge, Button, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPhotoOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, LOCALES } from '../../../../../shared/i18n/languages';
import type { GalleryImage } from '../../../../../shared/schemas/media';
import { queryKeyOf, useApiMutation, useApiQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useFormat } from '../../../i18n/use-format';
import { AltTextField } from './AltTextField';
import classes from './ProductGallery.module.css';

/** The thumbnail derivative the gallery shows (400 px wide WebP), else the original. */
export const THUMB_DERIVATIVE = 'w400.webp';

export const thumbUrlOf = (image: GalleryImage) => image.derivatives[THUMB_DERIVATIVE]?.url ?? image.original?.url ?? '';

export interface ProductGalleryProps {
  productId: number;
  productTitle: string;
}

/** The product's photos in order: alt text per language, main photo, keyboard-operable reorder. */
export function ProductGallery({ productId, productTitle }: ProductGalleryProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const language = isLocale(i18n.language) ? i18n.language : 'en';
  const input = { productId };
  const gallery = useApiQuery('media.listImages', input);
  const reorder = useApiMutation('media.reorder');
  const setPrimary = useApiMutation('media.setPrimary');
  const [announcement, setAnnouncement] = useState('');

  const images = [...(gallery.data ?? [])].sort((a, b) => a.position - b.position);
  const busy = reorder.isPending || setPrimary.isPending;

  const applyOrder = (next: GalleryImage[], movedId: number) => {
    queryClient.setQueryData(queryKeyOf('media.listImages', input), next);
    const position = next.findIndex((image) => image.id === movedId) + 1;
    setAnnouncement(t('products.gallery.moved', { n: format.number(position) }));
  };

  const move = (index: number, delta: -1 | 1) => {
    const ids = images.map((image) => image.id);
    const target = index + delta;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target], ids[index]];
    const movedId = images[index].id;
    reorder.mutate({ productId, imageIds: ids }, { onSuccess: (next) => applyOrder(next, movedId) });
  };

  const makePrimary = (image: GalleryImage) =>
    setPrimary.mutate({ imageId: image.id }, { onSuccess: (next) => applyOrder(next, image.id) });

  let body: React.ReactNode;
  if (gallery.isPending) {
    body = <Skeleton height={120} data-testid="gallery-loading" />;
  } else if (gallery.isError) {
    body = <ErrorAlert error={gallery.error} onRetry={() => void gallery.refetch()} retrying={gallery.isFetching} />;
  } else if (images.length === 0) {
    body = (
      <Group gap="xs" c="dimmed" data-testid="gallery-empty">
        <IconPhotoOff size={20} aria-hidden />
        <Text size="sm">{t('products.gallery.empty')}</Text>
      </Group>
    );
  } else {
    body = (
      <ol className={classes.list}>
        {images.map((image, index) => {
          const n = format.number(index + 1);
          const alt = image.alt[language] || t('products.gallery.photo_alt', { n, title: productTitle });
          return (
            <li key={image.id} className={classes.item} aria-label={t('products.gallery.photo_label', { n })} data-testid="gallery-photo">
              <Stack gap="xs" align="center">
                <img className={classes.thumb} src={thumbUrlOf(image)} alt={alt} width={120} height={120} loading="lazy" />
                {image.primary || index === 0 ? (
                  <Badge variant="light">{t('products.gallery.primary')}</Badge>
                ) : (
                  <Button size="compact-xs" variant="default" onClick={() => makePrimary(image)} disabled={busy}>
                    {t('products.gallery.set_primary')}
                  </Button>
                )}
                <Group gap={4}>
                  <ActionIcon
                    variant="default"
                    aria-label={t('products.gallery.move_earlier', { n })}
                    disabled={index === 0 || busy}
                    onClick={() => move(index, -1)}
                  >
                    <IconArrowUp size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    aria-label={t('products.gallery.move_later', { n })}
                    disabled={index === images.length - 1 || busy}
                    onClick={() => move(index, 1)}
                  >
                    <IconArrowDown size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Stack>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" className={classes.fields}>
                {LOCALES.map((locale) => (
                  <AltTextField key={locale} imageId={image.id} productId={productId} locale={locale} saved={image.alt[locale] ?? ''} />
                ))}
              </SimpleGrid>
            </li>
          );
        })}
      </ol>
    );
  }

  return (
    <section aria-labelledby={`gallery-title-${productId}`}>
      <Title order={3} size="h5" mb="xs" id={`gallery-title-${productId}`}>
        {t('products.gallery.title')}
      </Title>
      {body}
      {reorder.isError || setPrimary.isError ? <ErrorAlert error={reorder.error ?? setPrimary.error} /> : null}
      <Text size="xs" c="dimmed" role="status" mt="xs">
        {announcement}
      </Text>
    </section>
  );
}
