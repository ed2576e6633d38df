import { describe, expect, it } from 'vitest';
import { analyzeText, indexStrategyErrors } from '../../../shared/analyze.ts';
import { engineDetailOf } from '../../../shared/engine/engine-preview.ts';
import { engineLimitsText } from '../../../shared/engine/engine-limits-text.ts';
import { previewAll } from '../../../shared/sizing/preview.ts';

/** The words for the limits that set a one-strategy config's engine size at E 10,000, P 100. */
function limitsOf(config: Record<string, unknown>): string {
  const analysis = analyzeText(JSON.stringify(config));
  const preview = previewAll(analysis, indexStrategyErrors(analysis), {
    equity: 10_000,
    defaultPrice: 100,
  });
  const engine = preview.strategies[0]?.engine;
  const detail = engine === null || engine === undefined ? undefined : engineDetailOf(engine);
  if (detail === undefined) throw new Error('no engine trace');
  return engineLimitsText(
    detail.trace,
    detail.inputs.strategy.sizer.config,
    detail.inputs.model.global.rootCap,
    10_000,
  );
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
