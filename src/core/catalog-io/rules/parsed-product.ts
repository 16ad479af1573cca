/** A product as read from a Shopify CSV, before it is matched against the store. */
export interface ParsedImage {
  src: string;
  /** 1-based gallery position after normalisation (file order breaks ties). */
  position: number;
  alt: string | null;
  line: number;
}

export interface ParsedVariant {
  line: number;
  /** null when the file gives none (Shopify allows it; the store needs one: see plan.ts). */
  sku: string | null;
  options: [string | null, string | null, string | null];
  priceMinor: number;
  compareAtMinor: number | null;
  weightGrams: number | null;
  inventory: number;
  barcode: string | null;
  imageSrc: string | null;
  /** Unmodelled Shopify variant columns (JSON text, stable key order), null when none. */
  extra: string | null;
}

export interface ParsedProduct {
  handle: string;
  line: number;
  title: string;
  /** Already sanitised. */
  bodyHtml: string;
  vendor: string | null;
  productType: string | null;
  tags: string[];
  status: 'active' | 'draft' | 'archived';
  seoTitle: string | null;
  seoDescription: string | null;
  extra: string | null;
  optionNames: [string | null, string | null, string | null];
  variants: ParsedVariant[];
  images: ParsedImage[];
}

/** Shopify's variant title: the option values joined by " / ". */
export const variantTitle = (options: readonly (string | null)[]): string => options.filter((o) => o).join(' / ');

/** A key for matching a variant by its option values when it has no SKU. */
export const optionKey = (options: readonly (string | null)[]): string => JSON.stringify(options.map((o) => o ?? ''));
