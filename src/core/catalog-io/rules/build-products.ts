import type { CsvIssue } from '../../../shared/schemas/catalog-io';
import type { CsvRecord } from '../csv-reader';
import {
  isKnownColumn,
  PRODUCT_DEFAULTS,
  PRODUCT_EXTRA_COLUMNS,
  publishedFor,
  VARIANT_DEFAULTS,
  VARIANT_EXTRA_COLUMNS,
  VARIANT_MARKER_COLUMNS,
} from '../columns';
import { parseMoney } from './money';
import { optionKey, type ParsedImage, type ParsedProduct, type ParsedVariant } from './parsed-product';
import { sanitizeBodyHtml } from './sanitize-body-html';

export interface BuildResult {
  products: ParsedProduct[];
  errors: CsvIssue[];
  warnings: CsvIssue[];
}

const STATUSES = new Set(['active', 'draft', 'archived']);
const INTEGER = /^-?\d{1,9}$/;
const GRAMS = /^\d{1,9}(\.\d+)?$/;
const OPTION_N = [1, 2, 3] as const;

type Row = (column: string) => string;

interface Draft extends ParsedProduct {
  imageOrder: { image: ParsedImage; given: number | null; seq: number }[];
  seenOptions: Map<string, number>;
}

/**
 * Groups a Shopify product CSV into products (rows share a `Handle`; the first row of a
 * handle carries the product fields, later rows add variants and/or images) and checks
 * every row. Store-independent checks only: SKUs taken in the store are plan.ts's job.
 */
export async function buildProducts(records: AsyncIterable<CsvRecord>): Promise<BuildResult> {
  const errors: CsvIssue[] = [];
  const warnings: CsvIssue[] = [];
  const drafts = new Map<string, Draft>();
  const skuLines = new Map<string, number>();
  let header: Map<string, number> | null = null;
  let seq = 0;

  for await (const { line, cells } of records) {
    if (!header) {
      header = readHeader(cells, line, errors, warnings);
      if (!header) return { products: [], errors, warnings };
      continue;
    }
    const columns = header;
    const cell: Row = (c) => (columns.has(c) ? (cells[columns.get(c)!] ?? '').trim() : '');
    const issue = (code: string, column?: string, params: CsvIssue['params'] = {}) =>
      errors.push({ line, ...(column ? { column } : {}), code, params });

    const handle = cell('Handle');
    if (!handle) {
      issue('missing_handle', 'Handle');
      continue;
    }
    let draft = drafts.get(handle);
    const firstRow = !draft;
    if (!draft) {
      if (!cell('Title')) issue('missing_title_first_row', 'Title', { handle });
      draft = startProduct(handle, line, cell, issue, warnings);
      drafts.set(handle, draft);
    }
    if (firstRow || VARIANT_MARKER_COLUMNS.some((c) => cell(c) !== '')) {
      const variant = readVariant(line, cell, draft, issue);
      if (variant) {
        const key = optionKey(variant.options);
        const clash = draft.seenOptions.get(key);
        if (clash !== undefined) issue('duplicate_variant', 'Option1 Value', { handle, firstLine: clash });
        else draft.seenOptions.set(key, line);
        if (variant.sku !== null) {
          const first = skuLines.get(variant.sku);
          if (first !== undefined) issue('duplicate_sku', 'Variant SKU', { sku: variant.sku, firstLine: first });
          else skuLines.set(variant.sku, line);
        }
        draft.variants.push(variant);
      }
    }
    const src = cell('Image Src');
    if (src && !draft.imageOrder.some((o) => o.image.src === src)) {
      const given = cell('Image Position');
      if (given && !/^\d{1,6}$/.test(given)) issue('invalid_number', 'Image Position', { value: given });
      const image: ParsedImage = { src, position: 0, alt: cell('Image Alt Text') || null, line };
      draft.imageOrder.push({ image, given: given ? Number(given) : null, seq: seq++ });
    }
  }
  if (!header) errors.push({ line: 1, code: 'bad_header', params: { missing: 'Handle' } });
  return { products: [...drafts.values()].map((d) => finishProduct(d, () => seq++)), errors, warnings };
}

function readHeader(cells: string[], line: number, errors: CsvIssue[], warnings: CsvIssue[]): Map<string, number> | null {
  const header = new Map<string, number>();
  cells.forEach((name, i) => {
    const trimmed = name.trim();
    if (!header.has(trimmed)) header.set(trimmed, i);
  });
  const missing = ['Handle', 'Title'].filter((c) => !header.has(c));
  if (missing.length > 0) {
    errors.push({ line, code: 'bad_header', params: { missing: missing.join(', ') } });
    return null;
  }
  for (const name of header.keys()) {
    if (/^Option[4-9] (Name|Value)$/.test(name)) errors.push({ line, column: name, code: 'too_many_options', params: { max: 3 } });
    else if (name && !isKnownColumn(name)) warnings.push({ line, column: name, code: 'unknown_column', params: { column: name } });
  }
  return header;
}

type Issue = (code: string, column?: string, params?: CsvIssue['params']) => void;

