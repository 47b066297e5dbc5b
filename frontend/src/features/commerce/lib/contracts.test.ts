import { describe, expect, it } from 'vitest';
import { contractActions, contractTotal, lineValue } from './contracts';

describe('contract totals', () => {
  it('multiplies quantity by unit price', () => {
    expect(lineValue({ quantity: 500, unitPriceVnd: 2500 })).toBe(1_250_000);
    expect(lineValue({ quantity: 1.5, unitPriceVnd: 45_000 })).toBe(67_500);
  });

  it('has no value without a price or a positive quantity', () => {
    expect(lineValue({ quantity: 10, unitPriceVnd: null })).toBeNull();
    expect(lineValue({ quantity: 0, unitPriceVnd: 1000 })).toBeNull();
    expect(lineValue({ quantity: undefined, unitPriceVnd: 1000 })).toBeNull();
  });

  it('adds the lines and rounds once at the end, half up, as the API does', () => {
    // 0.333 × 1 + 0.333 × 1 + 0.334 × 1 = 1.000 → 1 (rounding each line first would give 0 + 0 + 0)
    expect(
      contractTotal([
        { quantity: 0.333, unitPriceVnd: 1 },
        { quantity: 0.333, unitPriceVnd: 1 },
        { quantity: 0.334, unitPriceVnd: 1 },
      ]),
    ).toBe(1);
    expect(contractTotal([{ quantity: 0.5, unitPriceVnd: 1 }])).toBe(1);
    expect(contractTotal([{ quantity: 0.499, unitPriceVnd: 1 }])).toBe(0);
    expect(
      contractTotal([
        { quantity: 500, unitPriceVnd: 45_000 },
        { quantity: 120.5, unitPriceVnd: 80_000 },
      ]),
    ).toBe(32_140_000);
  });

  it('is exact for large amounts and fractional quantities', () => {
    expect(
      contractTotal([
        { quantity: 0.1, unitPriceVnd: 3 },
        { quantity: 0.2, unitPriceVnd: 3 },
      ]),
    ).toBe(1);
    expect(contractTotal([{ quantity: 123456.789, unitPriceVnd: 1_000_000_000 }])).toBe(123_456_789_000_000);
  });

  it('is unknown while a line has no price, or there is no line', () => {
    expect(
      contractTotal([
        { quantity: 1, unitPriceVnd: 1000 },
        { quantity: 2, unitPriceVnd: null },
      ]),
    ).toBeNull();
    expect(contractTotal([{ quantity: 1, unitPriceVnd: 1000 }, undefined])).toBeNull();
    expect(contractTotal([])).toBeNull();
  });
});

describe('contract workflow', () => {
  it('edits, deletes and activates only drafts; completes only active contracts', () => {
    expect(contractActions('DRAFT')).toEqual(['edit', 'delete', 'activate', 'terminate']);
    expect(contractActions('ACTIVE')).toEqual(['complete', 'terminate']);
    expect(contractActions('COMPLETED')).toEqual([]);
    expect(contractActions('TERMINATED')).toEqual([]);
  });
});
