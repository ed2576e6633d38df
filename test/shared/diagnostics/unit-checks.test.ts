import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { CANONICAL_KEYS, SIZING_KEYS } from '../../../shared/sizing-keys.ts';
import { analyzeConfig, lineColumnOf, withCode } from '../analyze-config.ts';

const CAP = { max_position_size_usd: 90_000, fixed_amount_usd: 10 };

describe('diagnostics/unit-checks', () => {
  describe('suspiciousSizingUnits()', () => {
    it('warns that a fraction above 1 looks like a percent, at the value', () => {
      const text = `{
  "position_sizing": {
    "risk_per_trade_pct": 2
  }
}`;
      const [d, ...rest] = withCode(analyzeText(text), 'suspicious-unit');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        severity: 'warning',
        path: ['position_sizing', 'risk_per_trade_pct'],
        start: { line: 3, column: 27 },
      });
      expect(d?.message).toMatchInlineSnapshot(
        `"Global position_sizing: risk_per_trade_pct 2 looks like a percent. It is a fraction: 2 % is 0.02."`,
      );
    });

    it('checks every fraction field, in either spelling, in strategy blocks too', () => {
      const analysis = analyzeConfig({
        position_sizing: { equity_percentage: 15, ...CAP },
        strategies: [
          {
            name: 's',
            position_sizing: {
              default_stop_loss_pct: 5,
              kelly_win_rate: 60,
              kelly_max_position_pct: 25,
            },
          },
        ],
      });
      expect(withCode(analysis, 'suspicious-unit').map((d) => d.path.join('.'))).toEqual([
        'position_sizing.equity_percentage',
        'strategies.0.position_sizing.default_stop_loss_pct',
        'strategies.0.position_sizing.kelly_win_rate',
        'strategies.0.position_sizing.kelly_max_position_pct',
      ]);
    });

    it('accepts a fraction of exactly 1 and fields that are not fractions (near misses)', () => {
      const analysis = analyzeConfig({
        position_sizing: { percent_equity: 1, max_leverage: 5, kelly_avg_win: 3, ...CAP },
      });
      expect(withCode(analysis, 'suspicious-unit')).toEqual([]);
    });
  });

  describe('suspiciousStrategyUnits()', () => {
    it('warns that a stop_loss_pct below 0.5 looks like a fraction', () => {
      const analysis = analyzeConfig({
        position_sizing: CAP,
        strategies: [{ name: 'eth', stop_loss_pct: 0.03 }],
      });
      const [d, ...rest] = withCode(analysis, 'suspicious-unit');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        severity: 'warning',
        path: ['strategies', 0, 'stop_loss_pct'],
        start: lineColumnOf(analysis.text, '0.03'),
      });
      expect(d?.message).toMatchInlineSnapshot(
        `"Strategy "eth": stop_loss_pct 0.03 is in percent, so this is a 0.03 % stop. For 3 %, write 3."`,
      );
    });

    it('accepts a stop of exactly 0.5 % (near miss)', () => {
      const analysis = analyzeConfig({
        position_sizing: CAP,
        strategies: [{ name: 'eth', stop_loss_pct: 0.5 }],
      });
      expect(withCode(analysis, 'suspicious-unit')).toEqual([]);
    });

    it('warns on risk_adjustment bounds and a root risk_per_trade_pct above 1', () => {
      const analysis = analyzeConfig({
        position_sizing: { ...CAP, risk_per_trade_pct: 0.02 },
        strategies: [
          {
            name: 's',
            risk_per_trade_pct: 2,
            risk_adjustment: { min_risk_pct: 1, max_risk_pct: 3 },
          },
        ],
      });
      expect(withCode(analysis, 'suspicious-unit').map((d) => d.path.join('.'))).toEqual([
        'strategies.0.risk_per_trade_pct',
        'strategies.0.risk_adjustment.max_risk_pct',
      ]);
    });
  });

  it('warns at every fraction key above 1 in blocks that strategies share, key by key', () => {
    // Strategies written alike share one sizing, whose verdict says whether their blocks can
    // hold such a fraction: every fraction key of the table must count for it.
    const fractions = CANONICAL_KEYS.filter((key) => SIZING_KEYS[key].unit === 'fraction');
    expect(fractions.length).toBeGreaterThan(3);
    for (const key of fractions) {
      const block = { method: 'fixed_usd', ...CAP, [key]: 2 };
      const strategies = [0, 1, 2].map((i) => ({ name: `s${i}`, position_sizing: block }));
      const found = withCode(analyzeConfig({ strategies }), 'suspicious-unit');
      expect(found.map((d) => d.path.join('.'))).toEqual(
        [0, 1, 2].map((i) => `strategies.${i}.position_sizing.${key}`),
      );
    }
  });
});
