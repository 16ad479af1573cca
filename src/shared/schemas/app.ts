import { z } from 'zod';
import { Locale } from './common';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  platform: z.string(),
  hasStore: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const Doctor = z.object({
  versions: z.object({
    app: z.string(),
    node: z.string(),
    sqlite: z.string(),
    sharp: z.string(),
    libvips: z.string(),
    electron: z.string().nullable(),
  }),
  integrity: z.string(),
  schemaVersion: z.number().int(),
  appSchemaVersion: z.number().int(),
  dbPath: z.string(),
  dbSizeBytes: z.number().int(),
  freeDiskBytes: z.number().int().nullable(),
});
export type Doctor = z.infer<typeof Doctor>;

// ISO 4217 codes the runtime can format; "DOL" is well-formed but not a currency.
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
function isKnownCurrency(code: string): boolean {
  return KNOWN_CURRENCIES.has(code);
}

export const Theme = z.enum(['light', 'dark', 'system']);
export const NumberingSystem = z.enum(['auto', 'latn', 'arab', 'arabext']);

export const Settings = z.object({
  language: Locale,
  theme: Theme,
  numberingSystem: NumberingSystem,
  storeName: z.string().min(1).max(120),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .refine(isKnownCurrency, { message: 'unknown currency code' }),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsPatch = Settings.partial().strict();

export const DemoScale = z.enum(['small', 'full']);
export type DemoScale = z.infer<typeof DemoScale>;

export const StoreCounts = z.object({
  products: z.number().int(),
  variants: z.number().int(),
  images: z.number().int(),
  reviews: z.number().int(),
  questions: z.number().int(),
  orders: z.number().int(),
  customers: z.number().int(),
});
export type StoreCounts = z.infer<typeof StoreCounts>;

export const DemoStatus = z.object({ hasStore: z.boolean(), counts: StoreCounts });
export const DemoCreateInput = z.object({
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
  scale: DemoScale.default('small'),
});
