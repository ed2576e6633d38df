import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import {
  boundsText,
  schemaDiagnostics,
  valueAt,
} from '../../../shared/diagnostics/schema-issues.ts';
import type { CanonicalKey } from '../../../shared/sizing-keys.ts';
import { SIZING_KEYS } from '../../../shared/sizing-keys.ts';
import { analyzeConfig, lineColumnOf, withCode } from '../analyze-config.ts';

/** SPEC §2's ranges: for each key, values just outside and just inside. */
const RANGES: [key: string, outside: number[], inside: number[]][] = [
  ['fixed_amount_usd', [0, -5], [0.01, 1e6]],
  ['fixed_usd_amount', [0], [250]],
  ['percent_equity', [0, 1.01, -0.1], [0.15, 1]],
  ['equity_percentage', [0, 15], [0.05]],
  ['risk_per_trade_pct', [0, 2], [0.02, 1]],
  ['max_position_size_usd', [0, -1], [0.5]],
  ['min_position_size_usd', [-1], [0, 50]],
  ['max_leverage', [0, -2], [0.5, 10]],
  ['default_stop_loss_pct', [0, 1, 5], [0.05, 0.99]],
  ['fixed_units', [0], [0.001]],
  ['kelly_win_rate', [0, 1], [0.01, 0.99]],
  ['kelly_avg_win', [0, -0.03], [0.03]],
  ['kelly_avg_loss', [0, -0.02], [0.02]],
  ['kelly_max_position_pct', [0, 1.5], [0.25, 1]],
];

