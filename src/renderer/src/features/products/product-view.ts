import { useEffect, useState } from 'react';
import { z } from 'zod';
import { ProductSort, ProductStatus } from '../../../../shared/schemas/catalog';

/** The grid's remembered view: filters and sort (the search box is not remembered). */
export const ProductView = z.object({
  status: ProductStatus.or(z.literal('')).catch(''),
  tag: z.string().max(255).catch(''),
  hasNoImages: z.boolean().catch(false),
  missingAlt: z.boolean().catch(false),
  lowRating: z.boolean().catch(false),
  sort: ProductSort.catch('updated_desc'),
});
export type ProductView = z.infer<typeof ProductView>;

export const DEFAULT_VIEW: ProductView = {
  status: '',
  tag: '',
  hasNoImages: false,
  missingAlt: false,
  lowRating: false,
  sort: 'updated_desc',
};

export const VIEW_STORAGE_KEY = 'storekeeper.products.view';

function readView(): ProductView {
  try {
    const raw = localStorage.getItem(VIEW_STORAGE_KEY);
    if (!raw) return DEFAULT_VIEW;
    const parsed = ProductView.safeParse({ ...DEFAULT_VIEW, ...(JSON.parse(raw) as object) });
    return parsed.success ? parsed.data : DEFAULT_VIEW;
  } catch {
    return DEFAULT_VIEW;
  }
}

/** Whether any filter (not the sort) narrows the grid. */
export const isFiltered = (view: ProductView) =>
  view.status !== '' || view.tag !== '' || view.hasNoImages || view.missingAlt || view.lowRating;

/** The listProducts filter fields of a view (unset ones left out). */
export function viewToInput(view: ProductView) {
  return {
    ...(view.status ? { status: view.status } : {}),
    ...(view.tag ? { tag: view.tag } : {}),
    ...(view.hasNoImages ? { hasNoImages: true } : {}),
    ...(view.missingAlt ? { missingAlt: true } : {}),
    ...(view.lowRating ? { lowRating: true } : {}),
    sort: view.sort,
  };
}

/** The view state, remembered in localStorage across sessions. */
export function useProductView() {
  const [view, setView] = useState<ProductView>(readView);
  useEffect(() => {
    try {
      localStorage.setItem(VIEW_STORAGE_KEY, JSON.stringify(view));
    } catch {
      // Storage full or disabled: the view just is not remembered.
    }
  }, [view]);
  const update = (patch: Partial<ProductView>) => setView((current) => ({ ...current, ...patch }));
  return [view, update] as const;
}
