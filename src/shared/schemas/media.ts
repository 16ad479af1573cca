import { z } from 'zod';
import { Id, IsoDateTime, Locale } from './common';

/** Rejection reason codes of the photo pipeline (translated as `media.reject.<code>`). */
export const RejectionCode = z.enum(['empty', 'unsupported_format', 'corrupt', 'too_many_pixels', 'animated', 'too_small', 'unreadable', 'no_match']);

const AbsolutePath = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'expected an absolute path');

/**
 * What to import: files and/or folders (walked, hidden files skipped), attached either all to
 * one product or matched by file name to a variant SKU or a product handle.
 */
export const ImportSource = z
  .object({
    paths: z.array(AbsolutePath).min(1).max(10_000),
    productId: Id.optional(),
    /** A variant SKU or product handle naming the product (the CLI's --product). */
    productSku: z.string().min(1).max(255).optional(),
    match: z.enum(['sku', 'handle']).optional(),
  })
  .refine((s) => [s.productId, s.productSku, s.match].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of productId, productSku or match',
    path: ['match'],
  });
export type ImportSource = z.infer<typeof ImportSource>;

export const ImportPreview = z.object({
  matches: z.array(
    z.object({ file: z.string(), productId: Id, productTitle: z.string(), sku: z.string().nullable(), position: z.number().int() }),
  ),
  unmatched: z.array(z.string()),
  rejectedEarly: z.array(z.object({ file: z.string(), code: RejectionCode })),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

const ReasonParams = z.record(z.string(), z.union([z.string(), z.number()]));

export const ImportStatus = z.object({
  jobId: Id,
  state: z.string(),
  total: z.number().int(),
  done: z.number().int(),
  /** The next file to finish, for "n of N: name"; null when none is left. */
  currentFile: z.string().nullable(),
  startedAt: IsoDateTime.nullable(),
  /** Remaining seconds at the rate so far; null until one file is done. */
  etaSeconds: z.number().nullable(),
  imported: z.array(
    z.object({ file: z.string(), productId: Id, productSku: z.string().nullable(), imageId: Id, position: z.number().int(), flags: z.array(z.string()) }),
  ),
  duplicates: z.array(z.object({ file: z.string(), imageId: Id })),
  rejected: z.array(z.object({ file: z.string(), code: RejectionCode, params: ReasonParams })),
});
export type ImportStatus = z.infer<typeof ImportStatus>;

export const StoredFile = z.object({
  sha256: z.string(),
  ext: z.string(),
  url: z.string(),
  width: z.number().int(),
  height: z.number().int(),
});

export const GalleryImage = z.object({
  id: Id,
  productId: Id,
  position: z.number().int(),
  primary: z.boolean(),
  width: z.number().int(),
  height: z.number().int(),
  format: z.string(),
  bytes: z.number().int(),
  fileName: z.string().nullable(),
  original: StoredFile.nullable(),
  derivatives: z.record(z.string(), StoredFile),
  alt: z.object({ en: z.string().nullable(), ar: z.string().nullable(), fa: z.string().nullable(), ru: z.string().nullable() }),
  dhash: z.string().nullable(),
  phash: z.string().nullable(),
  dhashMirror: z.string().nullable(),
  /** low_resolution, near_blank, aspect_mismatch, duplicate_of:<imageId>. */
  flags: z.array(z.string()),
  variantIds: z.array(Id),
});
export type GalleryImage = z.infer<typeof GalleryImage>;

/** One product's gallery (by id, or by a variant SKU / handle); neither: every image, by product. */
export const ListImagesInput = z.object({ productId: Id.optional(), productSku: z.string().min(1).max(255).optional() });

export const ReorderInput = z.object({ productId: Id, imageIds: z.array(Id).min(1).max(1000) });
export const ImageIdInput = z.object({ imageId: Id });
export const BindVariantsInput = z.object({ imageId: Id, variantIds: z.array(Id).max(1000) });
export const RemoveImagesInput = z.object({ imageIds: z.array(Id).min(1).max(10_000) });
export const SetAltInput = z.object({ imageId: Id, locale: Locale, alt: z.string().max(512) });

/** Pattern tokens: {title} {option1} {option2} {vendor} {n} (position). */
export const BulkAltInput = z.object({
  productIds: z.array(Id).min(1).max(10_000),
  locale: Locale,
  pattern: z.string().min(1).max(512),
  onlyMissing: z.boolean().default(true),
});
export const BulkAltPreview = z.object({
  rows: z.array(z.object({ imageId: Id, productId: Id, before: z.string().nullable(), after: z.string() })),
});
