import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';
import { resolveCompactly } from '../../../shared/resolve/resolve-strategies.ts';
import { NEG_ZERO, repeatedBlocksConfig as config, textOf } from '../repeated-blocks.ts';

// analyzeText hands the engine model the guide's number for each way of writing a block, so the
// engine reads each way once: the engine model must be what it is without the numbers.

describe('engine/engine-model read with the guide block numbers', () => {
  it('is the engine model read without them, for any file (property)', () => {
    fc.assert(
      fc.property(config, (c) => {
        const text = textOf(c);
        const value = parseText(text).value;
        const alone = resolveEngine(value);
        const { blockIds } = resolveCompactly(value);
        expect(resolveEngine(value, { blockIds })).toEqual(alone);
        expect(analyzeText(text).engine).toEqual(alone);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers blocks written alike once, and tells the engine which numbers it may share by', () => {
    const value = parseText(
      textOf({
        strategies: [
          { name: 'a', position_sizing: { method: 'fixed_usd', fixed_usd_amount: 5 } },
          { name: 'b', position_sizing: { method: 'fixed_usd', fixed_usd_amount: 5 } },
          { name: 'c', position_sizing: { fixed_usd_amount: 5, method: 'fixed_usd' } },
          { name: 'd', position_sizing: { note: 1 } },
          { name: 'e', position_sizing: { fixed_usd_amount: NEG_ZERO } },
          { name: 'f' },
        ],
      }),
    ).value;
    // Key order is part of the way of writing. A block the guide does not share (-0), one of no
    // sizing key and none at all are ways the engine does not share by (negative).
    expect([...resolveCompactly(value).blockIds]).toEqual([1, 1, 2, -4, -5, -1]);
  });
});
