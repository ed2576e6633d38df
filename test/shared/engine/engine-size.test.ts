import { describe, expect, it } from 'vitest';
import { globalSizer } from '../../../shared/engine/engine-sizer.ts';
import type { EngineTradeInputs } from '../../../shared/engine/engine-size.ts';
import { engineTradeSize, LIVE_STOP_LOSS_PCT } from '../../../shared/engine/engine-size.ts';
import {
  E,
  P,
  engineConfig,
  engineOf,
  previewOf,
  single,
  strategy,
  without,
} from './engine-config.ts';

const TRADE: EngineTradeInputs = { equity: E, price: P, strength: 1 };

/** The live-path trace of the global sizer built from the given root keys. */
function traceOf(root: Record<string, unknown>, t: EngineTradeInputs = TRADE) {
  const g = globalSizer(root);
  return engineTradeSize(g.config, g.rootCap, g.rootLeverage, t);
}

/** The live-path trace of a file whose only sizing is the global block. */
function traceOfBlock(block: Record<string, unknown>, t: EngineTradeInputs = TRADE) {
  return traceOf({ position_sizing: block }, t);
}

describe('engine/engine-size', () => {
  describe('engineTradeSize(): no equity or no price (ENGINE.md §4.1)', () => {
    it.each([
      [0, P],
      [-5, P],
      [E, 0],
      [E, -1],
    ])('equity %d at price %d: size 0', (equity, price) => {
      const t = traceOfBlock({ fixed_usd_amount: 500 }, { equity, price, strength: 1 });
      expect(t).toMatchObject({ outcome: 'sized', size_usd: 0, size_units: 0 });
    });

    it('near miss: a tiny positive equity still sizes (fixed 500 at E = 1: leverage 1 × 25 = $25)', () => {
      // v = 500 > max 10,000? no; < min 10? no; > 1 × 25 = 25? yes → 25
      const t = traceOfBlock({ fixed_usd_amount: 500 }, { equity: 1, price: P, strength: 1 });
      expect(t.size_usd).toBe(25);
    });
  });

  describe('base size of each method, × signal strength (ENGINE.md §4.3)', () => {
    it('fixed_usd: 1,000 × 0.5 / 3,000 = 0.1666… units × 3,000 = $500', () => {
      const t = traceOfBlock(
        { method: 'fixed_usd', fixed_usd_amount: 1000 },
        { ...TRADE, strength: 0.5 },
      );
      expect(t.size_usd).toBe(500);
      expect(t.size_units).toBe((1000 * 0.5) / 3000);
    });

    it('percent_equity: 10,000 × 0.2 × 1 / 3,000 units × 3,000 = $2,000', () => {
      const t = traceOfBlock({ method: 'percent_equity', equity_percentage: 0.2 });
      expect(t.size_usd).toBe(2000);
    });

    it('risk_based: 10,000 × 0.02 / |3,000 − 3,000 × 0.9| = 0.6666… units × 3,000 = $2,000, stop 10 %', () => {
      const t = traceOfBlock({ method: 'risk_based', risk_per_trade_pct: 0.02 });
      expect(LIVE_STOP_LOSS_PCT).toBe(10);
      expect(t.size_usd).toBe(2000);
    });

    it('risk_based ignores default_stop_loss_pct (0.04 would give $5,000): still $2,000', () => {
      const t = traceOfBlock({
        method: 'risk_based',
        risk_per_trade_pct: 0.02,
        default_stop_loss_pct: 0.04,
      });
      expect(t.size_usd).toBe(2000);
    });

    it("risk_based ignores the strategy's stop_loss_pct: 5 % gives the guide $4,000, the engine $2,000", () => {
      const config = single(
        { method: 'risk_based', risk_per_trade_pct: 0.02, max_position_size_usd: 100_000 },
        undefined,
        { stop_loss_pct: 5 },
      );
      const engine = engineOf(config, 's');
      expect(engine.size_usd).toBe(2000);
      expect(engine.why).toEqual(['fixed-stop']);
    });

    it('near miss: risk_based with stop_loss_pct 10 agrees with the guide ($2,000, no why)', () => {
      const config = single(
        { method: 'risk_based', risk_per_trade_pct: 0.02, max_position_size_usd: 100_000 },
        undefined,
        { stop_loss_pct: 10 },
      );
      const engine = engineOf(config, 's');
      expect(engine.size_usd).toBe(2000);
      expect(engine.why).toEqual([]);
    });

    it('fixed_units: 0.5 units × 3,000 = $1,500', () => {
      const t = traceOfBlock({ method: 'fixed_units', fixed_units: 0.5 });
      expect(t.size_units).toBe(0.5);
      expect(t.size_usd).toBe(1500);
    });

    it('fixed_units without fixed_units: the default 0.1 units × 3,000 = $300', () => {
      expect(traceOfBlock({ method: 'fixed_units' }).size_usd).toBe(300);
    });

    it('kelly_criterion: b = 0.02 / 0.02 = 1, (1 × 0.55 − 0.45) / 1 = 0.1 → 10,000 × 0.1 = $1,000', () => {
      const t = traceOfBlock({
        method: 'kelly_criterion',
        kelly_win_rate: 0.55,
        kelly_avg_win: 0.02,
        kelly_avg_loss: 0.02,
      });
      expect(t.size_usd).toBeCloseTo(1000, 9);
    });

    it('kelly_criterion capped: the defaults give (1.5 × 0.6 − 0.4) / 1.5 = 0.333… → cap 0.25 → $2,500', () => {
      expect(traceOfBlock({ method: 'kelly_criterion' }).size_usd).toBe(2500);
    });

    it('kelly_criterion below zero: (1 × 0.3 − 0.7) / 1 < 0 → 0 → size 0', () => {
      const t = traceOfBlock({
        method: 'kelly_criterion',
        kelly_win_rate: 0.3,
        kelly_avg_win: 0.02,
        kelly_avg_loss: 0.02,
      });
      expect(t.size_usd).toBe(0);
    });

    it('kelly_criterion with avg_loss ≤ 0 falls back to fixed_usd (fixed_usd_amount 700 → $700)', () => {
      const t = traceOfBlock({
        method: 'kelly_criterion',
        kelly_avg_loss: 0,
        fixed_usd_amount: 700,
      });
      expect(t).toMatchObject({ outcome: 'sized', size_usd: 700 });
    });

    it('kelly_criterion with avg_win 0 divides by zero odds: the 5 % fallback, 10,000 × 0.05 = $500', () => {
      const t = traceOfBlock({ method: 'kelly_criterion', kelly_avg_win: 0 });
      expect(t).toMatchObject({ outcome: 'fallback', size_usd: 500 });
    });

    it('computes units first, then × price: fixed 1,000 at 19 is 1,000 / 19 × 19 = 999.9999999999999', () => {
      const t = traceOfBlock({ fixed_usd_amount: 1000 }, { ...TRADE, price: 19 });
      expect(t.size_usd).toBe(999.9999999999999);
      // near miss: at 3,000 the round trip is exact
      expect(traceOfBlock({ fixed_usd_amount: 1000 }).size_usd).toBe(1000);
    });

    it('the guide and the engine agree on that last-bit difference: no why', () => {
      const config = single({ fixed_usd_amount: 1000, max_position_size_usd: 10_000 }, undefined);
      const engine = engineOf(config, 's', { equity: E, defaultPrice: 19 });
      expect(engine.size_usd).toBe(999.9999999999999);
      expect(engine.why).toEqual([]);
    });
  });

  describe('limits, each tested on the base value (ENGINE.md §4.4)', () => {
    it('max: fixed 20,000 > default max 10,000 → $10,000', () => {
      const t = traceOfBlock({ fixed_usd_amount: 20_000 });
      expect(t.size_usd).toBe(10_000);
      expect(t.limits).toEqual(['max_position_size_usd']);
    });

    it('min: fixed 5 < default min 10 → $10', () => {
      const t = traceOfBlock({ fixed_usd_amount: 5 });
      expect(t.size_usd).toBe(10);
      expect(t.limits).toEqual(['min_position_size_usd']);
    });

    it('min after strength: 1,000 × 0.004 = 4 < 10 → $10', () => {
      const t = traceOfBlock({ fixed_usd_amount: 1000 }, { ...TRADE, strength: 0.004 });
      expect(t.size_usd).toBe(10);
    });

    it('leverage: fixed 8,000 > 10,000 × 0.5 = 5,000 → $5,000', () => {
      const t = traceOfBlock({ fixed_usd_amount: 8000, max_leverage: 0.5 });
      expect(t.size_usd).toBe(5000);
      expect(t.limits).toEqual(['max_leverage']);
    });

    it('leverage raises a max-capped size back up: fixed 20,000, max 5,000, leverage 1 → 20,000 > 10,000 → $10,000', () => {
      const t = traceOfBlock({
        fixed_usd_amount: 20_000,
        max_position_size_usd: 5000,
        max_leverage: 1,
      });
      expect(t.size_usd).toBe(10_000);
      expect(t.limits).toEqual(['max_position_size_usd', 'max_leverage']);
    });

    it('near miss: with leverage 2 the base 20,000 is not above 20,000, so the max $5,000 stands', () => {
      const t = traceOfBlock({
        fixed_usd_amount: 20_000,
        max_position_size_usd: 5000,
        max_leverage: 2,
      });
      expect(t.size_usd).toBe(5000);
    });

    it('min above leverage: fixed 1,000, min 6,000, leverage 0.5 → 1,000 < 6,000 → $6,000, and 1,000 ≤ 5,000 so it stays', () => {
      const t = traceOfBlock({
        fixed_usd_amount: 1000,
        min_position_size_usd: 6000,
        max_leverage: 0.5,
      });
      expect(t.size_usd).toBe(6000);
    });

    it('the guide caps the same config at the leverage: $5,000 beside the engine $6,000 (why limit-order)', () => {
      const config = single(
        {
          fixed_usd_amount: 1000,
          min_position_size_usd: 6000,
          max_leverage: 0.5,
          max_position_size_usd: 10_000,
        },
        undefined,
      );
      const row = engineOf(config, 's');
      expect(row.size_usd).toBe(6000);
      expect(row.why).toEqual(['limit-order']);
    });

    it('a base ≤ 0 is 0 whatever the min: fixed 0 with min 10 → $0', () => {
      expect(traceOfBlock({ fixed_usd_amount: 0 }).size_usd).toBe(0);
    });

    it('the default max 10,000 applies to a strategy sizer too (inherited from the global default)', () => {
      const config = single({ method: 'fixed_usd' }, { fixed_usd_amount: 12_000 });
      expect(engineOf(config, 's').size_usd).toBe(10_000);
    });

    it('the default leverage is 25 (root default): fixed 300,000 with max 1,000,000 → 300,000 > 10,000 × 25 → $250,000', () => {
      const t = traceOfBlock({ fixed_usd_amount: 300_000, max_position_size_usd: 1_000_000 });
      expect(t.size_usd).toBe(250_000);
    });
  });

  describe('the root cap (ENGINE.md §4.5)', () => {
    it("caps above a block's own max: fixed 6,000, block max 8,000, root 1,500 → $1,500", () => {
      const t = traceOf({
        position_sizing: { fixed_usd_amount: 6000, max_position_size_usd: 8000 },
        max_position_size_usd: 1500,
      });
      expect(t.size_usd).toBe(1500);
      expect(t.limits).toEqual(['root_cap']);
    });

    it("caps a strategy sizer's size too", () => {
      const config = engineConfig(
        { position_sizing: { fixed_usd_amount: 100 }, max_position_size_usd: 1500 },
        [
          strategy('s', {
            position_sizing: { fixed_usd_amount: 6000, max_position_size_usd: 8000 },
          }),
        ],
      );
      expect(engineOf(config, 's').size_usd).toBe(1500);
    });

    it('near miss: a root cap of 0 is falsy and caps nothing → $6,000', () => {
      const t = traceOf({
        position_sizing: { fixed_usd_amount: 6000, max_position_size_usd: 8000 },
        max_position_size_usd: 0,
      });
      expect(t.size_usd).toBe(6000);
    });

    it('near miss: a size below the root cap is unchanged', () => {
      const t = traceOf({
        position_sizing: { fixed_usd_amount: 600 },
        max_position_size_usd: 1500,
      });
      expect(t).toMatchObject({ size_usd: 600, limits: [] });
    });
  });

  describe('the 5 % fallback on an exception (ENGINE.md §4.6)', () => {
    it.each([
      ['fixed_usd_amount', { fixed_usd_amount: '500' }],
      ['equity_percentage', { method: 'percent_equity', equity_percentage: '0.2' }],
      ['risk_per_trade_pct', { method: 'risk_based', risk_per_trade_pct: '0.02' }],
      ['fixed_units', { method: 'fixed_units', fixed_units: '1' }],
      ['kelly_win_rate', { method: 'kelly_criterion', kelly_win_rate: '0.6' }],
      ['max_position_size_usd', { fixed_usd_amount: 500, max_position_size_usd: '900' }],
      ['min_position_size_usd', { fixed_usd_amount: 500, min_position_size_usd: '5' }],
      ['max_position_size_usd null', { fixed_usd_amount: 500, max_position_size_usd: null }],
    ])('a string (or null) %s → 10,000 × 0.05 = $500', (_label, block) => {
      const t = traceOfBlock(block);
      expect(t).toMatchObject({ outcome: 'fallback', size_usd: 500 });
      expect(t.size_units).toBe(500 / P);
    });

    it('a truthy string root cap raises in the comparison → $500', () => {
      const t = traceOf({
        position_sizing: { fixed_usd_amount: 600 },
        max_position_size_usd: '1500',
      });
      expect(t).toMatchObject({ outcome: 'fallback', size_usd: 500 });
    });

    it('near miss: a string in a key the method does not read is harmless (fixed 600 → $600)', () => {
      const t = traceOfBlock({
        fixed_usd_amount: 600,
        equity_percentage: 'x',
        kelly_win_rate: 'y',
      });
      expect(t).toMatchObject({ outcome: 'sized', size_usd: 600 });
    });

    it('near miss: true is 1 in Python arithmetic (fixed_units true → 1 unit × 3,000 = $3,000)', () => {
      const t = traceOfBlock({ method: 'fixed_units', fixed_units: true });
      expect(t).toMatchObject({ outcome: 'sized', size_usd: 3000 });
    });

    it('a base of 0 returns before the limits are read: fixed 0 with a string max → $0, not the fallback', () => {
      const t = traceOfBlock({ fixed_usd_amount: 0, max_position_size_usd: 'x' });
      expect(t).toMatchObject({ outcome: 'sized', size_usd: 0 });
    });

    it('in the ENGINE object: size $500, traded, why exception-fallback', () => {
      const config = single(
        { method: 'fixed_usd', fixed_usd_amount: 1000, max_position_size_usd: 10_000 },
        { fixed_usd_amount: '800' },
      );
      const engine = engineOf(config, 's');
      expect(engine).toMatchObject({ size_usd: 500, trades: true, not_traded: null });
      expect(engine.why).toContain('exception-fallback');
    });
  });

  describe('a non-numeric max_leverage fails outside the guarded block: no trade at all', () => {
    it.each([
      ['block', { position_sizing: { fixed_usd_amount: 600, max_leverage: '3' } }],
      ['root', { position_sizing: { fixed_usd_amount: 600 }, max_leverage: '3' }],
      [
        'root, block sets its own',
        { position_sizing: { fixed_usd_amount: 600, max_leverage: 3 }, max_leverage: 'x' },
      ],
      ['null in the block', { position_sizing: { fixed_usd_amount: 600, max_leverage: null } }],
    ])('%s: outcome failed, size 0', (_label, root) => {
      expect(traceOf(root)).toMatchObject({ outcome: 'failed', size_usd: 0, size_units: 0 });
    });

    it('near miss: a numeric max_leverage sizes normally ($600)', () => {
      expect(
        traceOf({ position_sizing: { fixed_usd_amount: 600 }, max_leverage: 3 }).size_usd,
      ).toBe(600);
    });

    it('in the ENGINE object: size 0, not traded (zero-size)', () => {
      const config = single({ fixed_usd_amount: 600 }, { max_leverage: 'high' });
      expect(engineOf(config, 's')).toMatchObject({
        size_usd: 0,
        trades: false,
        not_traded: 'zero-size',
      });
    });
  });

  describe('trades or not (ENGINE.md §4.7–8)', () => {
    it('drops (does not cap) a trade above the balance: fixed 8,000 at equity 5,000 → $8,000, over-balance', () => {
      const config = single({ fixed_usd_amount: 8000 }, undefined);
      const engine = engineOf(config, 's', { equity: 5000, defaultPrice: P });
      expect(engine).toMatchObject({ size_usd: 8000, trades: false, not_traded: 'over-balance' });
    });

    it('near miss: a size equal to the balance trades (fixed 5,000 at equity 5,000)', () => {
      const config = single({ fixed_usd_amount: 5000 }, undefined);
      const engine = engineOf(config, 's', { equity: 5000, defaultPrice: P });
      expect(engine).toMatchObject({ size_usd: 5000, trades: true, not_traded: null });
    });

    it('a disabled strategy never trades, its size still shown', () => {
      const config = single({ fixed_usd_amount: 600 }, undefined, { enabled: false });
      expect(engineOf(config, 's')).toMatchObject({
        size_usd: 600,
        trades: false,
        not_traded: 'disabled',
      });
    });

    it('near miss: enabled true trades', () => {
      const config = single({ fixed_usd_amount: 600 }, undefined, { enabled: true });
      expect(engineOf(config, 's')).toMatchObject({ trades: true, not_traded: null });
    });

    it('a size of 0 is no trade (fixed_usd_amount 0)', () => {
      const config = single({ fixed_usd_amount: 0 }, undefined);
      expect(engineOf(config, 's')).toMatchObject({
        size_usd: 0,
        trades: false,
        not_traded: 'zero-size',
      });
    });

    it('a size of 0 from a zero signal strength is no trade', () => {
      const config = single({ fixed_usd_amount: 600 }, undefined);
      const engine = engineOf(config, 's', { equity: E, defaultPrice: P, strength: 0 });
      expect(engine).toMatchObject({ size_usd: 0, not_traded: 'zero-size' });
    });

    it('nothing trades when the engine refuses to start (no exchanges), even a disabled one reports engine-start', () => {
      const config = without(
        engineConfig({ position_sizing: { fixed_usd_amount: 600 } }, [
          strategy('a'),
          strategy('b', { enabled: false }),
        ]),
        'exchanges',
      );
      expect(engineOf(config, 'a')).toMatchObject({
        size_usd: 600,
        trades: false,
        not_traded: 'engine-start',
      });
      expect(engineOf(config, 'b').not_traded).toBe('engine-start');
    });

    it('disabled wins over zero-size as the reason', () => {
      const config = single({ fixed_usd_amount: 0 }, undefined, { enabled: false });
      expect(engineOf(config, 's').not_traded).toBe('disabled');
    });

    it('engine_total_usd sums only the strategies that trade', () => {
      const config = engineConfig({ position_sizing: { fixed_usd_amount: 600 } }, [
        strategy('a'),
        strategy('b', { enabled: false }),
        strategy('c', { position_sizing: { fixed_usd_amount: 900 } }),
      ]);
      // a $600 + c $900 (b disabled) = $1,500
      expect(previewOf(config).engine_total_usd).toBe(1500);
    });
  });
});
