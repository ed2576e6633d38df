import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { inherit } from '../../../shared/resolve/inheritance.ts';
import {
  globalLayer,
  resolveStrategies,
  stopDistance,
} from '../../../shared/resolve/resolve-strategies.ts';
import { readSizingLayer } from '../../../shared/resolve/sizing-layer.ts';
import { fixtureText } from '../../fixtures/read-fixture.ts';

const sizingWith = (global: Record<string, unknown>) =>
  inherit(readSizingLayer(global), readSizingLayer(undefined));

describe('resolve/resolve-strategies', () => {
  describe('resolveStrategies()', () => {
    it('resolves mixed-inheritance.jsonc strategy by strategy, with sources', () => {
      const config = analyzeText(fixtureText('mixed-inheritance.jsonc')).config;
      const [btc, eth, sol] = resolveStrategies(config);
      expect(btc?.sizing.values).toEqual({
        method: 'fixed_usd',
        fixed_amount_usd: 750,
        risk_per_trade_pct: 0.01,
        max_position_size_usd: 4000,
        default_stop_loss_pct: 0.04,
        kelly_max_position_pct: 0.25,
      });
      expect(btc?.sizing.sources).toMatchObject({ method: 'global', fixed_amount_usd: 'global' });
      expect(eth?.sizing.sources).toMatchObject({
        method: 'strategy',
        risk_per_trade_pct: 'global',
      });
      expect(sol?.sizing.values).toMatchObject({
        method: 'percent_equity',
        percent_equity: 0.3,
        max_position_size_usd: 2500,
      });
      expect(sol?.sizing.sources.max_position_size_usd).toBe('strategy');
      expect([btc?.enabled, eth?.enabled, sol?.enabled]).toEqual([true, true, false]);
      expect([btc?.market, eth?.market, sol?.market]).toEqual(['BTC-USD', 'ETH-USD', 'SOL-USD']);
    });

    it('names a strategy without a name by its position', () => {
      const [a, b] = resolveStrategies({ strategies: [{ name: '' }, { market: 'X' }] });
      expect([a?.name, b?.name]).toEqual(['strategies[0]', 'strategies[1]']);
    });

    it('treats enabled as true unless it is exactly false', () => {
      const list = resolveStrategies({
        strategies: [{ name: 'a' }, { name: 'b', enabled: false }, { name: 'c', enabled: 'no' }],
      });
      expect(list.map((s) => s.enabled)).toEqual([true, false, true]);
    });

    it('resolves nothing when strategies is not a list', () => {
      expect(resolveStrategies({ strategies: { a: {} } })).toEqual([]);
      expect(resolveStrategies([1, 2])).toEqual([]);
    });

    it('treats a non-object position_sizing as no overrides', () => {
      const [s] = resolveStrategies({
        position_sizing: { fixed_amount_usd: 10 },
        strategies: [{ name: 'a', position_sizing: 'big' }],
      });
      expect(s?.sizing.sources.fixed_amount_usd).toBe('global');
    });
  });

  describe('globalLayer()', () => {
    it('reads the root position_sizing, and nothing from a config that is not an object', () => {
      expect(globalLayer({ position_sizing: { method: 'kelly' } }).conflicts).toEqual([]);
      expect(
        inherit(globalLayer({ position_sizing: { method: 'kelly' } }), readSizingLayer(undefined))
          .method,
      ).toBe('kelly_criterion');
      expect(inherit(globalLayer('text'), readSizingLayer(undefined)).values).toEqual({
        method: 'fixed_usd',
        kelly_max_position_pct: 0.25,
      });
    });
  });

  describe('stopDistance()', () => {
    it("reads the strategy's stop_loss_pct as a percent: 3.0 → 0.03", () => {
      expect(
        stopDistance({ stop_loss_pct: 3.0 }, sizingWith({ default_stop_loss_pct: 0.1 })),
      ).toEqual({ fraction: 0.03, source: 'strategy', key: 'stop_loss_pct' });
    });

    it('falls back to the effective default_stop_loss_pct, a fraction, with its source', () => {
      expect(stopDistance({}, sizingWith({ default_stop_loss_pct: 0.04 }))).toEqual({
        fraction: 0.04,
        source: 'global',
        key: 'default_stop_loss_pct',
      });
      const own = inherit(readSizingLayer({}), readSizingLayer({ default_stop_loss_pct: 0.07 }));
      expect(stopDistance({}, own)).toMatchObject({ fraction: 0.07, source: 'strategy' });
    });

    it('falls back to 5 % from the built-in default', () => {
      expect(stopDistance({}, sizingWith({}))).toEqual({
        fraction: 0.05,
        source: 'default',
        key: null,
      });
      expect(stopDistance(undefined, sizingWith({})).fraction).toBe(0.05);
    });

    it('has no usable stop when the value set is out of range or not a number', () => {
      expect(stopDistance({ stop_loss_pct: 0 }, sizingWith({})).fraction).toBeUndefined();
      expect(stopDistance({ stop_loss_pct: 100 }, sizingWith({})).fraction).toBeUndefined();
      expect(stopDistance({ stop_loss_pct: '3' }, sizingWith({})).fraction).toBeUndefined();
      expect(stopDistance({}, sizingWith({ default_stop_loss_pct: 1 })).fraction).toBeUndefined();
      expect(stopDistance({}, sizingWith({ default_stop_loss_pct: null })).source).toBe('global');
    });

    it('does not fall back to the default when the strategy sets an unusable stop', () => {
      const stop = stopDistance(
        { stop_loss_pct: null },
        sizingWith({ default_stop_loss_pct: 0.04 }),
      );
      expect(stop).toEqual({ fraction: undefined, source: 'strategy', key: 'stop_loss_pct' });
    });
  });
});
