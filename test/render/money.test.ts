import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/render/view.js';

// What formatMoney replaced: Intl.NumberFormat, which costs 25 ms to load on first use.
const viaIntl = (amount: number) => {
  const digits = Math.round((amount % 1) * 100) % 100 === 0 ? 0 : 2;
  return `EUR ${new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount)}`;
};

describe('formatMoney', () => {
  it.each([
    [0, 'EUR 0'],
    [12.5, 'EUR 12.50'],
    [1234567, 'EUR 1,234,567'],
    [2.675, 'EUR 2.68'],
    [999999.995, 'EUR 1,000,000.00'],
    [1e15, 'EUR 1,000,000,000,000,000'],
    [0.0000001, 'EUR 0'],
  ])('%s → %s', (amount, text) => {
    expect(formatMoney({ amount, currency: 'EUR' })).toBe(text);
    expect(formatMoney({ amount, currency: 'EUR' })).toBe(viaIntl(amount));
  });

  it('writes every amount the schema allows as Intl.NumberFormat en-US would', () => {
    const cents = fc.integer({ min: 0, max: 1e11 }).map((n) => n / 100);
    const mills = fc.integer({ min: 0, max: 1e10 }).map((n) => n / 1000);
    const large = fc.double({ min: 0, max: 1e15, noNaN: true });
    fc.assert(
      fc.property(fc.oneof(cents, mills, large), (amount) => {
        expect(formatMoney({ amount, currency: 'EUR' })).toBe(viaIntl(amount));
      }),
      { numRuns: 5000 },
    );
  });
});
