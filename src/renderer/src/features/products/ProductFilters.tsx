import { Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProductSort, type ProductStatus } from '../../../../shared/schemas/catalog';
import { useApiQuery } from '../../api/hooks';
import { PRODUCT_STATUSES } from './product-status';
import type { ProductView } from './product-view';

export interface ProductFiltersProps {
  search: string;
  onSearchChange: (value: string) => void;
  view: ProductView;
  onViewChange: (patch: Partial<ProductView>) => void;
}

export function ProductFilters({ search, onSearchChange, view, onViewChange }: ProductFiltersProps) {
  const { t } = useTranslation();
  const tags = useApiQuery('catalog.listTags', {});
  const tagOptions = tags.data?.map((tag) => tag.name) ?? [];
  // A remembered tag stays selectable while the list loads (or after the tag is gone).
  if (view.tag && !tagOptions.includes(view.tag)) tagOptions.unshift(view.tag);

  return (
    <div>
      <Group align="flex-end" gap="sm" mb="sm">
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
          value={view.status}
          onChange={(event) => onViewChange({ status: event.currentTarget.value as ProductStatus | '' })}
          data={[
            { value: '', label: t('products.filter.all_statuses') },
            ...PRODUCT_STATUSES.map((value) => ({ value, label: t(`products.status.${value}`) })),
          ]}
        />
        <NativeSelect
          label={t('products.filter.tag')}
          value={view.tag}
          onChange={(event) => onViewChange({ tag: event.currentTarget.value })}
          data={[{ value: '', label: t('products.filter.all_tags') }, ...tagOptions.map((name) => ({ value: name, label: name }))]}
          maw={200}
        />
        <NativeSelect
          label={t('products.sort.label')}
          value={view.sort}
          onChange={(event) => onViewChange({ sort: ProductSort.parse(event.currentTarget.value) })}
          data={ProductSort.options.map((value) => ({ value, label: t(`products.sort.${value}`) }))}
        />
      </Group>
      <Group gap="lg" mb="md">
        <Checkbox
          label={t('products.filter.has_no_images')}
          checked={view.hasNoImages}
          onChange={(event) => onViewChange({ hasNoImages: event.currentTarget.checked })}
        />
        <Checkbox
          label={t('products.filter.missing_alt')}
          checked={view.missingAlt}
          onChange={(event) => onViewChange({ missingAlt: event.currentTarget.checked })}
        />
        <Checkbox
          label={t('products.filter.low_rating')}
          checked={view.lowRating}
          onChange={(event) => onViewChange({ lowRating: event.currentTarget.checked })}
        />
      </Group>
    </div>
  );
}
