import type { PlannedVariant } from './catalog-model';
import type { Rng } from './random';
import { COLOURS, type Colour } from './vocab/colours';
import type { CategoryVocab, Noun, OptionSpec } from './vocab/types';

/** Short SKU codes for option values; anything unlisted is abbreviated mechanically. */
const VALUE_CODES: Record<string, string> = {
  Small: 'S', Medium: 'M', Large: 'L',
  Regular: 'REG', Relaxed: 'RLX',
  Silver: 'SLV', 'Gold-plated': 'GLD', 'Rose gold': 'RSG',
  'Whole bean': 'WB', Espresso: 'ESP', Filter: 'FLT', Turkish: 'TRK',
  Brass: 'BRS', 'Matte black': 'BLK', 'Antique copper': 'CPR',
};

export function valueCode(optionName: string, value: string): string {
  if (optionName === 'Ring size') return `R${value}`;
  if (VALUE_CODES[value]) return VALUE_CODES[value];
  return value.toUpperCase().replace(/ × /g, 'X').replace(/[^A-Z0-9]+/g, '').slice(0, 7);
}

const colourCode = (c: Colour): string => c.value.slice(0, 3).toUpperCase();

/** Options whose later values cost more (bigger rug, heavier bag). */
const SCALING_OPTIONS = new Set(['Size', 'Weight']);

/** EAN-13 with a valid check digit: realistic barcodes that a naive Luhn check would misread as cards. */
function ean13(rng: Rng): string {
  let digits = '50' + String(rng.int(0, 9_999_999_999)).padStart(10, '0');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  digits += String((10 - (sum % 10)) % 10);
  return digits;
}

/** Prices end in 99 cents below $100 and in whole dollars above, like real shops. */
function shopPrice(minor: number): number {
  return minor < 10_000 ? Math.max(99, Math.round(minor / 100) * 100 - 1) : Math.round(minor / 1000) * 1000;
}

export interface VariantPlan {
  options: { name: string; values: string[] }[];
  variants: Omit<PlannedVariant, 'id' | 'productId'>[];
  colours: Colour[];
}

/**
 * One to three options: the category's first option, colour (when the noun has colour) and
 * an optional second option, each with a subset of values; at most 12 variants.
 */
export function planVariants(rng: Rng, category: CategoryVocab, n: Noun, skuStem: string): VariantPlan {
  const extra: readonly OptionSpec[] = n.options ?? category.options;
  const hasColour = n.hasColour ?? category.hasColour;
  const options: { name: string; values: string[] }[] = [];
  const pickValues = (spec: OptionSpec, max: number) => {
    const count = rng.int(1, Math.min(max, spec.values.length));
    const start = rng.int(0, spec.values.length - count);
    return spec.values.slice(start, start + count);
  };
  if (extra[0]) options.push({ name: extra[0].name, values: pickValues(extra[0], 4) });
  const colours = hasColour ? rng.sample(COLOURS, rng.int(1, 3)) : [];
  if (hasColour) options.push({ name: 'Colour', values: colours.map((c) => c.value) });
  if (extra[1] && rng.chance(0.6)) options.push({ name: extra[1].name, values: pickValues(extra[1], 2) });
  if (options.length === 0) options.push({ name: 'Title', values: ['Default Title'] });

  let combos: string[][] = [[]];
  for (const o of options) combos = combos.flatMap((c) => o.values.map((v) => [...c, v]));
  combos = combos.slice(0, 12);

  const [minPrice, maxPrice] = category.priceMinor;
  // Skewed towards the cheap end: most of a range is affordable, a few pieces are splurges.
  const base = Math.round(minPrice + (maxPrice - minPrice) * Math.pow(rng.next(), 1.6) * 0.6);
  const onSale = rng.chance(0.15);
  const [minWeight, maxWeight] = category.weightGrams;
  const baseWeight = rng.int(minWeight, Math.round((minWeight + maxWeight) / 2));
  const variants = combos.map((values, i) => {
    let factor = 1;
    const codes: string[] = [];
    values.forEach((value, k) => {
      const o = options[k];
      if (o.name === 'Colour') codes.push(colourCode(colours.find((c) => c.value === value)!));
      else if (o.name !== 'Title') codes.push(valueCode(o.name, value));
      if (SCALING_OPTIONS.has(o.name)) factor += 0.5 * extraIndex(extra, o.name, value);
    });
    const price = shopPrice(base * factor);
    const colourValue = hasColour ? values[options.findIndex((o) => o.name === 'Colour')] : null;
    return {
      position: i + 1,
      sku: [skuStem, ...codes].join('-'),
      title: values.join(' / '),
      options: values,
      colour: colourValue ? (colours.find((c) => c.value === colourValue) ?? null) : null,
      priceMinor: price,
      compareAtMinor: onSale ? shopPrice(price * 1.25) : null,
      barcode: rng.chance(0.6) ? ean13(rng) : null,
      weightGrams: Math.round(baseWeight * factor),
      inventory: rng.chance(0.08) ? 0 : rng.int(1, 150),
    };
  });
  return { options, variants, colours };
}

/** Position of a value in the option's full list, so "200 × 300 cm" costs more than "80 × 150 cm". */
function extraIndex(specs: readonly OptionSpec[], name: string, value: string): number {
  const spec = specs.find((s) => s.name === name);
  return spec ? spec.values.indexOf(value) : 0;
}
