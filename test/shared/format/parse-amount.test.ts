import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUsd } from '../../../shared/format/money.ts';
import { parseAmount, parseStrength } from '../../../shared/format/parse-amount.ts';

const value = (r: ReturnType<typeof parseAmount>) => (r.ok ? r.value : r.reason);

describe('format/parse-amount', () => {
  describe('parseAmount()', () => {
    it.each([
      ['25000', 25_000],
      ['25,000', 25_000],
      ['$25,000', 25_000],
      ['$ 25,000.50', 25_000.5],
      ['1,234,567', 1_234_567],
      ['25k', 25_000],
      ['25K', 25_000],
      ['25 k', 25_000],
      ['1.5m', 1_500_000],
      ['$1.5M', 1_500_000],
      ['2b', 2_000_000_000],
      ['1.1k', 1100],
      ['0.07', 0.07],
      ['.5', 0.5],
      ['1e4', 10_000],
      ['  60000  ', 60_000],
      ['+5', 5],
    ])('reads %j as %d', (text, expected) => {
      expect(parseAmount(text)).toEqual({ ok: true, value: expected });
    });

    it.each([
      ['', 'Enter a number.'],
      ['   ', 'Enter a number.'],
      ['25,00', 'Commas group thousands in threes, e.g. 25,000 (decimals take a point: 25.5).'],
      ['2,5000', 'Commas group thousands in threes, e.g. 25,000 (decimals take a point: 25.5).'],
      ['1.2.3', 'A number has at most one decimal point.'],
      ['k', 'Enter a number before the unit, e.g. 25k or $100.'],
      ['$', 'Enter a number before the unit, e.g. 25k or $100.'],
      ['.', 'Enter a number before the unit, e.g. 25k or $100.'],
      ['-5', 'Enter an amount above 0.'],
      ['0', 'Enter an amount above 0.'],
      ['$$5', 'Write the dollar sign once, before the number.'],
      ['25kk', 'Enter a number such as 25000, 25,000, $25,000, 25k or 1.5m.'],
      ['5x', 'Enter a number such as 25000, 25,000, $25,000, 25k or 1.5m.'],
      ['1e999', 'That number is too large.'],
      ['ten', 'Enter a number such as 25000, 25,000, $25,000, 25k or 1.5m.'],
    ])('refuses %j: %s', (text, reason) => {
      expect(parseAmount(text)).toEqual({ ok: false, reason });
    });

    it('reads negative amounts and zero where the field allows any sign', () => {
      expect(value(parseAmount('-5', 'any'))).toBe(-5);
      expect(value(parseAmount('-$1,000', 'any'))).toBe(-1000);
      expect(value(parseAmount('0', 'any'))).toBe(0);
    });

    it('reads back every amount the app shows', () => {
      const cents = fc.integer({ min: 1, max: 10 ** 13 }).map((c) => c / 100);
      fc.assert(
        fc.property(cents, (n) => {
          expect(value(parseAmount(formatUsd(n)))).toBe(n);
        }),
      );
    });
  });

  describe('parseStrength()', () => {
    it.each([
      ['0.5', 0.5],
      ['50%', 0.5],
      ['50 %', 0.5],
      ['0.07 %', 0.0007],
      ['1', 1],
      ['100%', 1],
      ['0', 0],
      ['.25', 0.25],
    ])('reads %j as %d', (text, expected) => {
      expect(parseStrength(text)).toEqual({ ok: true, value: expected });
    });

    it.each([
      ['', 'Enter a strength from 0 to 1, or 0 % to 100 %.'],
      ['50%%', 'Enter a strength such as 0.5 or 50 %.'],
      ['%', 'Enter a strength such as 0.5 or 50 %.'],
      ['1.2.3', 'Enter a strength such as 0.5 or 50 %.'],
      ['half', 'Enter a strength such as 0.5 or 50 %.'],
      ['-5', 'Strength is from 0 to 1 (or 0 % to 100 %), not negative.'],
      ['50', 'Strength is from 0 to 1; for a percent add %.'],
      ['1.5', 'Strength is from 0 to 1; for a percent add %.'],
      ['150%', 'Strength is at most 100 %.'],
    ])('refuses %j: %s', (text, reason) => {
      expect(parseStrength(text)).toEqual({ ok: false, reason });
    });
  });
});
