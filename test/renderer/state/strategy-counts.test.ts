import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { strategyCounts } from '../../../renderer/state/strategy-counts.ts';
import { ENGINE_READY, ON_EXCHANGE } from '../../fixtures/engine-ready.ts';

const GLOBAL = { method: 'fixed_usd', fixed_usd_amount: 1000, max_position_size_usd: 5000 };

function counts(strategies: object[], global: object = GLOBAL) {
  const text = JSON.stringify({
    ...ENGINE_READY,
    position_sizing: global,
    strategies: strategies.map((s, i) => ({
      name: `s${i}`,
      market: 'ETH-USD',
      ...ON_EXCHANGE,
      ...s,
    })),
  });
  return strategyCounts(analyzeText(text));
}

describe('strategy-counts', () => {
  describe('strategyCounts()', () => {
    it('counts one mistake that two codes report once, as the Problems tab does', () => {
      expect(counts([{ position_sizing: { method: 'foo' } }, {}])).toEqual([
        { errors: 1, warnings: 0 },
        { errors: 0, warnings: 0 },
      ]);
    });

    it('counts an inherited global mistake once for every strategy inheriting it', () => {
      const found = counts([{}, { position_sizing: { method: 'fixed_usd' } }], {
        ...GLOBAL,
        method: 'foo',
      });
      expect(found).toEqual([
        { errors: 1, warnings: 0 },
        { errors: 0, warnings: 0 },
      ]);
    });

    it('counts a warning that the engine makes an error as that one error', () => {
      // risk_per_trade_pct 2 on the strategy: suspicious-unit + engine-start (one), and the
      // value being ignored (unused-strategy-risk, another warning).
      expect(counts([{ risk_per_trade_pct: 2 }])).toEqual([{ errors: 1, warnings: 1 }]);
    });
  });
});
