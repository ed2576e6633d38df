import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { errorIndexOf } from '../../../renderer/state/error-index.ts';

describe('error-index', () => {
  describe('errorIndexOf()', () => {
    it('indexes an analysis once and finds each strategy its errors, own and inherited', () => {
      const analysis = analyzeText(
        JSON.stringify({
          position_sizing: { method: 'fixed_usd', fixed_amount_usd: -1 },
          strategies: [{ name: 'a' }, { name: 'b', position_sizing: { fixed_amount_usd: 5 } }],
        }),
      );
      const index = errorIndexOf(analysis);
      expect(errorIndexOf(analysis)).toBe(index);
      const [a, b] = analysis.strategies;
      expect(a && index.sizing(a)).toEqual(['range']);
      expect(b && index.sizing(b)).toEqual([]);
    });
  });
});
