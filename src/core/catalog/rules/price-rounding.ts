import type { Rounding } from '../../../shared/schemas/catalog-edit';

/**
 * Bulk price adjustment in integer minor units (no floats are stored). Percent changes
 * round half away from zero to a whole minor unit first; then the merchant's rounding:
 * - to_99: the nearest price ending in .99 at or below the next whole unit (12.34 → 12.99),
 * - to_00: the nearest whole unit (12.49 → 12.00, 12.50 → 13.00),
 * - nearest_5: the nearest multiple of 5 minor units (12.32 → 12.30, 12.33 → 12.35).
 * A result below 0 is clamped to 0 and reported, never stored negative.
 */
export function adjustPrice(
  priceMinor: number,
  change: { mode: 'percent' | 'amount'; value: number; rounding: Rounding },
): { priceMinor: number; clamped: boolean } {
  const raw = change.mode === 'percent' ? priceMinor * (1 + change.value / 100) : priceMinor + change.value;
  const whole = roundHalfAway(raw);
  const rounded = applyRounding(whole, change.rounding);
  return rounded < 0 ? { priceMinor: 0, clamped: true } : { priceMinor: rounded, clamped: false };
}

const roundHalfAway = (x: number): number => Math.sign(x) * Math.round(Math.abs(x) + Number.EPSILON * Math.abs(x));

export function applyRounding(minor: number, rounding: Rounding): number {
  switch (rounding) {
    case 'none':
      return minor;
    case 'to_99':
      return Math.floor(minor / 100) * 100 + 99;
    case 'to_00':
      return Math.round(minor / 100) * 100;
    case 'nearest_5':
      return Math.round(minor / 5) * 5;
  }
}
