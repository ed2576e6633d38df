import { describe, expect, it } from 'vitest';
import { formatSizingValue } from '../../../shared/cli/resolve-command.ts';
import { ENGINE_READY, ON_EXCHANGE } from '../../fixtures/engine-ready.ts';
import { SYNTAX_ERROR, fixture, json, run } from './memory-io.ts';

/** The engine's defaults for the twelve keys it reads (ENGINE.md §2), overridden by `set`. */
function engineParams(set: Record<string, number>): Record<string, number> {
  return {
    fixed_usd_amount: 1000,
    equity_percentage: 0.05,
    risk_per_trade_pct: 0.02,
    default_stop_loss_pct: 0.05,
    fixed_units: 0.1,
    kelly_win_rate: 0.6,
    kelly_avg_win: 0.03,
    kelly_avg_loss: 0.02,
    kelly_max_position_pct: 0.25,
    max_position_size_usd: 10000,
    min_position_size_usd: 10,
    max_leverage: 1,
    ...set,
  };
}

/**
 * commented.jsonc's global block as the engine resolves it (ENGINE.md §2): its own four keys, and
 * the root's default max_leverage of 25 because the block sets none.
 */
const COMMENTED_GLOBAL = engineParams({
  fixed_usd_amount: 750,
  risk_per_trade_pct: 0.01,
  max_position_size_usd: 4000,
  max_leverage: 25,
});

