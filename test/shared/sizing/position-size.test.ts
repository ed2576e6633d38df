import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SizingInputs } from '../../../shared/sizing/position-size.ts';
import { baseNotional, kellyFraction, positionSize } from '../../../shared/sizing/position-size.ts';
import type { CanonicalKey, Method } from '../../../shared/sizing-keys.ts';

type Values = Partial<Record<CanonicalKey, unknown>>;

/** Equity $10,000, price $50,000, full signal, 5 % stop unless said otherwise. */
function inputs(method: Method, values: Values, over: Partial<SizingInputs> = {}): SizingInputs {
  return { method, values, equity: 10_000, price: 50_000, strength: 1, stop: 0.05, ...over };
}

const KELLY = { kelly_win_rate: 0.55, kelly_avg_win: 2, kelly_avg_loss: 1 };

describe('sizing/position-size', () => {
  describe('baseNotional()', () => {
    it('uses fixed_amount_usd as it is for fixed_usd', () => {
      expect(baseNotional(inputs('fixed_usd', { fixed_amount_usd: 1200 }))).toBe(1200);
    });

    it('takes percent_equity of equity (10,000 × 0.15 = 1,500)', () => {
      expect(baseNotional(inputs('percent_equity', { percent_equity: 0.15 }))).toBeCloseTo(1500, 2);
    });

    it('sizes risk_based so the stop loses risk_per_trade_pct of equity (10,000 × 0.02 / 0.05 = 4,000)', () => {
      expect(baseNotional(inputs('risk_based', { risk_per_trade_pct: 0.02 }))).toBeCloseTo(4000, 2);
    });

    it('divides by the stop distance: a wider 8 % stop gives a smaller position (2,500)', () => {
      const size = baseNotional(inputs('risk_based', { risk_per_trade_pct: 0.02 }, { stop: 0.08 }));
      expect(size).toBeCloseTo(2500, 2);
    });

    it('multiplies fixed_units by the price (0.25 × 40,000 = 10,000)', () => {
      const size = baseNotional(inputs('fixed_units', { fixed_units: 0.25 }, { price: 40_000 }));
      expect(size).toBeCloseTo(10_000, 2);
    });

    it('stakes the clamped Kelly fraction of equity (0.325 capped at 0.25 → 2,500)', () => {
      const size = baseNotional(
        inputs('kelly_criterion', { ...KELLY, kelly_max_position_pct: 0.25 }),
      );
      expect(size).toBeCloseTo(2500, 2);
    });

    it('gives NaN rather than a number when a required parameter is missing', () => {
      expect(baseNotional(inputs('fixed_usd', {}))).toBeNaN();
      expect(baseNotional(inputs('percent_equity', { percent_equity: '0.15' }))).toBeNaN();
    });
  });

  describe('kellyFraction()', () => {
    it('is p − (1 − p) / b with b = avg win / avg loss (0.55 − 0.45 / 2 = 0.325)', () => {
      expect(kellyFraction(0.55, 2, 1, 1)).toBeCloseTo(0.325, 10);
    });

    it('uses only the ratio of average win to average loss', () => {
      expect(kellyFraction(0.6, 0.03, 0.02, 1)).toBeCloseTo(0.6 - 0.4 / 1.5, 10);
      expect(kellyFraction(0.6, 3, 2, 1)).toBeCloseTo(kellyFraction(0.6, 0.03, 0.02, 1), 12);
    });

    it('clamps to kelly_max_position_pct', () => {
      expect(kellyFraction(0.55, 2, 1, 0.25)).toBe(0.25);
    });

    it('stakes nothing when the edge is negative (0.3 − 0.7 / 1 < 0)', () => {
      expect(kellyFraction(0.3, 1, 1, 0.25)).toBe(0);
    });

    it('stakes nothing at exactly zero edge (p = 0.5, b = 1)', () => {
      expect(kellyFraction(0.5, 1, 1, 0.25)).toBe(0);
    });
  });

  describe('positionSize()', () => {
    it('scales the base notional by signal strength before limits (4,000 × 0.5 = 2,000)', () => {
      const size = positionSize(
        inputs('risk_based', { risk_per_trade_pct: 0.02 }, { strength: 0.5, price: 40_000 }),
      );
      expect(size.size_usd).toBeCloseTo(2000, 2);
      expect(size.size_units).toBeCloseTo(0.05, 10);
      expect(size.risk_usd).toBeCloseTo(100, 2);
      expect(size.limits_applied).toEqual([]);
    });

    it('reports units as size / price and risk as size × stop distance', () => {
      const size = positionSize(inputs('fixed_usd', { fixed_amount_usd: 1000 }, { stop: 0.03 }));
      expect(size).toEqual({
        size_usd: 1000,
        size_units: 0.02,
        risk_usd: 30,
        limits_applied: [],
      });
    });

    it('sizes nothing at zero signal strength, even with a minimum set', () => {
      const size = positionSize(
        inputs('fixed_usd', { fixed_amount_usd: 1000, min_position_size_usd: 50 }, { strength: 0 }),
      );
      expect(size).toEqual({ size_usd: 0, size_units: 0, risk_usd: 0, limits_applied: [] });
    });

    it('sizes nothing when Kelly finds no edge, even with a minimum set', () => {
      const size = positionSize(
        inputs('kelly_criterion', {
          kelly_win_rate: 0.3,
          kelly_avg_win: 1,
          kelly_avg_loss: 1,
          kelly_max_position_pct: 0.25,
          min_position_size_usd: 50,
        }),
      );
      expect(size.size_usd).toBe(0);
      expect(size.limits_applied).toEqual([]);
    });

    it('caps at max_position_size_usd and lists it (4,000 → 3,000)', () => {
      const size = positionSize(
        inputs('risk_based', { risk_per_trade_pct: 0.02, max_position_size_usd: 3000 }),
      );
      expect(size.size_usd).toBe(3000);
      expect(size.risk_usd).toBeCloseTo(150, 2);
      expect(size.limits_applied).toEqual(['max_position_size_usd']);
    });

    it('does not list a max that the size only reaches', () => {
      const size = positionSize(
        inputs('fixed_usd', { fixed_amount_usd: 3000, max_position_size_usd: 3000 }),
      );
      expect(size.size_usd).toBe(3000);
      expect(size.limits_applied).toEqual([]);
    });

    it('raises to min_position_size_usd and lists it (1,200 → 2,000)', () => {
      const size = positionSize(
        inputs('fixed_usd', { fixed_amount_usd: 1200, min_position_size_usd: 2000 }),
      );
      expect(size.size_usd).toBe(2000);
      expect(size.limits_applied).toEqual(['min_position_size_usd']);
    });

    it('caps at equity × max_leverage and lists it (8,000 → 10,000 × 0.5 = 5,000)', () => {
      const size = positionSize(
        inputs('percent_equity', { percent_equity: 0.8, max_leverage: 0.5 }),
      );
      expect(size.size_usd).toBeCloseTo(5000, 2);
      expect(size.limits_applied).toEqual(['max_leverage']);
    });

    it('allows a leveraged position up to equity × max_leverage (10,000 × 3 = 30,000)', () => {
      const size = positionSize(
        inputs('fixed_units', { fixed_units: 0.5, max_leverage: 3 }, { price: 50_000 }),
      );
      expect(size.size_usd).toBeCloseTo(25_000, 2);
      expect(size.limits_applied).toEqual([]);
    });

    it('applies max, then min, then leverage (4,000 → 1,000 → 3,000 → 2,000)', () => {
      const size = positionSize(
        inputs('risk_based', {
          risk_per_trade_pct: 0.02,
          max_position_size_usd: 1000,
          min_position_size_usd: 3000,
          max_leverage: 0.2,
        }),
      );
      expect(size.size_usd).toBeCloseTo(2000, 2);
      expect(size.limits_applied).toEqual([
        'max_position_size_usd',
        'min_position_size_usd',
        'max_leverage',
      ]);
    });

    it('lets a minimum above the maximum win, since min comes after max', () => {
      const size = positionSize(
        inputs('fixed_usd', {
          fixed_amount_usd: 5000,
          max_position_size_usd: 1000,
          min_position_size_usd: 1500,
        }),
      );
      expect(size.size_usd).toBe(1500);
      expect(size.limits_applied).toEqual(['max_position_size_usd', 'min_position_size_usd']);
    });

    it('ignores limits that are not usable numbers', () => {
      const size = positionSize(
        inputs('fixed_usd', { fixed_amount_usd: 1000, max_position_size_usd: '500' }),
      );
      expect(size.size_usd).toBe(1000);
    });

    it('never turns an invalid parameter into a silent 0 size', () => {
      const size = positionSize(inputs('fixed_usd', { fixed_amount_usd: 'a lot' }));
      expect(size.size_usd).not.toBe(0);
      expect(Number.isFinite(size.size_usd)).toBe(false);
    });

    it('never exceeds equity × max_leverage, nor an applicable max (property)', () => {
      fc.assert(fc.property(sizingCase(), checkLimitLaw), { numRuns: 400 });
    });
  });
});

