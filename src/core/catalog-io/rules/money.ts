/**
 * Shopify CSV money is a plain decimal in the store currency ("19.99", "50"). The store
 * keeps integer minor units, so more than two decimals would silently lose money: refused.
 */
const MONEY = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/** "19.99" → 1999, "50" → 5000, "0.5" → 50; null when not a valid amount. */
export function parseMoney(text: string): number | null {
  const m = MONEY.exec(text.trim());
  if (!m) return null;
  const fraction = (m[2] ?? '').padEnd(2, '0');
  return Number(m[1]) * 100 + Number(fraction);
}

/** 1999 → "19.99", 5000 → "50.00" (Shopify's own exports always write two decimals). */
export function formatMoney(minor: number): string {
  const whole = Math.trunc(minor / 100);
  const cents = String(minor % 100).padStart(2, '0');
  return `${whole}.${cents}`;
}
