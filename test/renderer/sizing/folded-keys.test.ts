import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { keysInUse } from '../../../shared/ui-model/method-needs.ts';
import { foldedKeys } from '../../../renderer/sizing/sizing-row-model.ts';

function folded(config: unknown): string[] {
  const { strategies } = analyzeText(JSON.stringify(config));
  return [...foldedKeys(strategies, keysInUse(strategies))].sort();
}

describe('sizing-row-model', () => {
  describe('foldedKeys()', () => {
    it('folds parameters no strategy reads and columns the same in every row', () => {
      const config = {
        position_sizing: {
          method: 'fixed_usd',
          fixed_usd_amount: 1000,
          max_position_size_usd: 5000,
          kelly_win_rate: 0.6,
        },
        strategies: [{ name: 'a' }, { name: 'b', position_sizing: { fixed_usd_amount: 300 } }],
      };
      // fixed_amount_usd differs (1,000 global, 300 own): shown. The max is $5,000 from global in
      // both rows: folded. No fixed_usd strategy reads the Kelly win rate, nor its default cap.
      expect(folded(config)).toEqual([
        'kelly_max_position_pct',
        'kelly_win_rate',
        'max_position_size_usd',
      ]);
    });

    it('keeps a column whose source differs though its value does not (near miss)', () => {
      const config = {
        position_sizing: {
          method: 'fixed_usd',
          fixed_usd_amount: 1000,
          max_position_size_usd: 5000,
        },
        strategies: [
          { name: 'a' },
          { name: 'b', position_sizing: { max_position_size_usd: 5000 } },
        ],
      };
      expect(folded(config)).not.toContain('max_position_size_usd');
    });
  });
});