function startProduct(handle: string, line: number, cell: Row, issue: Issue, warnings: CsvIssue[]): Draft {
  const rawStatus = cell('Status').toLowerCase();
  let status: ParsedProduct['status'] = cell('Published').toLowerCase() === 'false' ? 'draft' : 'active';
  if (rawStatus) {
    if (STATUSES.has(rawStatus)) status = rawStatus as ParsedProduct['status'];
    else issue('invalid_status', 'Status', { value: cell('Status') });
  }
  const rawBody = cell('Body (HTML)');
  const bodyHtml = sanitizeBodyHtml(rawBody);
  if (bodyHtml !== rawBody && /<[a-z!/]/i.test(rawBody)) warnings.push({ line, column: 'Body (HTML)', code: 'body_sanitized', params: { handle } });
  const tags = [...new Set(cell('Tags').split(',').map((t) => t.trim()).filter(Boolean))].sort();
  return {
    handle,
    line,
    title: cell('Title'),
    bodyHtml,
    vendor: cell('Vendor') || null,
    productType: cell('Type') || null,
    tags,
    status,
    seoTitle: cell('SEO Title') || null,
    seoDescription: cell('SEO Description') || null,
    extra: extraJson(PRODUCT_EXTRA_COLUMNS, cell, { ...PRODUCT_DEFAULTS, Published: publishedFor(status) }),
    optionNames: [cell('Option1 Name') || null, cell('Option2 Name') || null, cell('Option3 Name') || null],
    variants: [],
    images: [],
    imageOrder: [],
    seenOptions: new Map(),
  };
}

function readVariant(line: number, cell: Row, draft: Draft, issue: Issue): ParsedVariant | null {
  let ok = true;
  const fail = (code: string, column: string, params: CsvIssue['params'] = {}) => {
    ok = false;
    issue(code, column, params);
  };
  const options: ParsedVariant['options'] = [null, null, null];
  for (const n of OPTION_N) {
    const value = cell(`Option${n} Value`);
    const named = draft.optionNames[n - 1] !== null;
    if (value && !named) fail('too_many_options', `Option${n} Value`, { option: n });
    else if (!value && named) fail('option_value_missing', `Option${n} Value`, { option: n, name: draft.optionNames[n - 1]! });
    options[n - 1] = value || null;
  }
  const price = parseMoney(cell('Variant Price'));
  if (price === null) fail('invalid_price', 'Variant Price', { value: cell('Variant Price') });
  const compareText = cell('Variant Compare At Price');
  const compareAt = compareText ? parseMoney(compareText) : null;
  if (compareText && compareAt === null) fail('invalid_price', 'Variant Compare At Price', { value: compareText });
  const gramsText = cell('Variant Grams');
  if (gramsText && !GRAMS.test(gramsText)) fail('invalid_number', 'Variant Grams', { value: gramsText });
  const qtyText = cell('Variant Inventory Qty');
  if (qtyText && !INTEGER.test(qtyText)) fail('invalid_number', 'Variant Inventory Qty', { value: qtyText });
  if (!ok) return null;
  return {
    line,
    sku: cell('Variant SKU') || null,
    options,
    priceMinor: price!,
    compareAtMinor: compareAt,
    weightGrams: gramsText ? Math.round(Number(gramsText)) : null,
    inventory: qtyText ? Number(qtyText) : 0,
    barcode: cell('Variant Barcode') || null,
    imageSrc: cell('Variant Image') || null,
    extra: extraJson(VARIANT_EXTRA_COLUMNS, cell, VARIANT_DEFAULTS),
  };
}

/**
 * Unmodelled columns as JSON text in column order (stable, so equal rows compare equal).
 * Empty cells and values equal to what the export writes anyway are left out, so a
 * re-import of an export stores exactly what the first import stored.
 */
function extraJson(columns: readonly string[], cell: Row, defaults: Readonly<Record<string, string | undefined>>): string | null {
  const entries = columns.map((c) => [c, cell(c)] as const).filter(([c, v]) => v !== '' && v !== defaults[c]);
  return entries.length > 0 ? JSON.stringify(Object.fromEntries(entries)) : null;
}

/** Gallery positions: given ones first (ascending), then the rest in file order; variant images not listed join at the end. */
function finishProduct(draft: Draft, nextSeq: () => number): ParsedProduct {
  for (const v of draft.variants) {
    if (v.imageSrc && !draft.imageOrder.some((o) => o.image.src === v.imageSrc)) {
      draft.imageOrder.push({ image: { src: v.imageSrc, position: 0, alt: null, line: v.line }, given: null, seq: nextSeq() });
    }
  }
  const ordered = [...draft.imageOrder].sort(
    (a, b) => (a.given ?? Number.MAX_SAFE_INTEGER) - (b.given ?? Number.MAX_SAFE_INTEGER) || a.seq - b.seq,
  );
  const images = ordered.map((o, i) => ({ ...o.image, position: i + 1 }));
  const { imageOrder: _order, seenOptions: _seen, ...product } = draft;
  return { ...product, images };
}
