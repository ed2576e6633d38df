import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { fixtureText } from '../../fixtures/read-fixture.ts';
import { analyzeConfig, lineColumnOf, withCode } from '../analyze-config.ts';

const CAP = { max_position_size_usd: 90_000 };

describe('diagnostics/sizing-checks', () => {
  describe('missingParameters()', () => {
    it('reports a required parameter set on neither layer, at the strategy, naming both layers', () => {
      const text = `{
  "position_sizing": { "method": "risk_based", "max_position_size_usd": 5000 },
  "strategies": [
    { "name": "eth_risk" }
  ]
}`;
      const [d, ...rest] = withCode(analyzeText(text), 'missing-parameter');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        severity: 'error',
        path: ['strategies', 0],
        start: { line: 4, column: 5 },
      });
      expect(d?.message).toMatchInlineSnapshot(
        `"Strategy "eth_risk" uses risk_based but risk_per_trade_pct is set nowhere: add it to strategies[0].position_sizing or to the global position_sizing."`,
      ); // The form shows it at the field that would hold it.
      expect(d?.setting).toEqual(['strategies', 0, 'position_sizing', 'risk_per_trade_pct']);
    });

    it('points at the strategy position_sizing when it has one', () => {
      const analysis = analyzeConfig({
        position_sizing: CAP,
        strategies: [{ name: 'k', position_sizing: { method: 'kelly', kelly_win_rate: 0.6 } }],
      });
      const found = withCode(analysis, 'missing-parameter');
      expect(found.map((d) => d.message.match(/but (\w+) is set nowhere/)?.[1])).toEqual([
        'kelly_avg_win',
        'kelly_avg_loss',
      ]);
      expect(found[0]?.path).toEqual(['strategies', 0, 'position_sizing']);
      expect(found[0]?.start).toEqual(lineColumnOf(analysis.text, '"position_sizing"', 1));
    });

    it.each([
      ['fixed_usd', 'fixed_amount_usd'],
      ['risk_based', 'risk_per_trade_pct'],
      ['percent_equity', 'percent_equity'],
      ['equity_percentage', 'percent_equity'],
      ['fixed_units', 'fixed_units'],
    ])('requires, for method %s, %s', (method, key) => {
      const analysis = analyzeConfig({
        position_sizing: { method, ...CAP },
        strategies: [{ name: 's' }],
      });
      expect(withCode(analysis, 'missing-parameter').map((d) => d.message)).toEqual([
        expect.stringContaining(`but ${key} is set nowhere`),
      ]);
    });

    it('is satisfied by a value inherited from global (near miss)', () => {
      const analysis = analyzeConfig({
        position_sizing: { risk_per_trade_pct: 0.02, ...CAP },
        strategies: [{ name: 's', position_sizing: { method: 'risk_based' } }],
      });
      expect(withCode(analysis, 'missing-parameter')).toEqual([]);
    });

    it('is satisfied by an engine spelling (near miss)', () => {
      const analysis = analyzeConfig({
        position_sizing: { fixed_usd_amount: 100, ...CAP },
        strategies: [{ name: 's' }],
      });
      expect(withCode(analysis, 'missing-parameter')).toEqual([]);
    });
  });

  describe('aliasConflicts()', () => {
    it('reports both spellings of one key with different values, at the engine spelling key', () => {
      const text = `{
  "position_sizing": {
    "fixed_amount_usd": 100,
    "fixed_usd_amount": 200,
    "max_position_size_usd": 1000
  }
}`;
      const [d, ...rest] = withCode(analyzeText(text), 'alias-conflict');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        severity: 'error',
        path: ['position_sizing', 'fixed_usd_amount'],
        start: { line: 4, column: 5 },
      });
      expect(d?.message).toMatchInlineSnapshot(
        `"Global position_sizing: fixed_amount_usd and fixed_usd_amount are two spellings of one setting with different values. Keep one."`,
      );
    });

    it('reports a conflict inside a strategy block', () => {
      const analysis = analyzeConfig({
        position_sizing: CAP,
        strategies: [
          {
            name: 's',
            position_sizing: {
              position_sizing_method: 'kelly',
              method: 'fixed_usd',
              fixed_amount_usd: 5,
            },
          },
        ],
      });
      expect(withCode(analysis, 'alias-conflict').map((d) => d.path)).toEqual([
        ['strategies', 0, 'position_sizing', 'position_sizing_method'],
      ]);
    });

    it('accepts both spellings with the same value (near miss)', () => {
      const analysis = analyzeConfig({
        position_sizing: { percent_equity: 0.1, equity_percentage: 0.1 },
      });
      expect(withCode(analysis, 'alias-conflict')).toEqual([]);
    });

    it('does not compare spellings across layers (near miss)', () => {
      const analysis = analyzeConfig({
        position_sizing: { fixed_amount_usd: 100, ...CAP },
        strategies: [{ name: 's', position_sizing: { fixed_usd_amount: 200 } }],
      });
      expect(withCode(analysis, 'alias-conflict')).toEqual([]);
    });
  });

  describe('limitChecks()', () => {
    it('reports min-above-max where the minimum is set, comparing effective values', () => {
      const analysis = analyzeConfig({
        position_sizing: { fixed_amount_usd: 100, max_position_size_usd: 5000 },
        strategies: [{ name: 's', position_sizing: { min_position_size_usd: 6000 } }],
      });
      const [d, ...rest] = withCode(analysis, 'min-above-max');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        severity: 'error',
        path: ['strategies', 0, 'position_sizing', 'min_position_size_usd'],
        start: lineColumnOf(analysis.text, '6000'),
      });
      expect(d?.message).toMatchInlineSnapshot(
        `"Strategy "s": min_position_size_usd (6000) is above max_position_size_usd (5000); every trade would be forced to the minimum."`,
      );
    });

    it("points at the strategy's own maximum when it inherits the minimum, never at the global value", () => {
      const analysis = analyzeConfig({
        position_sizing: { fixed_amount_usd: 100, min_position_size_usd: 700 },
        strategies: [
          { name: 's', position_sizing: { max_position_size_usd: 600 } },
          { name: 'fine', position_sizing: { max_position_size_usd: 800 } },
        ],
      });
      expect(withCode(analysis, 'min-above-max').map((d) => d.path)).toEqual([
        ['strategies', 0, 'position_sizing', 'max_position_size_usd'],
      ]);
    });

    it('points at each strategy when both limits are inherited', () => {
      const analysis = analyzeConfig({
        position_sizing: {
          fixed_amount_usd: 100,
          min_position_size_usd: 700,
          max_position_size_usd: 600,
        },
        strategies: [{ name: 'a' }, { name: 'b', position_sizing: { method: 'fixed_usd' } }],
      });
      expect(withCode(analysis, 'min-above-max').map((d) => d.path)).toEqual([
        ['strategies', 0],
        ['strategies', 1, 'position_sizing'],
      ]);
    });

    it('accepts a minimum equal to the maximum (near miss)', () => {
      const analysis = analyzeConfig({
        position_sizing: {
          fixed_amount_usd: 100,
          min_position_size_usd: 600,
          max_position_size_usd: 600,
        },
      });
      expect(withCode(analysis, 'min-above-max')).toEqual([]);
    });

    it('warns no-max-limit for a strategy with no effective maximum, at the strategy', () => {
      const text = `{
  "position_sizing": { "fixed_amount_usd": 100 },
  "strategies": [
    { "name": "uncapped" },
    { "name": "capped", "position_sizing": { "max_position_size_usd": 500 } }
  ]
}`;
      const found = withCode(analyzeText(text), 'no-max-limit');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        severity: 'warning',
        path: ['strategies', 0],
        start: { line: 4, column: 5 },
      });
      expect(found[0]?.message).toMatchInlineSnapshot(
        `"Strategy "uncapped" has no max_position_size_usd, on the strategy or globally: nothing caps its positions."`,
      );
      expect(found[0]?.setting).toEqual([
        'strategies',
        0,
        'position_sizing',
        'max_position_size_usd',
      ]);
    });

    it('does not warn no-max-limit when the global block caps (near miss)', () => {
      const analysis = analyzeConfig({
        position_sizing: { fixed_amount_usd: 100, max_position_size_usd: 500 },
        strategies: [{ name: 'a' }],
      });
      expect(withCode(analysis, 'no-max-limit')).toEqual([]);
    });

    it('warns always-capped when fixed_amount_usd exceeds the effective maximum', () => {
      const analysis = analyzeConfig({
        position_sizing: { fixed_amount_usd: 1500, max_position_size_usd: 1000 },
        strategies: [{ name: 'fixed' }],
      });
      const [d, ...rest] = withCode(analysis, 'always-capped');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        severity: 'warning',
        path: ['position_sizing', 'fixed_amount_usd'],
        start: lineColumnOf(analysis.text, '1500'),
      });
      expect(d?.message).toMatchInlineSnapshot(
        `"Strategy "fixed": fixed_amount_usd (1500) is above max_position_size_usd (1000), so every position is capped at 1000."`,
      );
    });

    it('does not warn always-capped at exactly the maximum, or for another method (near misses)', () => {
      const analysis = analyzeConfig({
        position_sizing: { fixed_amount_usd: 1000, max_position_size_usd: 1000 },
        strategies: [
          { name: 'equal' },
          {
            name: 'risk',
            position_sizing: {
              method: 'risk_based',
              risk_per_trade_pct: 0.01,
              fixed_amount_usd: 5000,
            },
          },
        ],
      });
      expect(withCode(analysis, 'always-capped')).toEqual([]);
    });
  });

  describe('unusedStrategyRisk()', () => {
    it("warns when a strategy's root risk_per_trade_pct differs from its effective one", () => {
      const analysis = analyzeConfig({
        position_sizing: { method: 'risk_based', risk_per_trade_pct: 0.02, ...CAP },
        strategies: [{ name: 'eth', risk_per_trade_pct: 0.05 }],
      });
      const [d, ...rest] = withCode(analysis, 'unused-strategy-risk');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        severity: 'warning',
        path: ['strategies', 0, 'risk_per_trade_pct'],
        start: lineColumnOf(analysis.text, '0.05'),
      });
      expect(d?.message).toMatchInlineSnapshot(
        `"Strategy "eth": risk_per_trade_pct 0.05 on the strategy itself is ignored by the engine, which uses risk_per_trade_pct 0.02 (global) from position_sizing. Move it into position_sizing or remove it."`,
      );
    });

    it('warns when position_sizing sets no risk at all', () => {
      const analysis = analyzeConfig({
        position_sizing: { fixed_amount_usd: 10, ...CAP },
        strategies: [{ name: 'eth', risk_per_trade_pct: 0.05 }],
      });
      expect(withCode(analysis, 'unused-strategy-risk')[0]?.message).toContain(
        'which uses no risk_per_trade_pct',
      );
    });

    it('does not warn when the root value equals the effective one (near miss)', () => {
      const analysis = analyzeConfig({
        position_sizing: { risk_per_trade_pct: 0.02, fixed_amount_usd: 1, ...CAP },
        strategies: [{ name: 'eth', risk_per_trade_pct: 0.02 }],
      });
      expect(withCode(analysis, 'unused-strategy-risk')).toEqual([]);
    });
  });

  describe('riskBandChecks()', () => {
    it('warns on an inverted band and on a risk outside the band in risk-band.json', () => {
      const analysis = analyzeText(fixtureText('risk-band.json'));
      const found = withCode(analysis, 'risk-band');
      expect(found.map((d) => d.path)).toEqual([
        ['strategies', 1, 'risk_adjustment'],
        ['strategies', 2, 'risk_adjustment'],
      ]);
      expect(found.every((d) => d.severity === 'warning')).toBe(true);
      expect(found[0]?.start).toEqual(lineColumnOf(analysis.text, '"risk_adjustment"', 1));
      expect(found.map((d) => d.message)).toMatchInlineSnapshot(`
        [
          "Strategy "band_inverted": risk_adjustment min_risk_pct (0.04) is above max_risk_pct (0.02).",
          "Strategy "risk_above_band": risk_per_trade_pct 0.05 lies outside its risk_adjustment band [0.01, 0.03].",
        ]
      `);
    });

    it('accepts a risk on the edge of the band (near miss)', () => {
      const analysis = analyzeConfig({
        position_sizing: { method: 'risk_based', risk_per_trade_pct: 0.03, ...CAP },
        strategies: [
          { name: 's', risk_adjustment: { enabled: true, min_risk_pct: 0.01, max_risk_pct: 0.03 } },
        ],
      });
      expect(withCode(analysis, 'risk-band')).toEqual([]);
    });
  });
});