describe('diagnostics/schema-issues', () => {
  describe('schemaDiagnostics()', () => {
    it('accepts a valid config', () => {
      expect(
        schemaDiagnostics({
          position_sizing: { method: 'risk_based', risk_per_trade_pct: 0.02 },
          strategies: [{ name: 'a', stop_loss_pct: 3, extra: { any: ['thing'] } }],
          anything_else: null,
        }),
      ).toEqual([]);
    });

    it.each(RANGES)('reports %s out of range at %o, and not at %o', (key, outside, inside) => {
      for (const value of outside) {
        const found = schemaDiagnostics({ position_sizing: { [key]: value } });
        expect(found.map((d) => [d.code, d.path])).toEqual([['range', ['position_sizing', key]]]);
      }
      for (const value of inside) {
        expect(schemaDiagnostics({ position_sizing: { [key]: value } })).toEqual([]);
        expect(
          schemaDiagnostics({ strategies: [{ name: 's', position_sizing: { [key]: value } }] }),
        ).toEqual([]);
      }
    });

    it('checks strategy blocks against the same ranges', () => {
      const found = schemaDiagnostics({
        strategies: [{ name: 's', position_sizing: { max_leverage: 0 } }],
      });
      expect(found.map((d) => d.path)).toEqual([
        ['strategies', 0, 'position_sizing', 'max_leverage'],
      ]);
    });

    it('checks stop_loss_pct (percent, 0 < x < 100) and the risk_adjustment fractions', () => {
      const found = schemaDiagnostics({
        strategies: [
          { name: 'a', stop_loss_pct: 0 },
          { name: 'b', stop_loss_pct: 100 },
          {
            name: 'c',
            stop_loss_pct: 99.5,
            risk_adjustment: { min_risk_pct: 0, max_risk_pct: 1.5 },
          },
        ],
      });
      expect(found.map((d) => [d.code, d.path.join('.')])).toEqual([
        ['range', 'strategies.0.stop_loss_pct'],
        ['range', 'strategies.1.stop_loss_pct'],
        ['range', 'strategies.2.risk_adjustment.min_risk_pct'],
        ['range', 'strategies.2.risk_adjustment.max_risk_pct'],
      ]);
    });
  });

  describe('range messages', () => {
    it('state the range and the unit, with the value found', () => {
      const analysis = analyzeConfig({ position_sizing: { risk_per_trade_pct: 2 } });
      const [d] = withCode(analysis, 'range');
      expect(d).toMatchObject({ severity: 'error', start: lineColumnOf(analysis.text, '2\n') });
      expect(d?.message).toMatchInlineSnapshot(
        `"Global position_sizing: risk_per_trade_pct must be a fraction with 0 < x ≤ 1 (0.02 = 2 %); found 2."`,
      );
    });

    it('name the strategy and the USD unit', () => {
      const analysis = analyzeConfig({
        strategies: [{ name: 'eth', position_sizing: { max_position_size_usd: -100 } }],
      });
      expect(withCode(analysis, 'range')[0]?.message).toMatchInlineSnapshot(
        `"Strategy "eth": max_position_size_usd must be > 0 USD; found -100."`,
      );
    });
  });

  describe('type errors', () => {
    it('reports a number written as text, suggesting to remove the quotes', () => {
      const text = `{
  "position_sizing": {
    "fixed_amount_usd": "1000"
  }
}`;
      const [d, ...rest] = withCode(analyzeText(text), 'type');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        severity: 'error',
        path: ['position_sizing', 'fixed_amount_usd'],
        start: { line: 3, column: 25 },
      });
      expect(d?.message).toMatchInlineSnapshot(
        `"Global position_sizing: fixed_amount_usd must be a number; found the text "1000". Remove the quotes."`,
      );
    });

    it('suggests removing a null value to inherit instead', () => {
      const analysis = analyzeConfig({
        strategies: [{ name: 's', position_sizing: { max_leverage: null } }],
      });
      expect(withCode(analysis, 'type')[0]?.message).toBe(
        'Strategy "s": max_leverage must be a number; found null. To inherit the value instead, remove the key.',
      );
    });

    it('does not suggest removing quotes from text that is not a number (near miss)', () => {
      const analysis = analyzeConfig({ position_sizing: { max_leverage: 'high' } });
      expect(withCode(analysis, 'type')[0]?.message).not.toContain('Remove the quotes');
    });

    it('reports strategies written as an object, and a position_sizing written as a list', () => {
      const analysis = analyzeConfig({ position_sizing: [1], strategies: { a: {} } });
      expect(withCode(analysis, 'type').map((d) => [d.path, d.message])).toEqual([
        [
          ['position_sizing'],
          'Global position_sizing: position_sizing must be an object ({ … }); found a list.',
        ],
        [['strategies'], 'Config: strategies must be a list ([ … ]); found an object.'],
      ]);
    });

    it('requires a strategy name and a strategy to be an object', () => {
      const analysis = analyzeConfig({ strategies: [{ market: 'X' }, 'eth'] });
      const found = withCode(analysis, 'type');
      expect(found.map((d) => [d.path, d.message])).toEqual([
        [['strategies', 0, 'name'], 'Strategy #1: name is required.'],
        [['strategies', 1], 'Strategy #2: value must be an object ({ … }); found the text "eth".'],
      ]);
      // The missing name points at the strategy's opening brace: line 3, column 5.
      expect(found[0]?.start).toEqual({ line: 3, column: 5 });
    });

    it('reports an empty strategy name as a range error', () => {
      const analysis = analyzeConfig({ strategies: [{ name: '' }] });
      expect(withCode(analysis, 'range').map((d) => d.message)).toEqual([
        'Strategy #1: name must not be empty; found the text "".',
      ]);
    });

    it('accepts any value for keys it does not interpret (near miss)', () => {
      expect(schemaDiagnostics({ foo: 'x', strategies: [{ name: 'a', fancy: [null] }] })).toEqual(
        [],
      );
    });
  });

  describe('unknown methods', () => {
    it('reports a method that is none of the methods or aliases, at the value', () => {
      const text = `{
  "strategies": [
    { "name": "m", "position_sizing": { "method": "martingale" } }
  ]
}`;
      const [d, ...rest] = withCode(analyzeText(text), 'unknown-method');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        severity: 'error',
        path: ['strategies', 0, 'position_sizing', 'method'],
        start: { line: 3, column: 51 },
      });
      expect(d?.message).toMatchInlineSnapshot(
        `"Strategy "m": unknown method the text "martingale". Use one of fixed_usd, risk_based, percent_equity, fixed_units, kelly_criterion."`,
      );
    });

    it('reports an unknown method in the engine spelling of the key', () => {
      const analysis = analyzeConfig({ position_sizing: { position_sizing_method: 'fixed' } });
      expect(withCode(analysis, 'unknown-method').map((d) => d.path)).toEqual([
        ['position_sizing', 'position_sizing_method'],
      ]);
    });

    it.each([
      'fixed_usd',
      'risk_based',
      'percent_equity',
      'fixed_units',
      'kelly_criterion',
      'kelly',
      'equity_percentage',
    ])('accepts %s (near miss)', (method) => {
      expect(schemaDiagnostics({ position_sizing: { method } })).toEqual([]);
    });

    it('rejects a method of the wrong case or type', () => {
      for (const method of ['Fixed_USD', 3, null]) {
        const found = schemaDiagnostics({ position_sizing: { method } });
        expect(found.map((d) => d.code)).toEqual(['unknown-method']);
      }
    });
  });

  describe('boundsText()', () => {
    it.each<[CanonicalKey, string]>([
      ['percent_equity', 'a fraction with 0 < x ≤ 1 (0.02 = 2 %)'],
      ['default_stop_loss_pct', 'a fraction with 0 < x < 1 (0.02 = 2 %)'],
      ['min_position_size_usd', '≥ 0 USD'],
      ['max_leverage', '> 0'],
    ])('describes %s as %s', (key, text) => {
      expect(boundsText(SIZING_KEYS[key])).toBe(text);
    });
  });

  describe('valueAt()', () => {
    it('reads own properties only', () => {
      const config = JSON.parse('{"a": [{"b": 1}]}') as unknown;
      expect(valueAt(config, ['a', 0, 'b'])).toBe(1);
      expect(valueAt(config, ['constructor'])).toBeUndefined();
    });
  });
});
