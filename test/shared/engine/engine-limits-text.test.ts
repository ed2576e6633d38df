import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { engineTraceAt } from '../../../shared/engine/engine-preview.ts';
import { engineLimitsText } from '../../../shared/engine/engine-limits-text.ts';

/** The words for the limits that set a one-strategy config's engine size at E 10,000, P 100. */
function limitsOf(config: Record<string, unknown>): string {
  const analysis = analyzeText(JSON.stringify(config));
  const model = analysis.engine;
  const trace = model === undefined ? undefined : engineTraceAt(model, 0, 10_000, 100, 1);
  const sizer = model?.strategies[0]?.sizer.config;
  if (model === undefined || trace === undefined || sizer === undefined)
    throw new Error('no trace');
  return engineLimitsText(trace, sizer, model.global.rootCap, 10_000);
}

const one = (sizing: Record<string, unknown>, root: Record<string, unknown> = {}) => ({
  ...root,
  position_sizing: sizing,
  strategies: [{ name: 's', market: 'ETH-USD' }],
});

describe('engine/engine-limits-text', () => {
  describe('engineLimitsText()', () => {
    it('names the max that capped the size, with its figure', () => {
      // fixed_usd 8,000 > max 5,000 → capped at $5,000.
      expect(
        limitsOf(one({ fixed_usd_amount: 8000, max_position_size_usd: 5000, max_leverage: 2 })),
      ).toBe('capped at max $5,000.00');
    });

    it('names only the last limit test that set the size (the leverage overwrites the max)', () => {
      // base 30,000: > max 5,000 → 5,000; but also > 10,000 × 2 = 20,000 → the engine sets 20,000.
      expect(
        limitsOf(one({ fixed_usd_amount: 30000, max_position_size_usd: 5000, max_leverage: 2 })),
      ).toBe('capped at 2× equity ($20,000.00)');
    });

    it('names a raised minimum and the root cap after it', () => {
      // base 5 < min 10 (default) → $10; the root cap of 8 then caps it at $8.
      expect(
        limitsOf(one({ fixed_usd_amount: 5, max_leverage: 1 }, { max_position_size_usd: 8 })),
      ).toBe('raised to min $10.00, then capped at root max $8.00');
    });

    it('says nothing when no limit changed the size (near miss)', () => {
      expect(
        limitsOf(one({ fixed_usd_amount: 500, max_position_size_usd: 5000, max_leverage: 1 })),
      ).toBe('');
    });

    it('says the 5 % fallback set the size', () => {
      expect(limitsOf(one({ fixed_usd_amount: '500', max_leverage: 1 }))).toBe(
        'fallback: 5 % of equity',
      );
    });
  });
});
