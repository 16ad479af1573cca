import { z } from 'zod';

/** A CSV file on this machine (the desktop app passes a real path; the web host stages uploads). */
export const CsvPathInput = z.object({ path: z.string().min(1).max(4096) });
export type CsvPathInput = z.infer<typeof CsvPathInput>;

/**
 * One problem found in a CSV file. `line` is the 1-based PHYSICAL line of the file where
 * the offending row starts (a quoted cell with newlines spans several lines); `code`
 * translates as `catalog_io.error.<code>` (or `catalog_io.warning.<code>`).
 */
export const CsvIssue = z.object({
  line: z.number().int().nonnegative(),
  column: z.string().optional(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type CsvIssue = z.infer<typeof CsvIssue>;

/** What an import would do: counts in the file, creates vs updates, and every row error. */
export const CsvImportPreview = z.object({
  products: z.number().int(),
  variants: z.number().int(),
  images: z.number().int(),
  creates: z.number().int(),
  updates: z.number().int(),
  errors: z.array(CsvIssue),
  warnings: z.array(CsvIssue),
});
export type CsvImportPreview = z.infer<typeof CsvImportPreview>;

/** Result of an applied import (also the import job's result). */
export const CsvImportResult = CsvImportPreview.extend({ pendingImageDownloads: z.number().int() });
export type CsvImportResult = z.infer<typeof CsvImportResult>;

export const CsvExportResult = z.object({
  path: z.string(),
  products: z.number().int(),
  variants: z.number().int(),
  images: z.number().int(),
  rows: z.number().int(),
});
export type CsvExportResult = z.infer<typeof CsvExportResult>;
