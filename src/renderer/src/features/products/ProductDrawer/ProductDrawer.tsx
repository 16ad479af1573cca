import { Divider, Drawer, Skeleton, Stack, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { ProductEditForm } from '../ProductEditForm/ProductEditForm';
import { ProductGallery } from '../ProductGallery/ProductGallery';
import { ProductDetails } from './ProductDetails';

export interface ProductDrawerProps {
  productId: number | null;
  onClose: () => void;
}

/** Product details and the quick-edit form, sliding in from the inline end (right in LTR, left in RTL). */
export function ProductDrawer({ productId, onClose }: ProductDrawerProps) {
  const { t } = useTranslation();
  const { dir } = useDirection();
  const detail = useApiQuery('catalog.getProduct', { id: productId ?? 0 }, { enabled: productId !== null });

  return (
    <Drawer
      opened={productId !== null}
      onClose={onClose}
      position={dir === 'rtl' ? 'left' : 'right'}
      size="lg"
      // <bdi>: a Latin title ending in punctuation must not be reordered inside an RTL header.
      title={detail.data ? <bdi>{detail.data.title}</bdi> : t('products.detail.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {detail.isPending ? (
        <Stack data-testid="product-loading">
          <Skeleton height={96} />
          <Skeleton height={20} width="60%" />
          <Skeleton height={120} />
        </Stack>
      ) : detail.isError ? (
        <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />
      ) : (
        <Stack gap="lg">
          <ProductDetails product={detail.data} />
          <Divider />
          <ProductGallery productId={detail.data.id} productTitle={detail.data.title} />
          <Divider />
          <ProductEditForm key={detail.data.id} product={detail.data} />
        </Stack>
      )}
    </Drawer>
  );
}
