import { Button, Center, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPackage, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiPagedQuery } from '../../api/hooks';
import { navigate } from '../../app/router';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { useFormat } from '../../i18n/use-format';
import { ProductDrawer } from './ProductDrawer/ProductDrawer';
import { ProductFilters } from './ProductFilters';
import { DEFAULT_VIEW, isFiltered, useProductView, viewToInput } from './product-view';
import { UndoStatus } from './UndoStatus/UndoStatus';
import { ProductTable, ProductTableSkeleton } from './ProductTable/ProductTable';

const PAGE_SIZE = 50;
/** Long enough to skip intermediate keystrokes, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 300;

export function ProductsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const [view, updateView] = useProductView();
  const [openId, setOpenId] = useState<number | null>(null);

  const products = useApiPagedQuery('catalog.listProducts', {
    limit: PAGE_SIZE,
    ...(q ? { q } : {}),
    ...viewToInput(view),
  });
  const filtered = q !== '' || isFiltered(view);

  const clearFilters = () => {
    setSearch('');
    updateView({ ...DEFAULT_VIEW, sort: view.sort });
  };

  let body: React.ReactNode;
  if (products.isPending) {
    body = <ProductTableSkeleton />;
  } else if (products.isError && !products.isFetchNextPageError) {
    body = <ErrorAlert error={products.error} onRetry={() => void products.refetch()} retrying={products.isFetching} />;
  } else if (products.items.length === 0) {
    body = filtered ? (
      <EmptyState
        icon={IconSearch}
        title={t('products.empty_filtered.title')}
        description={t('products.empty_filtered.body')}
        action={{ label: t('products.empty_filtered.action'), onClick: clearFilters }}
      />
    ) : (
      <EmptyState
        icon={IconPackage}
        title={t('products.empty.title')}
        description={t('products.empty.body')}
        action={{ label: t('products.empty.action'), onClick: () => navigate('welcome') }}
      />
    );
  } else {
    body = (
      <>
        <ProductTable products={products.items} onOpen={(product) => setOpenId(product.id)} />
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed" role="status">
            {t('products.shown', { count: products.items.length, n: format.number(products.items.length) })}
          </Text>
          {products.hasNextPage ? (
            <Button variant="default" onClick={() => void products.fetchNextPage()} loading={products.isFetchingNextPage}>
              {t('common.load_more')}
            </Button>
          ) : null}
        </Group>
        {products.isFetchNextPageError ? (
          <Center mt="sm">
            <ErrorAlert error={products.error} onRetry={() => void products.fetchNextPage()} />
          </Center>
        ) : null}
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('nav.products')} description={t('products.description')} />
      <ProductFilters search={search} onSearchChange={setSearch} view={view} onViewChange={updateView} />
      {body}
      <ProductDrawer productId={openId} onClose={() => setOpenId(null)} />
      <UndoStatus />
    </>
  );
}
