import { describe, expect, it } from 'vitest';
import { sameSize } from '../../../shared/engine/engine-why.ts';
import { engineConfig, engineOf, previewOf, single, strategy } from './engine-config.ts';

describe('engine/engine-why', () => {
  describe('sameSize()', () => {
    it('calls equal figures and a last-bit round trip the same (1,000 / 19 × 19 = 999.9999999999999)', () => {
      expect(sameSize(1000, 1000)).toBe(true);
      expect(sameSize(1000, (1000 / 19) * 19)).toBe(true);
      expect(sameSize(0, 0)).toBe(true);
    });

    it('near miss: a cent on $1,000 is a difference', () => {
      expect(sameSize(1000, 1000.01)).toBe(false);
      expect(sameSize(0, 10)).toBe(false);
    });
  });

  describe('whyDiffers() through the ENGINE object', () => {
    it('is empty when the engine and the guide agree ($1,500 fixed_usd, engine spelling)', () => {
      const config = single({ fixed_usd_amount: 1500, max_position_size_usd: 5000 }, undefined);
      expect(engineOf(config, 's').why).toEqual([]);
    });

    it('is guide-error alone when the guide has no size and the engine sizes normally', () => {
      // fixed_usd with no amount anywhere: the guide's missing-parameter; the engine's default $1,000.
      const config = single({ method: 'fixed_usd', max_position_size_usd: 5000 }, undefined);
      const row = previewOf(config).strategies[0];
      expect(row?.size_usd).toBeNull();
      expect(row?.engine).toMatchObject({ size_usd: 1000, why: ['guide-error'] });
    });

    it('adds exception-fallback when the guide has no size and the engine falls back to 5 %', () => {
      // a string amount: the guide's type error; the engine's 10,000 × 0.05 = $500.
      const config = single({ fixed_usd_amount: '900', max_position_size_usd: 5000 }, undefined);
      expect(engineOf(config, 's')).toMatchObject({
        size_usd: 500,
        why: ['guide-error', 'exception-fallback'],
      });
    });

    it('names each reason once when several strategies share it', () => {
      const config = engineConfig(
        { position_sizing: { fixed_amount_usd: 1500, max_position_size_usd: 5000 } },
        [strategy('a'), strategy('b')],
      );
      expect(previewOf(config).strategies.map((r) => r.engine?.why)).toEqual([
        ['ignored-key'],
        ['ignored-key'],
      ]);
    });
  });

  describe('the ENGINE object without a price', () => {
    it('has no size and does not trade, but names its sizer and method', () => {
      const config = single({ method: 'risk_based', risk_per_trade_pct: 0.02 }, undefined);
      const row = previewOf(config, { equity: 10_000 }).strategies[0];
      expect(row?.error).toBe('missing-price');
      expect(row?.engine).toEqual({
        sizer: 'global',
        method: 'risk_based',
        size_usd: null,
        size_units: null,
        trades: false,
        not_traded: null,
        why: [],
      });
    });

    it('near miss: a price for its market sizes it (per-market price 3,000 → $2,000 at a 10 % stop)', () => {
      const config = single({ method: 'risk_based', risk_per_trade_pct: 0.02 }, undefined);
      const row = previewOf(config, { equity: 10_000, prices: { 'ETH-USD': 3000 } }).strategies[0];
      expect(row?.engine?.size_usd).toBe(2000);
    });
  });
});
