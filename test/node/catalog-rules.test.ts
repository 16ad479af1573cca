import { describe, expect, it } from 'vitest';
import { adjustPrice, applyRounding } from '../../src/core/catalog/rules/price-rounding';
import { handleFromTitle, uniqueHandle } from '../../src/core/catalog/rules/handle';

describe('bulk price adjustment (minor units)', () => {
  it.each([
    // price, mode, value, rounding → result
    [1234, 'percent', 10, 'none', 1357], // 1357.4 → 1357
    [1235, 'percent', 10, 'none', 1359], // 1358.5 → half away from zero
    [1234, 'percent', 10, 'to_99', 1399],
    [1299, 'amount', 0, 'to_99', 1299],
    [1249, 'amount', 0, 'to_00', 1200],
    [1250, 'amount', 0, 'to_00', 1300],
    [1232, 'amount', 0, 'nearest_5', 1230],
    [1233, 'amount', 0, 'nearest_5', 1235],
    [1000, 'percent', -25, 'none', 750],
    [1000, 'amount', -250, 'nearest_5', 750],
    [999, 'percent', -100, 'none', 0],
  ] as const)('%i %s %d %s → %i', (price, mode, value, rounding, expected) => {
    expect(adjustPrice(price, { mode, value, rounding })).toEqual({ priceMinor: expected, clamped: false });
  });

  it('clamps below zero to 0 and says so, also after rounding', () => {
    expect(adjustPrice(500, { mode: 'amount', value: -600, rounding: 'none' })).toEqual({ priceMinor: 0, clamped: true });
    expect(adjustPrice(1000, { mode: 'percent', value: -150, rounding: 'to_99' })).toEqual({ priceMinor: 0, clamped: true });
    expect(applyRounding(-1, 'to_99')).toBe(-1);
  });
});

describe('handles', () => {
  it('slugs titles in every script and numbers taken ones', () => {
    expect(handleFromTitle('Kashan Rug, 2×3 m!')).toBe('kashan-rug-2-3-m');
    expect(handleFromTitle('فرش كاشان')).toBe('فرش-کاشان');
    expect(handleFromTitle('Ёлочная игрушка')).toBe('елочная-игрушка');
    expect(handleFromTitle('!!!')).toBe('product');
    const taken = new Set(['rug', 'rug-2']);
    expect(uniqueHandle('rug', (h) => taken.has(h))).toBe('rug-3');
    expect(uniqueHandle('lamp', (h) => taken.has(h))).toBe('lamp');
  });
});
