import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../shared/analyze.ts';
import { analyzeText, indexStrategyErrors } from '../../../shared/analyze.ts';
import type { PreviewInputs } from '../../../shared/sizing/preview.ts';
import {
  checkPreviewInputs,
  previewAll,
  previewStrategy,
  priceFor,
} from '../../../shared/sizing/preview.ts';
import { fixtureText } from '../../fixtures/read-fixture.ts';
import { analyzeConfig } from '../analyze-config.ts';

function preview(analysis: Analysis, inputs: PreviewInputs) {
  return previewAll(analysis, indexStrategyErrors(analysis), inputs);
}

function rowOf(analysis: Analysis, name: string, inputs: PreviewInputs) {
  const row = preview(analysis, inputs).strategies.find((r) => r.name === name);
  if (row === undefined) throw new Error(`no strategy ${name}`);
  return row;
}

const GLOBAL_CAP = { max_position_size_usd: 100_000 };

describe('sizing/preview', () => {
  describe('checkPreviewInputs()', () => {
    it('accepts positive equity and prices and a strength in [0, 1]', () => {
      expect(
        checkPreviewInputs({ equity: 10_000, defaultPrice: 1, prices: { X: 2 }, strength: 0 }),
      ).toBeUndefined();
      expect(checkPreviewInputs({ equity: 10_000, strength: 1 })).toBeUndefined();
    });

    it.each([
      [{ equity: 0 }, 'Equity must be a number above 0.'],
      [{ equity: Number.NaN }, 'Equity must be a number above 0.'],
      [{ equity: Number.POSITIVE_INFINITY }, 'Equity must be a number above 0.'],
      [{ equity: 1, defaultPrice: -5 }, 'Price must be a number above 0.'],
      [{ equity: 1, prices: { 'ETH-USD': 0 } }, 'Price of ETH-USD must be a number above 0.'],
      [{ equity: 1, strength: 1.5 }, 'Signal strength must be between 0 and 1.'],
      [{ equity: 1, strength: -0.1 }, 'Signal strength must be between 0 and 1.'],
    ])('rejects %o', (inputs, message) => {
      expect(checkPreviewInputs(inputs)).toBe(message);
    });
  });

  describe('priceFor()', () => {
    const inputs = { equity: 1, defaultPrice: 100, prices: { 'ETH-USD': 2000 } };

    it("uses the market's own price first", () => {
      expect(priceFor('ETH-USD', inputs)).toBe(2000);
    });

    it('falls back to the default price for other markets and for no market', () => {
      expect(priceFor('BTC-USD', inputs)).toBe(100);
      expect(priceFor(undefined, inputs)).toBe(100);
    });

    it('never reads a price from the prototype (a market named "constructor")', () => {
      expect(priceFor('constructor', inputs)).toBe(100);
    });
  });

  describe('previewStrategy()', () => {
    it('sizes with the per-market price and reports units in that market', () => {
      const analysis = analyzeConfig({
        position_sizing: { method: 'fixed_usd', fixed_amount_usd: 1000, ...GLOBAL_CAP },
        strategies: [{ name: 'eth', market: 'ETH-USD' }],
      });
      const row = previewStrategy(analysis.strategies[0]!, null, {
        equity: 10_000,
        defaultPrice: 50_000,
        prices: { 'ETH-USD': 2500 },
      });
      expect(row).toMatchObject({
        market: 'ETH-USD',
        price: 2500,
        size_usd: 1000,
        size_units: 0.4,
      });
    });

    it('scales by signal strength (10,000 × 0.02 / 0.05 × 0.25 = 1,000)', () => {
      const analysis = analyzeConfig({
        position_sizing: { method: 'risk_based', risk_per_trade_pct: 0.02, ...GLOBAL_CAP },
        strategies: [{ name: 'r' }],
      });
      const row = previewStrategy(analysis.strategies[0]!, null, {
        equity: 10_000,
        defaultPrice: 100,
        strength: 0.25,
      });
      expect(row.size_usd).toBeCloseTo(1000, 2);
      expect(row.risk_usd).toBeCloseTo(50, 2);
    });

    it('gives an error row, never a size, when a blocking error is known', () => {
      const analysis = analyzeConfig({ strategies: [{ name: 'x' }] });
      const row = previewStrategy(analysis.strategies[0]!, 'missing-parameter', {
        equity: 10_000,
        defaultPrice: 1,
      });
      expect(row).toMatchObject({ size_usd: null, size_units: null, error: 'missing-parameter' });
    });

    it('asks for a price when the market has none and there is no default', () => {
      const analysis = analyzeConfig({
        position_sizing: { fixed_amount_usd: 10, ...GLOBAL_CAP },
        strategies: [{ name: 'x', market: 'SOL-USD' }],
      });
      const row = previewStrategy(analysis.strategies[0]!, null, {
        equity: 10_000,
        prices: { 'ETH-USD': 1 },
      });
      expect(row).toMatchObject({ price: null, size_usd: null, error: 'missing-price' });
    });

    it('refuses an unknown method and an unusable stop instead of guessing', () => {
      const analysis = analyzeConfig({
        position_sizing: { method: 'martingale', ...GLOBAL_CAP },
        strategies: [
          { name: 'a' },
          {
            name: 'b',
            stop_loss_pct: -1,
            position_sizing: { method: 'risk_based', risk_per_trade_pct: 0.01 },
          },
        ],
      });
      const inputs = { equity: 10_000, defaultPrice: 1 };
      expect(previewStrategy(analysis.strategies[0]!, null, inputs).error).toBe('unknown-method');
      expect(previewStrategy(analysis.strategies[1]!, null, inputs).error).toBe('range');
    });

    it('gives an error, not a silent $0, for a parameter that is not a number', () => {
      const analysis = analyzeConfig({
        position_sizing: { fixed_amount_usd: '1000', ...GLOBAL_CAP },
        strategies: [{ name: 'quoted' }],
      });
      const row = previewStrategy(analysis.strategies[0]!, null, {
        equity: 10_000,
        defaultPrice: 1,
      });
      expect(row).toMatchObject({ size_usd: null, error: 'range' });
    });

    it('gives an error when the size overflows to Infinity', () => {
      const analysis = analyzeConfig({
        position_sizing: { method: 'fixed_units', fixed_units: 1e300 },
        strategies: [{ name: 'huge' }],
      });
      const row = previewStrategy(analysis.strategies[0]!, null, {
        equity: 10_000,
        defaultPrice: 1e300,
      });
      expect(row).toMatchObject({ size_usd: null, error: 'range' });
    });
  });

  describe('previewAll()', () => {
    const at40k = { equity: 10_000, prices: { 'BTC-USD': 40_000, 'ETH-USD': 2000 } };

    it('sizes every method of all-methods.json by SPEC §4', () => {
      const analysis = analyzeText(fixtureText('all-methods.json'));
      const result = preview(analysis, at40k);
      const sizes = Object.fromEntries(result.strategies.map((r) => [r.name, r.size_usd]));
      expect(sizes.fixed).toBe(1200);
      expect(sizes.percent).toBeCloseTo(1500, 2);
      expect(sizes.risk).toBeCloseTo(4000, 2);
      expect(sizes.units).toBeCloseTo(10_000, 2);
      expect(sizes.kelly_clamped).toBeCloseTo(2500, 2); // 0.325 clamped to the default 0.25
      expect(sizes.kelly_free).toBeCloseTo(3250, 2); // 0.325 under its own 0.5 cap
      expect(sizes.kelly_no_edge).toBe(0);
      expect(result.total_usd).toBeCloseTo(22_450, 2);
      expect(result.strategies.every((r) => r.error === null)).toBe(true);
    });

    it('reports units per market price and the loss at the stop', () => {
      const analysis = analyzeText(fixtureText('all-methods.json'));
      const result = preview(analysis, at40k);
      const risk = result.strategies.find((r) => r.name === 'risk');
      expect(risk?.size_units).toBeCloseTo(2, 10); // 4,000 / 2,000 ETH
      expect(risk?.risk_usd).toBeCloseTo(200, 2); // default 5 % stop
      const kelly = result.strategies.find((r) => r.name === 'kelly_clamped');
      expect(kelly?.risk_usd).toBeCloseTo(50, 2); // its own 2.0 % stop
      expect(kelly?.method).toBe('kelly_criterion');
    });

    it('sizes mixed-inheritance.jsonc from the layers each value comes from', () => {
      const analysis = analyzeText(fixtureText('mixed-inheritance.jsonc'));
      const result = preview(analysis, { equity: 20_000, defaultPrice: 100 });
      const [btc, eth, sol] = result.strategies;
      expect(btc).toMatchObject({ size_usd: 750, limits_applied: [] });
      expect(btc?.risk_usd).toBeCloseTo(30, 2); // global 4 % default stop
      expect(eth?.size_usd).toBe(4000); // 20,000 × 0.01 / 0.025 = 8,000, capped
      expect(eth?.limits_applied).toEqual(['max_position_size_usd']);
      expect(eth?.risk_usd).toBeCloseTo(100, 2);
      expect(sol).toMatchObject({ size_usd: 2500, limits_applied: ['max_position_size_usd'] });
      expect(result.total_usd).toBeCloseTo(4750, 2); // sol_percent is disabled
    });

    it('gives each row its own limits and figures, whatever the row before it hit', () => {
      const capped = { position_sizing: { max_position_size_usd: 6000 } };
      const analysis = analyzeConfig({
        position_sizing: { method: 'fixed_usd', fixed_amount_usd: 9000, max_leverage: 0.5 },
        strategies: [
          { name: 'capped', ...capped },
          { name: 'free', position_sizing: { fixed_amount_usd: 400 } },
          { name: 'capped_too', ...capped },
          {
            name: 'no_edge', // Kelly: 0.3 − 0.7 / (1 / 1) < 0, so nothing is staked
            position_sizing: {
              method: 'kelly_criterion',
              kelly_win_rate: 0.3,
              kelly_avg_win: 1,
              kelly_avg_loss: 1,
            },
          },
        ],
      });
      const result = preview(analysis, { equity: 10_000, defaultPrice: 50 });
      const rows = result.strategies.map((r) => [
        r.name,
        r.size_usd,
        r.size_units,
        r.risk_usd,
        r.limits_applied,
      ]);
      // 9,000 capped at 6,000, then at 10,000 × 0.5 = 5,000: 100 units at $50, $250 at the 5 % stop
      const both = ['max_position_size_usd', 'max_leverage'];
      expect(rows).toEqual([
        ['capped', 5000, 100, 250, both],
        ['free', 400, 8, 20, []],
        ['capped_too', 5000, 100, 250, both],
        ['no_edge', 0, 0, 0, []],
      ]);
    });

    it('reports the risk band of risk-band.json at min_risk_pct and max_risk_pct', () => {
      const analysis = analyzeText(fixtureText('risk-band.json'));
      const inputs = { equity: 10_000, defaultPrice: 100 };
      const ok = rowOf(analysis, 'band_ok', inputs);
      expect(ok.size_usd).toBeCloseTo(5000, 2); // 0.02 / 0.04
      expect(ok.band?.min_usd).toBeCloseTo(2500, 2); // 0.01 / 0.04
      expect(ok.band?.max_usd).toBeCloseTo(7500, 2); // 0.03 / 0.04
      const above = rowOf(analysis, 'risk_above_band', inputs);
      expect(above.band?.min_usd).toBeCloseTo(2000, 2);
      expect(above.band?.max_usd).toBeCloseTo(6000, 2);
      expect(rowOf(analysis, 'band_disabled', inputs).band).toBeNull();
    });

    it('applies the limits to the band ends too', () => {
      const analysis = analyzeConfig({
        position_sizing: {
          method: 'risk_based',
          risk_per_trade_pct: 0.02,
          max_position_size_usd: 5000,
        },
        strategies: [
          { name: 'b', risk_adjustment: { enabled: true, min_risk_pct: 0.01, max_risk_pct: 0.03 } },
        ],
      });
      const row = rowOf(analysis, 'b', { equity: 10_000, defaultPrice: 1 });
      expect(row.band?.min_usd).toBeCloseTo(2000, 2);
      expect(row.band?.max_usd).toBe(5000); // 6,000 capped
    });

    it('has no band for methods other than risk_based', () => {
      const analysis = analyzeConfig({
        position_sizing: { fixed_amount_usd: 100, ...GLOBAL_CAP },
        strategies: [
          { name: 'f', risk_adjustment: { enabled: true, min_risk_pct: 0.01, max_risk_pct: 0.03 } },
        ],
      });
      expect(rowOf(analysis, 'f', { equity: 10_000, defaultPrice: 1 }).band).toBeNull();
    });

    it('shows no size for a minimum above the maximum, global or own', () => {
      const analysis = analyzeConfig({
        position_sizing: { fixed_amount_usd: 100, min_position_size_usd: 700 },
        strategies: [
          { name: 'inherits', position_sizing: { max_position_size_usd: 600 } },
          { name: 'fine', position_sizing: { max_position_size_usd: 800 } },
        ],
      });
      const result = preview(analysis, { equity: 10_000, defaultPrice: 1 });
      expect(result.strategies.map((r) => [r.error, r.size_usd])).toEqual([
        ['min-above-max', null],
        [null, 700],
      ]);
    });

    it('keeps errored strategies out of the total', () => {
      const analysis = analyzeConfig({
        position_sizing: { method: 'fixed_usd', ...GLOBAL_CAP },
        strategies: [
          { name: 'ok', position_sizing: { fixed_amount_usd: 300 } },
          { name: 'missing' },
        ],
      });
      const result = preview(analysis, { equity: 10_000, defaultPrice: 1 });
      expect(result.strategies[1]?.error).toBe('missing-parameter');
      expect(result.total_usd).toBe(300);
    });

    it('never outputs a negative, NaN or infinite number, whatever the config (property)', () => {
      fc.assert(
        fc.property(anyNumbersConfig(), previewInputs(), (config, inputs) => {
          const result = preview(analyzeConfig(config), inputs);
          for (const row of result.strategies) {
            const numbers = [row.size_usd, row.size_units, row.risk_usd];
            if (row.error !== null) expect(numbers).toEqual([null, null, null]);
            else
              for (const n of numbers)
                expect(n !== null && Number.isFinite(n) && n >= 0).toBe(true);
          }
          expect(Number.isFinite(result.total_usd) && result.total_usd >= 0).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
  });
});

/** Any numbers, valid or not, in every sizing field of a global block and two strategies. */
function anyNumbersConfig() {
  const n = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: -2, max: 2, noNaN: true }),
    fc.constantFrom(0, 1, 0.5, 100, '10', null),
  );
  const block = fc.record(
    {
      method: fc.constantFrom(
        'fixed_usd',
        'risk_based',
        'percent_equity',
        'fixed_units',
        'kelly',
        'x',
      ),
      fixed_amount_usd: n,
      percent_equity: n,
      risk_per_trade_pct: n,
      fixed_units: n,
      kelly_win_rate: n,
      kelly_avg_win: n,
      kelly_avg_loss: n,
      kelly_max_position_pct: n,
      max_position_size_usd: n,
      min_position_size_usd: n,
      max_leverage: n,
      default_stop_loss_pct: n,
    },
    { requiredKeys: [] },
  );
  const strategy = fc.record(
    { name: fc.constantFrom('a', 'b'), stop_loss_pct: n, position_sizing: block },
    { requiredKeys: ['name'] },
  );
  return fc.record({ position_sizing: block, strategies: fc.array(strategy, { maxLength: 3 }) });
}

function previewInputs(): fc.Arbitrary<PreviewInputs> {
  return fc.record({
    equity: fc.double({ min: 1, max: 1e12, noNaN: true }),
    defaultPrice: fc.double({ min: 1e-8, max: 1e12, noNaN: true }),
    strength: fc.double({ min: 0, max: 1, noNaN: true }),
  });
}