describe('resolve-command', () => {
  describe('runResolve()', () => {
    it('prints SPEC §6 JSON: effective values, their sources and error codes', async () => {
      const result = await run(['resolve', 'c.jsonc', '--json'], {
        'c.jsonc': fixture('commented.jsonc'),
      });
      expect(result.code).toBe(0);
      expect(json(result)).toEqual({
        strategies: [
          {
            name: 'inherits_all',
            effective: {
              method: 'fixed_usd',
              fixed_amount_usd: 750,
              risk_per_trade_pct: 0.01,
              max_position_size_usd: 4000,
              kelly_max_position_pct: 0.25,
            },
            sources: {
              method: 'global',
              fixed_amount_usd: 'global',
              risk_per_trade_pct: 'global',
              max_position_size_usd: 'global',
              kelly_max_position_pct: 'default',
            },
            errors: [],
            // No block of its own: the global sizer.
            engine: { sizer: 'global', method: 'fixed_usd', params: COMMENTED_GLOBAL },
          },
          {
            name: 'own_risk',
            effective: {
              method: 'risk_based',
              fixed_amount_usd: 750,
              risk_per_trade_pct: 0.01,
              max_position_size_usd: 4000,
              kelly_max_position_pct: 0.25,
            },
            sources: {
              method: 'strategy',
              fixed_amount_usd: 'global',
              risk_per_trade_pct: 'global',
              max_position_size_usd: 'global',
              kelly_max_position_pct: 'default',
            },
            errors: [],
            // Its own block: the global sizer's values (fixed_usd_amount included, the global
            // method being fixed_usd), then its method.
            engine: { sizer: 'strategy', method: 'risk_based', params: COMMENTED_GLOBAL },
          },
        ],
      });
    });

    it('lists each strategy with its error codes and exits 1 when the config has errors', async () => {
      const result = await run(['resolve', 'b.json', '--json'], {
        'b.json': fixture('broken.json'),
      });
      expect(result.code).toBe(1);
      const doc = json(result) as { strategies: { name: string; errors: string[] }[] };
      expect(doc.strategies.map((s) => [s.name, s.errors])).toEqual([
        ['no_risk_set', ['missing-parameter']],
        ['twin', []],
        ['twin', ['duplicate-strategy']],
      ]);
      expect(result.stderr).toContain('b.json has 2 errors:');
    });

    it('writes the canonical method for an engine alias', async () => {
      const config = JSON.stringify({
        ...ENGINE_READY,
        position_sizing: { position_sizing_method: 'equity_percentage', equity_percentage: 0.1 },
        strategies: [
          {
            ...ON_EXCHANGE,
            name: 'engine',
            market: 'ETH-USD',
            position_sizing: { max_position_size_usd: 900 },
          },
        ],
      });
      const result = await run(['resolve', 'e.json', '--json'], { 'e.json': config });
      expect(json(result)).toEqual({
        strategies: [
          {
            name: 'engine',
            effective: {
              method: 'percent_equity',
              percent_equity: 0.1,
              max_position_size_usd: 900,
              kelly_max_position_pct: 0.25,
            },
            sources: {
              method: 'global',
              percent_equity: 'global',
              max_position_size_usd: 'strategy',
              kelly_max_position_pct: 'default',
            },
            // The inherited method is one the engine does not know: an error of the global
            // value the strategy inherits, as a range error there would be.
            errors: ['engine-unknown-method'],
            // The engine sizes the unknown method as fixed_usd, with the default $1,000 passed
            // down and its own max; equity_percentage is not passed down (ENGINE.md §3).
            engine: {
              sizer: 'strategy',
              method: 'fixed_usd',
              params: engineParams({ max_position_size_usd: 900, max_leverage: 25 }),
            },
          },
        ],
      });
    });

    it('prints an empty list for a config that does not parse, with the error on stderr', async () => {
      const result = await run(['resolve', 's.json', '--json'], {
        's.json': SYNTAX_ERROR,
      });
      expect(result.code).toBe(1);
      expect(json(result)).toEqual({ strategies: [] });
      expect(result.stderr).toContain('4:5  error  syntax');
    });

    it('shows one table per strategy with a source for every value', async () => {
      const result = await run(['resolve', 'c.jsonc'], { 'c.jsonc': fixture('commented.jsonc') });
      expect(result.stdout).toMatchInlineSnapshot(`
        "inherits_all  (BTC-USD)
          Key                    Effective  Source
          method                 fixed_usd  global
          fixed_amount_usd       $750.00    global
          risk_per_trade_pct     1 %        global   not used by fixed_usd
          max_position_size_usd  $4,000.00  global
          stop distance          5 %        default  built-in

        own_risk  (ETH-USD)
          Key                    Effective   Source
          method                 risk_based  strategy
          fixed_amount_usd       $750.00     global    not used by risk_based
          risk_per_trade_pct     1 %         global
          max_position_size_usd  $4,000.00   global
          stop distance          5 %         default   built-in
        "
      `);
    });

    it('marks disabled strategies and shows their errors', async () => {
      const result = await run(['resolve', 'd.json'], { 'd.json': fixture('desk.json') });
      expect(result.stdout).toContain('sol_percent  (SOL-USD, disabled)');
      expect(result.stdout).toContain(
        'stop distance          4 %         strategy  from stop_loss_pct',
      );
      const broken = await run(['resolve', 'b.json'], { 'b.json': fixture('broken.json') });
      expect(broken.stdout).toContain('  errors: missing-parameter\n');
    });

    it('never lets a strategy name write terminal escapes', async () => {
      const config = JSON.stringify({
        position_sizing: { fixed_amount_usd: 10, max_position_size_usd: 100 },
        strategies: [{ name: 'evil\u001b[2J' }],
      });
      const result = await run(['resolve', 'x.json'], { 'x.json': config }, { isTTY: true });
      expect(result.stdout).toContain('evil\\u001b[2J');
      expect(result.stdout).not.toContain('\u001b[2J');
    });
  });

  describe('formatSizingValue()', () => {
    it('shows each value in its unit, and wrong types as written', () => {
      expect(formatSizingValue('fixed_amount_usd', 1234.5)).toBe('$1,234.50');
      expect(formatSizingValue('risk_per_trade_pct', 0.02)).toBe('2 %');
      expect(formatSizingValue('fixed_units', 0.25)).toBe('0.25');
      expect(formatSizingValue('max_leverage', 3)).toBe('3');
      expect(formatSizingValue('method', 'risk_based')).toBe('risk_based');
      expect(formatSizingValue('fixed_amount_usd', '1000')).toBe('"1000"');
      expect(formatSizingValue('fixed_amount_usd', null)).toBe('null');
    });
  });
});