const money = fc.double({ min: 0.01, max: 1e9, noNaN: true });
const share = fc.double({ min: 1e-6, max: 1, noNaN: true });
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined });

/** Valid inputs (SPEC §2 ranges) for any method, each limit set or not. */
function sizingCase(): fc.Arbitrary<SizingInputs> {
  return fc.record({
    method: fc.constantFrom<Method>(
      'fixed_usd',
      'percent_equity',
      'risk_based',
      'fixed_units',
      'kelly_criterion',
    ),
    values: fc.record({
      fixed_amount_usd: money,
      percent_equity: share,
      risk_per_trade_pct: share,
      fixed_units: fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
      kelly_win_rate: fc.double({ min: 0.001, max: 0.999, noNaN: true }),
      kelly_avg_win: fc.double({ min: 0.001, max: 1000, noNaN: true }),
      kelly_avg_loss: fc.double({ min: 0.001, max: 1000, noNaN: true }),
      kelly_max_position_pct: share,
      max_position_size_usd: optional(money),
      min_position_size_usd: optional(fc.double({ min: 0, max: 1e9, noNaN: true })),
      max_leverage: optional(fc.double({ min: 0.01, max: 100, noNaN: true })),
    }),
    equity: money,
    price: fc.double({ min: 1e-6, max: 1e7, noNaN: true }),
    strength: fc.double({ min: 0, max: 1, noNaN: true }),
    stop: fc.double({ min: 1e-4, max: 0.99, noNaN: true }),
  });
}

