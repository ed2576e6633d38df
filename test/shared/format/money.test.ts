import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatFraction,
  formatOptional,
  formatPercent,
  formatUnits,
  formatUsd,
  parsePercentOrFraction,
} from '../../../shared/format/money.ts';

describe('money', () => {
  describe('formatOptional()', () => {
    it('shows a dash for a missing figure, else the figure in dollars or the given format', () => {
      expect(formatOptional(null)).toBe('—');
      expect(formatOptional(undefined)).toBe('—');
      expect(formatOptional(2500)).toBe('$2,500.00');
      expect(formatOptional(0.5, formatPercent)).toBe('0.5 %');
    });
  });

  describe('formatPercent()', () => {
    it('shows a value stored in percent without float noise', () => {
      expect(formatPercent(3)).toBe('3 %');
      expect(formatPercent(0.1 + 0.2)).toBe('0.3 %');
      expect(formatPercent(Number.NaN)).toBe('—');
    });
  });

  describe('formatUsd()', () => {
    it('shows dollars with thousands separators and two decimals', () => {
      expect(formatUsd(1234.56)).toBe('$1,234.56');
      expect(formatUsd(5000)).toBe('$5,000.00');
      expect(formatUsd(0.005)).toBe('$0.01');
      expect(formatUsd(1_000_000_000)).toBe('$1,000,000,000.00');
    });

    it('shows negative amounts with a minus and never a negative zero', () => {
      expect(formatUsd(-5.5)).toBe('-$5.50');
      expect(formatUsd(-0)).toBe('$0.00');
      expect(formatUsd(-0.001)).toBe('$0.00');
    });

    it('shows a dash for values that are not numbers', () => {
      expect(formatUsd(Number.NaN)).toBe('—');
      expect(formatUsd(Number.POSITIVE_INFINITY)).toBe('—');
    });
  });

  describe('formatUnits()', () => {
    it('keeps eight decimals, trims trailing zeros and groups thousands', () => {
      expect(formatUnits(1 / 60)).toBe('0.01666667');
      expect(formatUnits(1234.5)).toBe('1,234.5');
      expect(formatUnits(2)).toBe('2');
      expect(formatUnits(0.00000001)).toBe('0.00000001');
      expect(formatUnits(123456789.12345679)).toBe('123,456,789.12345679');
    });

    it('never shows a negative zero or a non-number', () => {
      expect(formatUnits(-0)).toBe('0');
      expect(formatUnits(-1e-12)).toBe('0');
      expect(formatUnits(Number.NaN)).toBe('—');
    });
  });

  describe('formatFraction()', () => {
    it('shows a fraction as a percent without floating-point noise', () => {
      expect(formatFraction(0.02)).toBe('2 %');
      expect(formatFraction(0.07)).toBe('7 %');
      expect(formatFraction(0.155)).toBe('15.5 %');
      expect(formatFraction(0.1 + 0.2)).toBe('30 %');
      expect(formatFraction(0.0007)).toBe('0.07 %');
      expect(formatFraction(15)).toBe('1,500 %');
      expect(formatFraction(-0)).toBe('0 %');
    });

    it('shows a dash for values that are not numbers', () => {
      expect(formatFraction(Number.NaN)).toBe('—');
    });
  });

  describe('parsePercentOrFraction()', () => {
    it('reads a percent with or without a space', () => {
      expect(parsePercentOrFraction('2 %')).toBe(0.02);
      expect(parsePercentOrFraction('2%')).toBe(0.02);
      expect(parsePercentOrFraction(' 7 % ')).toBe(0.07);
      expect(parsePercentOrFraction('0.07 %')).toBe(0.0007);
      expect(parsePercentOrFraction('15.5%')).toBe(0.155);
      expect(parsePercentOrFraction('-2%')).toBe(-0.02);
    });

    it('reads a plain number as a fraction', () => {
      expect(parsePercentOrFraction('0.02')).toBe(0.02);
      expect(parsePercentOrFraction('.5')).toBe(0.5);
      expect(parsePercentOrFraction('2')).toBe(2);
      expect(parsePercentOrFraction('1e-2')).toBe(0.01);
    });

    it('rejects anything that is not one finite number', () => {
      for (const text of ['', '%', 'abc', '2 % %', '2,5', '0x10', 'Infinity', '1e999', 'NaN']) {
        expect(parsePercentOrFraction(text)).toBeUndefined();
      }
    });

    it('reads back every percent formatFraction shows', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 100_000 }), (basisPoints) => {
          const fraction = basisPoints / 10_000;
          const shown = formatFraction(fraction).replaceAll(',', '');
          expect(parsePercentOrFraction(shown)).toBe(fraction);
        }),
      );
    });
  });
});
