import type { ProductStatus } from '../../../../shared/schemas/catalog';

export const PRODUCT_STATUSES: ProductStatus[] = ['active', 'draft', 'archived'];

export const STATUS_COLORS: Record<ProductStatus, string> = {
  active: 'teal',
  draft: 'gray',
  archived: 'orange',
};