/**
 * The law, with SPEC §4's order (max, then min, then leverage): the size is finite and ≥ 0;
 * it never exceeds equity × max_leverage; it never exceeds max_position_size_usd unless
 * min_position_size_usd is above it (min wins, min-above-max is an error); a positive size is
 * at least the minimum unless leverage cut it; listed limits keep SPEC order.
 */
function checkLimitLaw(input: SizingInputs): void {
  const { size_usd, size_units, risk_usd, limits_applied } = positionSize(input);
  const max = input.values.max_position_size_usd as number | undefined;
  const min = input.values.min_position_size_usd as number | undefined;
  const leverage = input.values.max_leverage as number | undefined;
  for (const n of [size_usd, size_units, risk_usd]) {
    expect(Number.isFinite(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(0);
  }
  if (leverage !== undefined) expect(size_usd).toBeLessThanOrEqual(input.equity * leverage);
  if (max !== undefined && (min === undefined || min <= max))
    expect(size_usd).toBeLessThanOrEqual(max);
  if (size_usd > 0 && min !== undefined && !limits_applied.includes('max_leverage'))
    expect(size_usd).toBeGreaterThanOrEqual(min);
  const order = ['max_position_size_usd', 'min_position_size_usd', 'max_leverage'];
  expect(limits_applied).toEqual(order.filter((k) => limits_applied.includes(k as never)));
  if (limits_applied.includes('max_leverage'))
    expect(size_usd).toBe(input.equity * (leverage ?? 0));
  expect(risk_usd).toBe(size_usd * input.stop);
}
