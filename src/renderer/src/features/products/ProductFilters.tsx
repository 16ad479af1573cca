import { Group, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProductStatus } from '../../../../shared/schemas/catalog';
import { PRODUCT_STATUSES } from './product-status';

export interface ProductFiltersProps {
  search: string;
  onSearchChange: (value: string) => void;
  status: ProductStatus | '';
  onStatusChange: (value: ProductStatus | '') => void;
}

export function ProductFilters({ search, onSearchChange, status, onStatusChange }: ProductFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" mb="md">
      <TextInput
        type="search"
        label={t('products.search.label')}
        placeholder={t('products.search.placeholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        flex={1}
        miw={220}
      />
      <NativeSelect
        label={t('products.filter.status')}
        value={status}
        onChange={(event) => onStatusChange(event.currentTarget.value as ProductStatus | '')}
        data={[
          { value: '', label: t('products.filter.all_statuses') },
          ...PRODUCT_STATUSES.map((value) => ({ value, label: t(`products.status.${value}`) })),
        ]}
      />
    </Group>
  );
}
