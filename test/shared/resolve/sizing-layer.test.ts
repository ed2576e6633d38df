import { describe, expect, it } from 'vitest';
import { inherit } from '../../../shared/resolve/inheritance.ts';
import { readSizingLayer } from '../../../shared/resolve/sizing-layer.ts';

const effective = (block: Record<string, unknown>) =>
  inherit(readSizingLayer(undefined), readSizingLayer(block)).values;

describe('resolve/sizing-layer', () => {
  describe('readSizingLayer()', () => {
    it('reads engine spellings as their canonical keys', () => {
      expect(effective({ fixed_usd_amount: 250, equity_percentage: 0.1 })).toMatchObject({
        fixed_amount_usd: 250,
        percent_equity: 0.1,
      });
    });

    it('lets the canonical spelling win when both are present, in either order', () => {
      expect(effective({ fixed_usd_amount: 1, fixed_amount_usd: 2 }).fixed_amount_usd).toBe(2);
      expect(effective({ fixed_amount_usd: 2, fixed_usd_amount: 1 }).fixed_amount_usd).toBe(2);
    });

    it('reports both spellings with different values as a conflict', () => {
      const layer = readSizingLayer({ method: 'fixed_usd', position_sizing_method: 'risk_based' });
      expect(layer.conflicts).toEqual(['method']);
    });

    it('accepts both spellings with the same value', () => {
      const layer = readSizingLayer({ equity_percentage: 0.1, percent_equity: 0.1 });
      expect(layer.conflicts).toEqual([]);
    });

    it('reads a missing block as no values at all', () => {
      expect(readSizingLayer(undefined).conflicts).toEqual([]);
      expect(effective({})).toEqual({ method: 'fixed_usd', kelly_max_position_pct: 0.25 });
    });
  });
});
