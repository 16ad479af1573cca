import { z } from 'zod';

/** Local primary keys are SQLite integer row ids. */
export const Id = z.number().int().positive();
export const IsoDateTime = z.iso.datetime({ offset: true });
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** Money is always integer minor units (cents, fils …) of the store currency. */
export const MinorUnits = z.number().int();
export const Locale = z.enum(['en', 'ar', 'fa', 'ru']);
export type Locale = z.infer<typeof Locale>;
export const Empty = z.object({}).strict();

/** Keyset page: `next` is an opaque cursor for the following page, null at the end. */
export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), next: z.string().nullable() });

export const PageRequest = z.object({
  limit: z.number().int().min(1).max(500).default(50),
  after: z.string().max(200).optional(),
});
